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
}
