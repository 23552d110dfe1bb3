using System.Text.RegularExpressions;
using Tarikh.Testing;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// Real `tarikh worker` processes on one RabbitMQ queue and one PostgreSQL store: every job stored exactly
/// once with two workers, after a kill -9, after a broker restart; a poison job dead-lettered after K tries.
/// </summary>
[Collection("servers")]
public sealed class WorkerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Two_workers_on_one_queue_store_every_job_exactly_once()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var texts = Corpus.Documents(40);

        // Both workers consume before the jobs arrive, so that both take some on any machine; a small prefetch, or the
        // first to be served would take in all 45 at once.
        using var a = servers.StartWorker("--prefetch", "4");
        using var b = servers.StartWorker("--prefetch", "4");
        await a.WaitStartedAsync();
        await b.WaitStartedAsync();

        // The same five texts submitted again under other ids: harmless, stored once.
        await servers.PublishAsync(Corpus.Jobs(texts).Concat(Corpus.Jobs(texts.Take(5), "again")));
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= 40 && await servers.MessagesAsync(servers.Topology.Queue) == 0, Patience, "40 documents");
        await Task.Delay(1000);

        Assert.Equal(0, a.Terminate());
        Assert.Equal(0, b.Terminate());
        output.WriteLine(a.Stderr + b.Stderr);
        Assert.Equal(40, await servers.DocumentsAsync());
        Assert.Equal(40, await servers.CountAsync("SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(40, a.Summary("stored") + b.Summary("stored"));
        Assert.Equal(45, a.Summary("stored") + b.Summary("stored") + a.Summary("already stored") + b.Summary("already stored"));
        Assert.True(a.Summary("stored") > 0 && b.Summary("stored") > 0, "both workers took jobs");
        Assert.Equal(0u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }

    [Fact]
    public async Task A_worker_killed_with_SIGKILL_mid_batch_leaves_its_jobs_to_the_other_and_each_is_stored_once()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        // Longer documents (four sentences each), and enough of them that an idle machine is still busy with the
        // batch when the victim dies; the metrics are polled often so that a job is caught in flight.
        const int batch = 300;
        var texts = Corpus.Documents(batch, sentencesPerDocument: 4);
        await servers.SlowDownInsertsAsync(20);
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var victim = servers.StartWorker("--metrics-port", "0");
        await victim.WaitStartedAsync();
        var port = int.Parse(Regex.Match(victim.Stderr, @"metrics on http://127\.0\.0\.1:(\d+)/").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        long inFlightAtKill = 0;
        await Servers.WaitForAsync(async () =>
        {
            var metrics = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
            var stored = long.Parse(Regex.Match(metrics, "outcome=\"stored\"} (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            inFlightAtKill = long.Parse(Regex.Match(metrics, "tarikh_worker_jobs_in_flight (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return stored >= 3 && inFlightAtKill > 0;
        }, Patience, "the victim to store 3 documents and hold one in flight", TimeSpan.FromMilliseconds(50));
        victim.KillHard();
        var storedBeforeSurvivor = await servers.DocumentsAsync();
        output.WriteLine($"killed with {inFlightAtKill} job(s) in flight; {storedBeforeSurvivor} documents stored at the kill");
        Assert.True(storedBeforeSurvivor < batch, "the kill came mid-batch");

        using var survivor = await servers.FinishWithSurvivorAsync(batch, Patience, output);
        Assert.Equal(batch - storedBeforeSurvivor, survivor.Summary("stored"));
        Assert.Equal(0u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }

    [Fact]
    public async Task SIGTERM_mid_batch_finishes_the_jobs_in_flight_exits_0_and_leaves_the_rest_queued()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        // Enough documents that an idle machine is still busy with the batch when the signal comes.
        const int batch = 300;
        var texts = Corpus.Documents(batch, sentencesPerDocument: 4);
        await servers.SlowDownInsertsAsync(20);
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var first = servers.StartWorker("--concurrency", "2");
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= 3, Patience, "3 documents", TimeSpan.FromMilliseconds(50));
        Assert.Equal(0, first.Terminate());
        var stoppedAt = await servers.DocumentsAsync();
        output.WriteLine(first.Stderr);
        Assert.True(stoppedAt < batch, "SIGTERM came mid-batch");
        Assert.Equal(stoppedAt, first.Summary("stored"));

        // Everything the first worker committed it also acknowledged: the second stores exactly the rest, no duplicate.
        using var second = servers.StartWorker();
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= batch && await servers.MessagesAsync(servers.Topology.Queue) == 0, Patience, "every document");
        await Task.Delay(1000);
        Assert.Equal(0, second.Terminate());
        Assert.Equal(batch - stoppedAt, second.Summary("stored"));
        Assert.Equal(0, second.Summary("already stored"));
        Assert.Equal(0, await servers.HalfDocumentsAsync());
    }

    [Fact]
    public async Task A_broker_restart_mid_batch_loses_no_job()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        // The premise does not rest on timing: a gate in the database lets the first `admitted` documents be stored and
        // holds every later insert until the test opens it, so however fast or slow the machine (and however long the
        // broker takes to stop), the restart comes with jobs stored, jobs waiting at the gate and jobs still queued.
        const int batch = 300, admitted = 20, late = 10;
        var first = Corpus.Documents(batch, sentencesPerDocument: 2);
        var second = Corpus.Documents(late, sentencesPerDocument: 2, skip: batch);
        await using var gate = await servers.CloseGateAfterAsync(admitted);
        await using var publisher = await JobPublisher.OpenAsync(Servers.Amqp!, servers.Topology);
        await publisher.PublishManyAsync(Corpus.Jobs(first));
        // Workers that wait at the gate for as long as the restart takes, instead of timing their insert out; groups of at
        // most 5 documents per transaction, so that at most 2 × 4 admitted rows share a transaction with a held one: the
        // others (at least 12 of the 20) are committed, and the wait for a first stored document cannot hang.
        using var a = servers.StartWorkerOn(servers.PatientDatabase, "--group", "5");
        using var b = servers.StartWorkerOn(servers.PatientDatabase, "--group", "5");
        await Servers.WaitForAsync(async () => await gate.WaitingAsync() > 0 && await servers.DocumentsAsync() >= 1, Patience,
            "a document stored and a worker waiting at the gate", TimeSpan.FromMilliseconds(100));

        var queuedBeforeStop = await servers.MessagesAsync(servers.Topology.Queue);
        long atStop, waitingAtStop;
        await Broker("stop-app");
        try
        {
            atStop = await servers.DocumentsAsync();
            waitingAtStop = await gate.WaitingAsync();
            output.WriteLine($"{atStop} documents stored, {waitingAtStop} transaction(s) waiting at the gate and {queuedBeforeStop} jobs not yet delivered when the broker stopped");
            await Task.Delay(2000);
        }
        finally
        {
            // Whatever happens, the broker runs again for the tests after this one.
            await Broker("start-app");
        }

        // Measured with the gate still closed (the workers may already have reconnected and taken jobs again).
        var afterRestart = await servers.DocumentsAsync();
        var waitingAfterRestart = await gate.WaitingAsync();
        var queuedAfterRestart = await servers.MessagesAsync(servers.Topology.Queue);
        output.WriteLine($"after the restart: {afterRestart} documents stored, {waitingAfterRestart} waiting at the gate, {queuedAfterRestart} jobs ready in the queue");

        // The premise, checked rather than hoped for: the broker went down and came back with some documents stored, a
        // job analyzed but not stored whose delivery died with the connection, and most of the batch still queued.
        Assert.InRange(atStop, 1, admitted);
        Assert.InRange(afterRestart, atStop, admitted);
        Assert.True(waitingAtStop > 0 && waitingAfterRestart > 0, "a job was in flight (held at the gate) across the whole restart");
        Assert.True(queuedBeforeStop > 0 && queuedAfterRestart > 0, "jobs were still queued when the broker stopped and after it came back");

        // The same publisher goes on after the restart (its connection recovers by itself); then the gate opens.
        await publisher.PublishManyAsync(Corpus.Jobs(second, "late"));
        await gate.OpenAsync();
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= batch + late && await servers.MessagesAsync(servers.Topology.Queue) == 0, Patience, "every document after the restart");
        await Task.Delay(1000);
        Assert.Equal(0, a.Terminate());
        Assert.Equal(0, b.Terminate());
        output.WriteLine(a.Stderr + b.Stderr);

        // Nothing lost, nothing doubled: every text once in the store, and the workers created exactly that many rows
        // (a job redelivered after the restart is found stored, not written again).
        Assert.Equal(batch + late, await servers.DocumentsAsync());
        Assert.Equal(batch + late, await servers.CountAsync("SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(batch + late, a.Summary("stored") + b.Summary("stored"));
        // The jobs held at the gate across the restart were stored after their deliveries died: redelivered, found stored.
        Assert.True(a.Summary("already stored") + b.Summary("already stored") >= 1, "a job in flight at the restart was redelivered and found stored");
        Assert.Equal(0, await servers.HalfDocumentsAsync());
        Assert.Equal(0u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }

    [Fact]
    public async Task A_poison_job_goes_to_the_dead_letter_queue_with_its_error_after_K_tries_and_the_batch_goes_on()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var missing = Path.Combine(Path.GetTempPath(), "tarikh-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        var texts = Corpus.Documents(12);
        await servers.PublishAsync(Corpus.Jobs(texts.Take(6)).Append(DocumentJob.FromPath(missing)).Concat(Corpus.Jobs(texts.Skip(6), "after")));
        using var worker = servers.StartWorker("--max-tries", "3");
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= 12 && await servers.MessagesAsync(servers.Topology.DeadLetterQueue) == 1, Patience, "12 documents and 1 dead letter");

        var status = await QueueStatus.ReadAsync(Servers.Amqp!, servers.Topology, "http://127.0.0.1:1/");
        Assert.Equal(1, status.DeadLettered);
        var letter = Assert.Single(status.DeadLetters);
        Assert.Equal(missing, letter.Id);
        Assert.Equal(3, letter.Tries);
        Assert.Equal("not-found", letter.Error.Code);
        Assert.Contains(missing, letter.Error.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(letter.Error.MessageAr));

        Assert.Equal(0, worker.Terminate());
        Assert.Equal(1, worker.Summary("dead-lettered"));
        Assert.Equal(2, worker.Summary("retried"));
        Assert.Equal(12, await servers.DocumentsAsync());

        // Reading the status does not consume the dead letter.
        Assert.Equal(1u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }

    /// <summary>Runs `.ci/rabbitmq.sh stop-app|start-app` on the test broker.</summary>
    private static async Task Broker(string action)
    {
        var port = new Uri(Servers.Amqp!).Port;
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [SharedData.Repo(".ci", "rabbitmq.sh"), action])
        {
            Environment = { ["TARIKH_AMQP_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardError = true,
        })!;
        var log = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmq.sh {action} failed: {log}");
    }

    [Fact]
    public void The_CI_provides_RabbitMQ_and_PostgreSQL_when_it_says_so()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.False(string.IsNullOrEmpty(Servers.Amqp), "TARIKH_AMQP is not set under CI");
            Assert.False(string.IsNullOrEmpty(Servers.Pg), "TARIKH_PG is not set under CI");
        }
    }
}

[CollectionDefinition("servers", DisableParallelization = true)]
public sealed class ServersCollection;
