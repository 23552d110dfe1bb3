using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Npgsql;
using RabbitMQ.Client;
using Tarikh.Cluster;
using Tarikh.Core.Input;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;
using Tarikh.Storage.Search;

namespace Tarikh.Benchmarks;

/// <summary>
/// The documents of <c>tools/cluster-bench.sh</c> (five real ANERcorp sentences each, ≈ 1.56 KB) and what a worker
/// does to each of them without the network: the queue message, its decoding, the pipeline, and everything
/// <see cref="DocumentToStore.Prepare"/> computes for the store (analysis JSON, layer rows, search row), against
/// what <c>tarikh analyze --jsonl</c> does (the pipeline and its JSON line).
/// </summary>
public sealed class WorkerPathFixture
{
    /// <summary>Loads the pipeline and builds <paramref name="count"/> documents.</summary>
    public WorkerPathFixture(int count)
    {
        Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        Texts = BenchTexts(count);
        Messages = [.. Texts.Select((t, i) => DocumentJob.FromText("b" + i, t).ToJson())];
        Bytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        // No connection is opened: the search only needs its analyzer to make rows.
        DataSource = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("TARIKH_PG") is { Length: > 0 } pg ? pg : "Host=127.0.0.1;Database=none");
        Search = new PostgresSearchIndex(DataSource);
        Analyzed = [.. Texts.Select((t, i) => Pipeline.Run(Decoder.FromString(t, "b" + i).Text!, "b" + i))];
    }

    /// <summary>The default pipeline.</summary>
    public AnalysisPipeline Pipeline { get; }

    /// <summary>The texts.</summary>
    public string[] Texts { get; }

    /// <summary>The queue messages carrying them.</summary>
    public byte[][] Messages { get; }

    /// <summary>Their analyses (computed once).</summary>
    public AnalyzedDocument[] Analyzed { get; }

    /// <summary>UTF-8 bytes of all texts.</summary>
    public long Bytes { get; }

    /// <summary>The decoder the worker uses.</summary>
    public InputDecoder Decoder { get; } = new();

    /// <summary>A data source (never connected unless a store run asks).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The PostgreSQL search whose rows a worker prepares.</summary>
    public PostgresSearchIndex Search { get; }

    /// <summary>
    /// The cluster bench's documents: ANERcorp train sentences of at least 6 words, five per document (<c>SENTENCES</c> in
    /// the environment: that many, as <c>SENTENCES=20 tools/cluster-bench.sh</c> for news-article documents).
    /// </summary>
    public static string[] BenchTexts(int count)
    {
        var per = int.TryParse(Environment.GetEnvironmentVariable("SENTENCES"), System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 5;
        var path = Path.Combine(BenchmarkCorpus.SharedRoot(), "data", "ner", "anercorp-camel", "train.txt");
        var docs = new List<string>();
        var doc = new StringBuilder();
        var sentence = new StringBuilder();
        var words = 0;
        var sentences = 0;
        void Flush()
        {
            if (words >= 6)
            {
                sentences++;
                if (doc.Length > 0)
                {
                    doc.Append(' ');
                }

                doc.Append(sentence);
                if (sentences % per == 0 && docs.Count < count)
                {
                    docs.Add(doc.ToString());
                    doc.Clear();
                }
            }

            sentence.Clear();
            words = 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (words > 0)
            {
                sentence.Append(' ');
            }

            sentence.Append(space > 0 ? line[..space] : line);
            words++;
            if (docs.Count >= count)
            {
                break;
            }
        }

        Flush();
        return [.. docs];
    }

    /// <summary>What <c>analyze --jsonl</c> does per document: decode, pipeline, one JSON line.</summary>
    public int PipelineAlone(int i, Stream output)
    {
        var text = Decoder.FromString(Texts[i], "b" + i).Text!;
        var document = Pipeline.Run(text, "b" + i);
        DocumentJsonWriter.Write(output, document, new JsonOutputOptions(IncludeText: false));
        return document.Tokens.Length;
    }

    /// <summary>What a worker does per document before its writer: parse the message, decode, pipeline, prepare the rows.</summary>
    public DocumentToStore WorkerPrepare(int i)
    {
        var (job, _) = DocumentJob.Parse(Messages[i]);
        var text = Decoder.FromString(job!.Text!, job.Id, job.Format).Text!;
        var document = Pipeline.Run(text, job.Id, job.ReferenceDate);
        return new DocumentToStore(document, new DocumentMetadata(job.Id)).Prepare(Search);
    }
}

/// <summary>
/// BenchmarkDotNet: the worker's per-document path without network against the pipeline alone, and its parts, with
/// allocations. One operation = all <see cref="Documents"/> documents. Run:
/// <c>dotnet run -c Release --project bench/Tarikh.Benchmarks -- --filter '*WorkerPathBenchmarks*' --job short</c>.
/// On a busy machine prefer <c>-- worker-path</c> (stopwatch, CPU time).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class WorkerPathBenchmarks
{
    private WorkerPathFixture _f = null!;

    /// <summary>Documents per operation.</summary>
    public int Documents { get; set; } = 100;

    /// <summary>Loads the pipeline and the documents.</summary>
    [GlobalSetup]
    public void Setup() => _f = new WorkerPathFixture(Documents);

    /// <summary>Decode, pipeline, JSON line (as <c>analyze --jsonl</c>).</summary>
    [Benchmark(Baseline = true)]
    public int PipelineAlone()
    {
        var n = 0;
        for (var i = 0; i < _f.Texts.Length; i++)
        {
            n += _f.PipelineAlone(i, Stream.Null);
        }

        return n;
    }

    /// <summary>Message, decode, pipeline, prepared rows (as a worker's analysis slot).</summary>
    [Benchmark]
    public int WorkerPrepare()
    {
        var n = 0;
        for (var i = 0; i < _f.Texts.Length; i++)
        {
            n += _f.WorkerPrepare(i).Document.Tokens.Length;
        }

        return n;
    }

    /// <summary>Parsing the queue messages alone.</summary>
    [Benchmark]
    public int ParseMessages()
    {
        var n = 0;
        foreach (var m in _f.Messages)
        {
            n += DocumentJob.Parse(m).Job!.Id.Length;
        }

        return n;
    }

    /// <summary>The analysis JSON alone (analyzed documents).</summary>
    [Benchmark]
    public int AnalysisJson()
    {
        var n = 0;
        foreach (var d in _f.Analyzed)
        {
            n += DocumentRows.AnalysisJson(d).Length;
        }

        return n;
    }

    /// <summary>The layer rows alone.</summary>
    [Benchmark]
    public int LayerRows()
    {
        var n = 0;
        foreach (var d in _f.Analyzed)
        {
            n += DocumentRows.From(d).Events.Length;
        }

        return n;
    }

    /// <summary>Everything <see cref="DocumentToStore.Prepare"/> computes (JSON, rows, search row).</summary>
    [Benchmark]
    public int Prepare()
    {
        var n = 0;
        foreach (var d in _f.Analyzed)
        {
            n += new DocumentToStore(d).Prepare(_f.Search).Document.Tokens.Length;
        }

        return n;
    }
}

/// <summary>
/// <c>-- worker-path [documents] [runs]</c>: a stopwatch run of the same steps (process CPU time, allocations), for a
/// busy machine; with <c>TARIKH_PG</c> set, also the client side of writing the prepared documents to PostgreSQL in
/// groups of 17 (a throw-away database on that server).
/// </summary>
public static class WorkerPathRun
{
    /// <summary>Runs and prints the table.</summary>
    public static void Run(int documents, int runs)
    {
        var f = new WorkerPathFixture(documents);
        var n = f.Texts.Length;
        Console.WriteLine($"{n} documents, {f.Bytes / (double)n:F0} UTF-8 bytes each on average; {runs} runs after 2 warm-ups; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"{"step",-44} {"wall ms/doc",11} {"cpu ms/doc",10} {"KB alloc/doc",12}");
        var indexed = f.Analyzed.Select(d => IndexedDocument.From(0, d)).ToArray();
        var analyzer = new TarikhArabicAnalyzer();
        var unnamed = indexed.Select(d => d with { Persons = [], Places = [], OtherNames = [], EventTypes = [] }).ToArray();
        var steps = new (string Name, Action Body)[]
        {
            ("pipeline alone (decode, pipeline, JSON)", () => { for (var i = 0; i < n; i++) { f.PipelineAlone(i, Stream.Null); } }),
            ("worker slot (message, decode, pipeline, prepare)", () => { for (var i = 0; i < n; i++) { f.WorkerPrepare(i); } }),
            ("  parse message", () => { foreach (var m in f.Messages) { DocumentJob.Parse(m); } }),
            ("  decode", () => { for (var i = 0; i < n; i++) { f.Decoder.FromString(f.Texts[i], "b" + i); } }),
            ("  pipeline", () => { foreach (var d in f.Analyzed) { f.Pipeline.Run(d.Source, d.Id); } }),
            ("  JSON line of analyze (to Stream.Null)", () => { foreach (var d in f.Analyzed) { DocumentJsonWriter.Write(Stream.Null, d, new JsonOutputOptions(IncludeText: false)); } }),
            ("  prepare: analysis JSON", () => { foreach (var d in f.Analyzed) { DocumentRows.AnalysisJson(d); } }),
            ("  prepare: layer rows", () => { foreach (var d in f.Analyzed) { DocumentRows.From(d); } }),
            ("  prepare: all (JSON, rows, search row)", () => { foreach (var d in f.Analyzed) { new DocumentToStore(d).Prepare(f.Search); } }),
            ("    search: IndexedDocument.From", () => { foreach (var d in f.Analyzed) { IndexedDocument.From(0, d); } }),
            ("    search: Row (text + name vectors, spans)", () => { foreach (var d in indexed) { f.Search.Row(d); } }),
            ("    search: Row without names (text, spans)", () => { foreach (var d in unnamed) { f.Search.Row(d); } }),
            ("      names: NameWords.Of (persons, places)", () => { foreach (var d in indexed) { NameWords.Of(d.Persons.Concat(d.Places)); } }),
            ("      text: TokenTerms (terms only)", () => { foreach (var d in indexed) { analyzer.TokenTerms(d.Text, d.Tokens.AsSpan(), NameWords.Of(d.Persons.Concat(d.Places)), (_, _) => { }); } }),
        };
        foreach (var (name, body) in steps)
        {
            Measure(name, body, n, runs);
        }

        if (Environment.GetEnvironmentVariable("TARIKH_PG") is { Length: > 0 } pg)
        {
            StoreRun(pg, f, runs).GetAwaiter().GetResult();
        }

        if (Environment.GetEnvironmentVariable("TARIKH_AMQP") is { Length: > 0 } amqp)
        {
            BrokerRun(amqp, f, runs).GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The client side of a worker's broker traffic per document: the messages are published first (not counted), then
    /// consumed as a worker consumes (manual acknowledgement, prefetch 52, as many dispatched at once) and acknowledged
    /// one by one, doing nothing else.
    /// </summary>
    private static async Task BrokerRun(string uri, WorkerPathFixture f, int runs)
    {
        var topology = new Tarikh.Cluster.QueueTopology("bench.worker-path." + Environment.ProcessId);
        await using var publisher = await JobPublisher.OpenAsync(uri, topology);
        var factory = Broker.Factory(uri, 52);
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await topology.DeclareAsync(channel);
        await channel.BasicQosAsync(0, 52, global: false);
        var process = Process.GetCurrentProcess();
        double cpu = 0, wall = 0;
        for (var r = 0; r <= runs; r++)
        {
            foreach (var m in f.Messages)
            {
                await publisher.PublishAsync(topology.Queue, JobPublisher.NewProperties("m"), m);
            }

            var left = f.Messages.Length;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var (job, _) = DocumentJob.Parse(delivery.Body.Span);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                if (Interlocked.Decrement(ref left) == 0 && job is not null)
                {
                    done.TrySetResult();
                }
            };
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var tag = await channel.BasicConsumeAsync(topology.Queue, autoAck: false, consumer);
            await done.Task;
            if (r > 0)
            {
                wall += sw.Elapsed.TotalMilliseconds;
                process.Refresh();
                cpu += (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            }

            await channel.BasicCancelAsync(tag);
        }

        await channel.QueueDeleteAsync(topology.Queue);
        await channel.QueueDeleteAsync(topology.DeadLetterQueue);
        var n = (double)f.Messages.Length * runs;
        Console.WriteLine($"{"broker: consume + ack (client)",-44} {wall / n,11:F3} {cpu / n,10:F3} {"",12}");
    }

    private static void Measure(string name, Action body, int n, int runs)
    {
        body();
        body();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < runs; r++)
        {
            body();
        }

        var wall = sw.Elapsed.TotalMilliseconds / runs / n;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / runs / n;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - alloc0) / 1024.0 / runs / n;
        Console.WriteLine($"{name,-44} {wall,11:F3} {cpu,10:F3} {kb,12:F1}");
    }

    private static async Task StoreRun(string connection, WorkerPathFixture f, int runs)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var db = "tarikh_bench_worker_" + Environment.ProcessId;
        await using (var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {db}");
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            builder.Database = db;
            await using var store = await PostgresDocumentStore.OpenAsync(builder.ConnectionString);
            var search = PostgresSearchIndex.For(store);
            await search.EnsureSchemaAsync();
            // Each round stores the documents again under texts made unique by a suffix (so none is found already stored).
            var round = 0;
            DocumentToStore[] Round()
            {
                round++;
                return [.. f.Texts.Select((t, i) =>
                {
                    var text = f.Decoder.FromString(t + " " + round.ToString(System.Globalization.CultureInfo.InvariantCulture), "b" + i).Text!;
                    return new DocumentToStore(f.Pipeline.Run(text, "b" + i), new DocumentMetadata("b" + i)).Prepare(search);
                })];
            }

            async Task Write(DocumentToStore[] docs)
            {
                for (var i = 0; i < docs.Length; i += 17)
                {
                    await store.SaveManyAsync(docs[i..Math.Min(docs.Length, i + 17)], search);
                }
            }

            await Write(Round());
            var process = Process.GetCurrentProcess();
            double cpu = 0, wall = 0, kb = 0;
            for (var r = 0; r < runs; r++)
            {
                var docs = Round();
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
                var sw = Stopwatch.StartNew();
                await Write(docs);
                wall += sw.Elapsed.TotalMilliseconds;
                process.Refresh();
                cpu += (process.TotalProcessorTime - cpu0).TotalMilliseconds;
                kb += (GC.GetTotalAllocatedBytes(precise: true) - alloc0) / 1024.0;
            }

            var n = (double)f.Texts.Length * runs;
            Console.WriteLine($"{"writer: SaveManyAsync, groups of 17 (client)",-44} {wall / n,11:F3} {cpu / n,10:F3} {kb / n,12:F1}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString);
            await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {db} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
        }
    }
}
