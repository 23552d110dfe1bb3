using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Npgsql;
using RabbitMQ.Client;
using Tarikh.Testing;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// The real servers of the cluster tests: RabbitMQ from <c>TARIKH_AMQP</c> and PostgreSQL from
/// <c>TARIKH_PG</c> (.ci/run starts both on loopback and exports them). Each test gets its own queue and
/// its own PostgreSQL schema, dropped afterwards.
/// </summary>
public sealed class Servers : IAsyncDisposable
{
    public static readonly string? Amqp = Environment.GetEnvironmentVariable("TARIKH_AMQP");
    public static readonly string? Pg = Environment.GetEnvironmentVariable("TARIKH_PG");

    private Servers(string schema)
    {
        Schema = schema;
        Topology = new QueueTopology("t." + schema);
        Database = new NpgsqlConnectionStringBuilder(Pg) { SearchPath = schema }.ConnectionString;
    }

    public string Schema { get; }

    public QueueTopology Topology { get; }

    /// <summary>The connection string of this test's schema.</summary>
    public string Database { get; }

    /// <summary>The servers, or null (with a message) when they are not configured; under CI a missing server fails.</summary>
    public static async Task<Servers?> StartAsync(ITestOutputHelper output)
    {
        if (string.IsNullOrEmpty(Amqp) || string.IsNullOrEmpty(Pg))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "TARIKH_AMQP and TARIKH_PG must be set under CI (.ci/run starts the servers)");
            output.WriteLine("SKIPPED: set TARIKH_AMQP (bash .ci/rabbitmq.sh) and TARIKH_PG (bash .ci/postgres.sh) to run the cluster tests.");
            return null;
        }

        var schema = "c_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(Pg))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var servers = new Servers(schema);
        await using var store = await Storage.DocumentStore.OpenAsync(servers.Database);
        return servers;
    }

    /// <summary>Scalar query in this test's schema.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Database);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs statements in this test's schema.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Database);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Installs a statement trigger on <c>documents</c> that, for any INSERT whose rows include <paramref name="text"/>,
    /// records the number of rows of that INSERT (the size of the group) in the sequence <c>group_seen</c> (sequences are
    /// not rolled back) and then runs <paramref name="action"/> (PL/pgSQL: raise an error, sleep).
    /// </summary>
    public Task WatchGroupOfAsync(string text, string action) => ExecuteAsync($"""
        CREATE SEQUENCE {Schema}.group_seen MINVALUE 0 START 0;
        CREATE FUNCTION {Schema}.watch_group() RETURNS trigger LANGUAGE plpgsql AS $f$
        DECLARE n bigint;
        BEGIN
          IF EXISTS (SELECT 1 FROM new_rows WHERE text = $m${text}$m$) THEN
            SELECT count(*) INTO n FROM new_rows;
            PERFORM setval('{Schema}.group_seen', GREATEST(n, (SELECT last_value FROM {Schema}.group_seen)));
            {action};
          END IF;
          RETURN NULL;
        END $f$;
        CREATE TRIGGER watch_group AFTER INSERT ON {Schema}.documents REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION {Schema}.watch_group();
        """);

    /// <summary>
    /// Makes every document insert of this schema take <paramref name="milliseconds"/> longer (a row trigger), so that a
    /// batch outlasts a signal, a kill or a broker restart on an idle machine, however fast the workers are.
    /// </summary>
    public Task SlowDownInsertsAsync(int milliseconds) => ExecuteAsync($"""
        CREATE FUNCTION {Schema}.slow_insert() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN PERFORM pg_sleep({(milliseconds / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}); RETURN NEW; END $f$;
        CREATE TRIGGER slow_insert BEFORE INSERT ON {Schema}.documents FOR EACH ROW EXECUTE FUNCTION {Schema}.slow_insert();
        """);

    /// <summary>
    /// Closes a gate on document inserts that lets exactly <paramref name="admitted"/> rows through and holds every later
    /// one (its worker's transaction waits, its job stays unacknowledged) until <see cref="InsertGate.OpenAsync"/>: the
    /// test, not the machine's speed, decides how far a batch gets. The workers must not time their commands out while
    /// they wait (<see cref="PatientDatabase"/>).
    /// </summary>
    public async Task<InsertGate> CloseGateAfterAsync(int admitted)
    {
        // A random key, so that two test runs on one PostgreSQL never share a gate.
        var key = Random.Shared.NextInt64(1, int.MaxValue);
        var gate = await InsertGate.CloseAsync(Pg!, key);
        await ExecuteAsync($"""
            CREATE SEQUENCE {Schema}.gate_admitted MINVALUE 0 START 1;
            CREATE FUNCTION {Schema}.gate_insert() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF nextval('{Schema}.gate_admitted') > {admitted} THEN
                PERFORM pg_advisory_xact_lock_shared({key});
              END IF;
              RETURN NEW;
            END $f$;
            CREATE TRIGGER gate_insert BEFORE INSERT ON {Schema}.documents FOR EACH ROW EXECUTE FUNCTION {Schema}.gate_insert();
            """);
        return gate;
    }

    /// <summary>This test's connection string with no command time-out: a worker may wait at an <see cref="InsertGate"/> for minutes.</summary>
    public string PatientDatabase => new NpgsqlConnectionStringBuilder(Database) { CommandTimeout = 0 }.ConnectionString;

    /// <summary>The largest group seen by <see cref="WatchGroupOfAsync"/> (0 before any).</summary>
    public Task<long> GroupSeenAsync() => CountAsync($"SELECT last_value FROM {Schema}.group_seen");

    public Task<long> DocumentsAsync() => CountAsync("SELECT count(*) FROM documents");

    /// <summary>Documents whose layer rows disagree with their stored analysis (a half-written document): must be 0.</summary>
    public Task<long> HalfDocumentsAsync() => CountAsync("""
        SELECT count(*) FROM documents d
        WHERE jsonb_array_length(COALESCE(d.analysis_json::jsonb->'events', '[]'::jsonb)) <> (SELECT count(*) FROM events e WHERE e.document_id = d.id)
           OR (SELECT count(*) FROM jsonb_array_elements(COALESCE(d.analysis_json::jsonb->'events', '[]'::jsonb)) j,
                                    jsonb_array_elements(COALESCE(j->'participants', '[]'::jsonb)) p)
              <> (SELECT count(*) FROM participants p WHERE p.document_id = d.id)
        """);

    /// <summary>Ready messages in a queue.</summary>
    public async Task<uint> MessagesAsync(string queue)
    {
        await using var conn = await Broker.Factory(Amqp!).CreateConnectionAsync();
        await using var channel = await conn.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Waits until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> done, TimeSpan timeout, string what, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Publishes jobs with confirms.</summary>
    public async Task PublishAsync(IEnumerable<DocumentJob> jobs)
    {
        await using var publisher = await JobPublisher.OpenAsync(Amqp!, Topology);
        await publisher.PublishManyAsync(jobs);
    }

    /// <summary>
    /// After a worker was killed mid-batch: starts the worker that finishes the batch, waits until all
    /// <paramref name="batch"/> documents are stored and the queue is empty, stops it (exit 0), and checks the store —
    /// exactly <paramref name="batch"/> documents, no half-written one, no dead letter. Returns the survivor for the
    /// caller's own checks of its summary.
    /// </summary>
    public async Task<WorkerProcess> FinishWithSurvivorAsync(int batch, TimeSpan patience, ITestOutputHelper output)
    {
        var survivor = StartWorker();
        await WaitForAsync(async () => await DocumentsAsync() >= batch && await MessagesAsync(Topology.Queue) == 0, patience, "every document after the kill");
        await Task.Delay(1000);
        Assert.Equal(0, survivor.Terminate());
        output.WriteLine(survivor.Stderr);
        Assert.Equal(batch, await DocumentsAsync());
        Assert.Equal(0, await HalfDocumentsAsync());
        Assert.Equal(0u, await MessagesAsync(Topology.DeadLetterQueue));
        return survivor;
    }

    /// <summary>Starts a real worker process on this test's queue and schema.</summary>
    public WorkerProcess StartWorker(params string[] extra) => StartWorkerOn(Database, extra);

    /// <summary>Starts a real worker process on this test's queue and the given connection string (of this test's schema).</summary>
    public WorkerProcess StartWorkerOn(string database, params string[] extra) =>
        WorkerProcess.Start(["worker", "--broker", Amqp!, "--queue", Topology.Queue, "--db", database, .. extra.Contains("--concurrency") ? extra : ["--concurrency", "1", .. extra]]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var conn = await Broker.Factory(Amqp!).CreateConnectionAsync();
            await using var channel = await conn.CreateChannelAsync();
            await channel.QueueDeleteAsync(Topology.Queue);
            await channel.QueueDeleteAsync(Topology.DeadLetterQueue);
        }
        catch (Exception e) when (JobPublisher.IsBrokerAway(e))
        {
            // A broker that went away takes its queues with it on the next fresh start.
        }

        NpgsqlConnection.ClearAllPools();
        await using var pg = new NpgsqlConnection(Pg);
        await pg.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", pg);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// The test's side of the gate of <see cref="Servers.CloseGateAfterAsync"/>: a session that holds an exclusive advisory
/// lock, which every insert past the admitted ones asks for in shared mode. Disposing opens the gate.
/// </summary>
public sealed class InsertGate : IAsyncDisposable
{
    private readonly NpgsqlConnection _session;
    private readonly string _connectionString;
    private readonly long _key;

    private InsertGate(NpgsqlConnection session, string connectionString, long key)
    {
        _session = session;
        _connectionString = connectionString;
        _key = key;
    }

    public static async Task<InsertGate> CloseAsync(string connectionString, long key)
    {
        // Not pooled: a session lock must not outlive the session in a pooled connection.
        var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await session.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({key})", session);
        await cmd.ExecuteNonQueryAsync();
        return new InsertGate(session, connectionString, key);
    }

    /// <summary>Transactions waiting at the gate now (each holds an analyzed job that is neither stored nor acknowledged).</summary>
    public async Task<long> WaitingAsync()
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync();
        // A bigint key below 2^32 is classid 0, objid key, objsubid 1 in pg_locks.
        await using var cmd = new NpgsqlCommand(
            $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid::bigint = {_key} AND objsubid = 1 AND NOT granted", conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Lets the waiting inserts and every later one through.</summary>
    public async Task OpenAsync()
    {
        if (_session.State == System.Data.ConnectionState.Open)
        {
            await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_unlock({_key})", _session);
            await cmd.ExecuteNonQueryAsync();
            await _session.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await OpenAsync();
        }
        finally
        {
            // Closing the session releases the lock in any case.
            await _session.DisposeAsync();
        }
    }
}

/// <summary>A <c>tarikh worker</c> child process with its standard error collected.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static WorkerProcess Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tarikh.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        var worker = new WorkerProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (worker._stderr)
                {
                    worker._stderr.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return worker;
    }

    /// <summary>Waits until the worker consumes (its start line is out).</summary>
    public Task WaitStartedAsync() => Servers.WaitForAsync(
        () => Task.FromResult(Stderr.Contains(" consuming ", StringComparison.Ordinal) || _process.HasExited),
        TimeSpan.FromSeconds(120), "the worker to start");

    /// <summary>Number reported in the worker's final summary line ("stored 12").</summary>
    public int Summary(string what)
    {
        var m = System.Text.RegularExpressions.Regex.Match(Stderr, "stopped: .*?\\b" + what + " (\\d+)");
        Assert.True(m.Success, "no summary line in the worker's output:\n" + Stderr);
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sends SIGTERM and waits for the exit code.</summary>
    public int Terminate(TimeSpan? wait = null)
    {
        Assert.Equal(0, Kill(_process.Id, 15));
        Assert.True(_process.WaitForExit((int)(wait ?? TimeSpan.FromSeconds(90)).TotalMilliseconds), "the worker did not stop after SIGTERM:\n" + Stderr);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>kill -9: no chance to clean up.</summary>
    public void KillHard()
    {
        Assert.Equal(0, Kill(_process.Id, 9));
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

/// <summary>Real Arabic sentences from the ANERcorp test split (../shared), joined into documents.</summary>
public static class Corpus
{
    /// <summary><paramref name="count"/> distinct documents of <paramref name="sentencesPerDocument"/> sentences each.</summary>
    public static IReadOnlyList<string> Documents(int count, int sentencesPerDocument = 1, int skip = 0)
    {
        var sentences = new List<string>();
        var current = new List<string>();
        // The test part first, then the training part: enough distinct sentences for a batch that outlasts a broker restart.
        foreach (var line in File.ReadLines(SharedData.Shared("data", "ner", "anercorp-camel", "test.txt"))
            .Concat(File.ReadLines(SharedData.Shared("data", "ner", "anercorp-camel", "train.txt"))))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count >= 6)
                {
                    sentences.Add(string.Join(' ', current));
                }

                current.Clear();
                continue;
            }

            var space = line.LastIndexOf(' ');
            current.Add(space > 0 ? line[..space] : line);
        }

        var docs = sentences.Distinct(StringComparer.Ordinal).Skip(skip * sentencesPerDocument).Chunk(sentencesPerDocument)
            .Select(c => string.Join(" ", c)).Take(count).ToList();
        Assert.True(docs.Count == count, $"the corpus has only {docs.Count} documents of {sentencesPerDocument} sentences");
        return docs;
    }

    public static IEnumerable<DocumentJob> Jobs(IEnumerable<string> texts, string prefix = "d") =>
        texts.Select((t, i) => DocumentJob.FromText($"{prefix}{i}", t));
}
