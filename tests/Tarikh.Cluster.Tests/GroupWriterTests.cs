using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;

namespace Tarikh.Cluster.Tests;

/// <summary>The group writer's rules, with a store stand-in (no servers): who is written with whom, and what a failure does.</summary>
public sealed class GroupWriterTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    private static DocumentToStore Doc(string text) => new(Foundation.Run(new SourceText(text)));

    private static readonly string[] Texts =
    [
        "ولد الشيخ محمد عبده في قرية محلة نصر سنة 1849.",
        "توفي محمد عبده في الإسكندرية سنة 1905.",
        "سافر رفاعة الطهطاوي إلى باريس سنة 1826.",
        "عاد الطهطاوي إلى مصر سنة 1831.",
    ];

    [Fact]
    public async Task A_document_the_store_refuses_fails_alone_and_the_rest_of_its_group_is_stored()
    {
        var saved = new List<string>();
        var transactions = new List<int>();
        var bad = Texts[1];
        Task<IReadOnlyList<IngestResult>> Save(IReadOnlyList<DocumentToStore> docs, CancellationToken ct)
        {
            transactions.Add(docs.Count);
            if (docs.Any(d => d.Document.Source.Text == bad))
            {
                throw new InvalidOperationException("refused");
            }

            saved.AddRange(docs.Select(d => d.Document.Source.Text));
            return Task.FromResult<IReadOnlyList<IngestResult>>([.. docs.Select((d, i) => new IngestResult(saved.Count + i, d.Document.Source.Sha256, true))]);
        }

        var more = 4;
        var writer = new GroupWriter(Save, new WriteGrouping(50, 5_000), () => Volatile.Read(ref more) > 0, null);
        var tasks = new List<Task<WriteOutcome>>();
        foreach (var t in Texts)
        {
            tasks.Add(writer.WriteAsync(Doc(t)));
            Interlocked.Decrement(ref more);
        }

        var outcomes = await Task.WhenAll(tasks);
        await writer.DisposeAsync();
        Assert.Equal(4, transactions[0]);                       // one group of four first…
        Assert.Equal(new[] { 1, 1, 1, 1 }, transactions.Skip(1));        // …then each on its own
        Assert.Equal(Texts.Where(t => t != bad).Order(StringComparer.Ordinal), saved.Order(StringComparer.Ordinal));
        Assert.IsType<InvalidOperationException>(outcomes[1].Error);
        Assert.All(outcomes.Where((_, i) => i != 1), o => Assert.True(o.Result!.Created));
    }

    [Fact]
    public async Task A_group_that_fails_because_the_database_is_away_is_not_split()
    {
        var transactions = 0;
        Task<IReadOnlyList<IngestResult>> Save(IReadOnlyList<DocumentToStore> docs, CancellationToken ct)
        {
            transactions++;
            throw new System.Net.Sockets.SocketException();
        }

        var more = 4;
        var writer = new GroupWriter(Save, new WriteGrouping(50, 5_000), () => Volatile.Read(ref more) > 0, null);
        var tasks = new List<Task<WriteOutcome>>();
        foreach (var t in Texts)
        {
            tasks.Add(writer.WriteAsync(Doc(t)));
            Interlocked.Decrement(ref more);
        }

        var outcomes = await Task.WhenAll(tasks);
        await writer.DisposeAsync();
        Assert.Equal(1, transactions);
        Assert.All(outcomes, o => Assert.True(DocumentProcessor.IsStoreUnavailable(o.Error!)));
    }

    [Fact]
    public async Task A_group_closes_at_its_size_limit()
    {
        var sizes = new List<int>();
        Task<IReadOnlyList<IngestResult>> Save(IReadOnlyList<DocumentToStore> docs, CancellationToken ct)
        {
            sizes.Add(docs.Count);
            return Task.FromResult<IReadOnlyList<IngestResult>>([.. docs.Select(d => new IngestResult(1, d.Document.Source.Sha256, true))]);
        }

        var gate = new TaskCompletionSource();
        var writer = new GroupWriter(Save, new WriteGrouping(3, 60_000), () => !gate.Task.IsCompleted, null);
        var tasks = Texts.Select(t => writer.WriteAsync(Doc(t))).ToList();
        await Task.WhenAll(tasks.Take(3));
        gate.SetResult();
        await Task.WhenAll(tasks);
        await writer.DisposeAsync();
        Assert.Equal(new[] { 3, 1 }, sizes);
    }

    private static long At(double milliseconds) => (long)(milliseconds * System.Diagnostics.Stopwatch.Frequency / 1000.0);

    [Fact]
    public void The_group_wait_is_the_configured_one_until_a_rate_is_measured_and_while_documents_come_fast()
    {
        var wait = new GroupWait(new WriteGrouping(50, 50, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        Assert.Equal(TimeSpan.FromMilliseconds(50), wait.Next);
        wait.Observe(At(0), At(0), 1);                          // one document: no interval
        Assert.Equal(TimeSpan.FromMilliseconds(50), wait.Next);
        wait.Observe(At(0), At(38), 20);                        // 2 ms apart: 20 fit in 50 ms
        Assert.Equal(TimeSpan.FromMilliseconds(50), wait.Next);
    }

    [Fact]
    public void The_group_wait_grows_to_what_the_target_takes_when_documents_come_slowly_and_stops_at_its_ceiling()
    {
        var wait = new GroupWait(new WriteGrouping(50, 50, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        wait.Observe(At(0), At(50), 6);                         // 10 ms apart (news articles): 20 take 200 ms
        Assert.Equal(200, wait.Next.TotalMilliseconds, 1);
        var slow = new GroupWait(new WriteGrouping(50, 50, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        slow.Observe(At(0), At(200), 3);                        // 100 ms apart (a loaded machine): 2 s, bounded to 1 s
        Assert.Equal(TimeSpan.FromSeconds(1), slow.Next);
        var small = new GroupWait(new WriteGrouping(5, 50, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        small.Observe(At(0), At(40), 5);                        // the target never exceeds the group's size limit: 5 × 10 ms
        Assert.Equal(TimeSpan.FromMilliseconds(50), small.Next);
    }

    [Fact]
    public void The_group_wait_follows_the_rate_as_a_moving_average_and_can_be_turned_off()
    {
        var wait = new GroupWait(new WriteGrouping(50, 50, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        wait.Observe(At(0), At(100), 11);                       // 10 ms apart
        wait.Observe(At(0), At(20), 11);                        // then 2 ms apart: 0.3 × 2 + 0.7 × 10 = 7.6 ms
        Assert.Equal(152, wait.Next.TotalMilliseconds, 1);
        var off = new GroupWait(new WriteGrouping(50, 50, TargetDocuments: 0));
        off.Observe(At(0), At(500), 6);
        Assert.Equal(TimeSpan.FromMilliseconds(50), off.Next);
        var longer = new GroupWait(new WriteGrouping(50, 2_000, TargetDocuments: 20, MaxAdaptiveWaitMilliseconds: 1_000));
        longer.Observe(At(0), At(500), 6);                      // a configured wait above the ceiling stays
        Assert.Equal(TimeSpan.FromSeconds(2), longer.Next);
    }

    [Fact]
    public async Task Slow_documents_are_grouped_by_the_measured_rate_not_cut_at_the_configured_wait()
    {
        var sizes = new List<int>();
        Task<IReadOnlyList<IngestResult>> Save(IReadOnlyList<DocumentToStore> docs, CancellationToken ct)
        {
            lock (sizes)
            {
                sizes.Add(docs.Count);
            }

            return Task.FromResult<IReadOnlyList<IngestResult>>([.. docs.Select(d => new IngestResult(1, d.Document.Source.Sha256, true))]);
        }

        // Documents ready every 30 ms against a configured wait of 40 ms: at most two per group at first, then the wait
        // grows to what 6 of them take (the target), bounded at 2 s.
        var docs = Enumerable.Range(0, 24).Select(i => Doc(Texts[i % Texts.Length] + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var more = docs.Length;
        var writer = new GroupWriter(Save, new WriteGrouping(50, 40, TargetDocuments: 6, MaxAdaptiveWaitMilliseconds: 2_000), () => Volatile.Read(ref more) > 0, null);
        var tasks = new List<Task<WriteOutcome>>();
        foreach (var d in docs)
        {
            await Task.Delay(30);
            tasks.Add(writer.WriteAsync(d));
            Interlocked.Decrement(ref more);
        }

        await Task.WhenAll(tasks);
        await writer.DisposeAsync();
        Assert.Equal(docs.Length, sizes.Sum());
        Assert.True(sizes[0] <= 3, string.Join(" ", sizes));     // 40 ms: one or two (three if the writer's thread was held up)
        Assert.True(sizes.Count <= 8, string.Join(" ", sizes));   // a fixed 40 ms wait would need 12 groups or more
        Assert.True(sizes.Skip(2).Take(sizes.Count - 3).DefaultIfEmpty(6).Average() >= 4, string.Join(" ", sizes));
    }
}
