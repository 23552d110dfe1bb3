using System.Text.RegularExpressions;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// Several documents per transaction: a document the database refuses fails alone (the others of its group are
/// stored, once), and a worker killed while its group's transaction is open leaves none of the group behind.
/// </summary>
[Collection("servers")]
public sealed class GroupTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_document_the_database_refuses_inside_a_group_is_dead_lettered_and_the_rest_of_its_group_is_stored_once()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var texts = Corpus.Documents(21, sentencesPerDocument: 2);
        var poison = texts[10];
        await servers.WatchGroupOfAsync(poison, "RAISE EXCEPTION 'refused by the test trigger'");

        // All jobs are queued before the worker starts, so its first group holds many of them, the poison among them.
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var worker = servers.StartWorker("--concurrency", "2", "--group", "50", "--group-wait", "1000", "--max-tries", "3");
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= 20 && await servers.MessagesAsync(servers.Topology.DeadLetterQueue) == 1, Patience, "20 documents and 1 dead letter");
        await Task.Delay(500);
        Assert.Equal(0, worker.Terminate());
        output.WriteLine(worker.Stderr);

        Assert.True(await servers.GroupSeenAsync() >= 2, "the refused document was written in a group with others");
        Assert.Equal(20, await servers.DocumentsAsync());
        Assert.Equal(20, await servers.CountAsync("SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(0, await servers.CountAsync($"SELECT count(*) FROM documents WHERE text = $m${poison}$m$"));
        Assert.Equal(0, await servers.HalfDocumentsAsync());
        Assert.Equal(20, await servers.CountAsync("SELECT count(*) FROM search_documents"));

        // Each of the others was stored by the fallback or by a later group, once; none came back as a duplicate.
        Assert.Equal(20, worker.Summary("stored"));
        Assert.Equal(0, worker.Summary("already stored"));
        Assert.Equal(2, worker.Summary("retried"));
        Assert.Equal(1, worker.Summary("dead-lettered"));
        var status = await QueueStatus.ReadAsync(Servers.Amqp!, servers.Topology, "http://127.0.0.1:1/");
        var letter = Assert.Single(status.DeadLetters);
        Assert.Equal("d10", letter.Id);
        Assert.Equal(3, letter.Tries);
        Assert.Equal("store-failed", letter.Error.Code);
        Assert.Contains("refused by the test trigger", letter.Error.MessageEn, StringComparison.Ordinal);
        Assert.Matches("\\p{IsArabic}", letter.Error.MessageAr);
    }

    [Fact]
    public async Task A_worker_killed_with_SIGKILL_while_its_group_is_being_committed_leaves_no_part_of_the_group_and_all_is_stored_once()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        const int batch = 60;
        var texts = Corpus.Documents(batch, sentencesPerDocument: 2);
        var held = texts[30];
        // The transaction that inserts this text sleeps inside the INSERT, with the group's documents written but not committed.
        await servers.WatchGroupOfAsync(held, "PERFORM pg_sleep(5)");
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var victim = servers.StartWorker("--concurrency", "2", "--group", "50", "--group-wait", "1000");
        await Servers.WaitForAsync(async () => await servers.GroupSeenAsync() > 0, Patience, "the group with the held document to be written", TimeSpan.FromMilliseconds(50));
        var group = await servers.GroupSeenAsync();
        var backend = await servers.CountAsync("SELECT COALESCE(max(pid), 0) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND query LIKE 'INSERT INTO documents%'");
        var storedAtKill = await servers.DocumentsAsync();
        victim.KillHard();
        output.WriteLine($"killed during a group of {group} documents (backend {backend}); {storedAtKill} documents committed before");
        Assert.True(group >= 2, "the held document was in a group with others");

        // PostgreSQL rolls the orphaned transaction back when its backend finds the client gone.
        await Servers.WaitForAsync(async () => await servers.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE pid = {backend}") == 0, Patience, "the killed worker's transaction to end");
        Assert.Equal(storedAtKill, await servers.DocumentsAsync());
        Assert.Equal(0, await servers.CountAsync($"SELECT count(*) FROM documents WHERE text = $m${held}$m$"));
        Assert.True(storedAtKill + group <= batch, "the group was not committed");

        await servers.ExecuteAsync($"DROP TRIGGER watch_group ON {servers.Schema}.documents");
        using var survivor = await servers.FinishWithSurvivorAsync(batch, Patience, output);
        Assert.Equal(batch, await servers.CountAsync("SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(batch, await servers.CountAsync("SELECT count(*) FROM search_documents"));
        Assert.Equal(batch - storedAtKill, survivor.Summary("stored"));
        Assert.Equal(0u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }

    [Fact]
    public async Task Documents_ready_together_share_a_transaction()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var texts = Corpus.Documents(40);
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var worker = servers.StartWorker("--concurrency", "2", "--group", "50", "--group-wait", "1000");
        await Servers.WaitForAsync(async () => await servers.DocumentsAsync() >= 40, Patience, "40 documents");
        await Task.Delay(500);
        Assert.Equal(0, worker.Terminate());
        output.WriteLine(worker.Stderr);
        var transactions = int.Parse(Regex.Match(worker.Stderr, @"(\d+) transactions").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(40, worker.Summary("stored"));
        Assert.InRange(transactions, 1, 20);
        Assert.Equal(0, await servers.HalfDocumentsAsync());
    }

    /// <summary>
    /// The batched acknowledgement: a worker acknowledges a committed group with one multiple acknowledgement; killed with
    /// SIGKILL mid-batch, every job it had not acknowledged comes back, the ones it had committed are found stored (not
    /// written again) and the others are stored once by the next worker; no job is lost, none is doubled.
    /// </summary>
    [Fact]
    public async Task A_worker_acknowledging_groups_with_multiple_acknowledgements_killed_mid_batch_loses_and_doubles_nothing()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        const int batch = 200;
        var texts = Corpus.Documents(batch, sentencesPerDocument: 2);
        await servers.SlowDownInsertsAsync(10);
        await servers.PublishAsync(Corpus.Jobs(texts));
        using var victim = servers.StartWorker("--concurrency", "2", "--group", "20", "--group-wait", "1000", "--metrics-port", "0");
        await victim.WaitStartedAsync();
        var port = int.Parse(Regex.Match(victim.Stderr, @"metrics on http://127\.0\.0\.1:(\d+)/").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        long acks = 0, acked = 0;
        await Servers.WaitForAsync(async () =>
        {
            var metrics = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
            acks = long.Parse(Regex.Match(metrics, "tarikh_worker_acknowledgements_total (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            acked = long.Parse(Regex.Match(metrics, "tarikh_worker_acknowledged_deliveries_total (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return acked >= 30;
        }, Patience, "the victim to acknowledge 30 jobs", TimeSpan.FromMilliseconds(50));
        victim.KillHard();
        var storedAtKill = await servers.DocumentsAsync();
        output.WriteLine($"killed after {acks} acknowledgements of {acked} jobs; {storedAtKill} documents stored");
        Assert.True(acked > acks, "several jobs were acknowledged by one multiple acknowledgement");
        Assert.True(storedAtKill < batch, "the kill came mid-batch");

        // The broker returns every job the victim had not acknowledged.
        long back = -1;
        await Servers.WaitForAsync(async () =>
        {
            var now = await servers.MessagesAsync(servers.Topology.Queue);
            var settled = now == back;
            back = now;
            await Task.Delay(300);
            return settled && now >= batch - storedAtKill;
        }, Patience, "the victim's unacknowledged jobs to be back in the queue");
        output.WriteLine($"{back} jobs back in the queue");

        using var survivor = await servers.FinishWithSurvivorAsync(batch, Patience, output);
        Assert.Equal(batch, await servers.CountAsync("SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(batch, await servers.CountAsync("SELECT count(*) FROM search_documents"));
        // Every job that came back was stored now, or found stored (committed by the victim, not yet acknowledged).
        Assert.Equal(batch - storedAtKill, survivor.Summary("stored"));
        Assert.Equal(back, survivor.Summary("stored") + survivor.Summary("already stored"));
        Assert.Equal(0u, await servers.MessagesAsync(servers.Topology.DeadLetterQueue));
    }
}
