using Tarikh.Storage;
using Tarikh.Storage.Search;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// <c>tarikh worker --no-search</c> stores the documents without their search rows (docs/scale.md, round 17), and the
/// search indexes them later when the store is opened for it (<see cref="PostgresSearchIndex.SyncAsync"/>), with the same
/// rows a worker that searches writes.
/// </summary>
[Collection("servers")]
public sealed class NoSearchTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_worker_without_search_stores_whole_documents_without_search_rows_and_a_later_sync_writes_the_rows_a_searching_worker_writes()
    {
        await using var searching = await Servers.StartAsync(output);
        await using var plain = await Servers.StartAsync(output);
        if (searching is null || plain is null)
        {
            return;
        }

        var texts = Corpus.Documents(12, sentencesPerDocument: 3);
        await searching.PublishAsync(Corpus.Jobs(texts));
        await plain.PublishAsync(Corpus.Jobs(texts));
        using (var a = searching.StartWorker("--concurrency", "2"))
        using (var b = plain.StartWorker("--concurrency", "2", "--no-search"))
        {
            await Servers.WaitForAsync(async () => await searching.DocumentsAsync() >= 12 && await plain.DocumentsAsync() >= 12
                && await searching.MessagesAsync(searching.Topology.Queue) == 0 && await plain.MessagesAsync(plain.Topology.Queue) == 0, Patience, "12 documents in each store");
            Assert.Equal(0, a.Terminate());
            Assert.Equal(0, b.Terminate());
            Assert.Equal(12, b.Summary("stored"));
        }

        Assert.Equal(12, await plain.DocumentsAsync());
        Assert.Equal(0, await plain.HalfDocumentsAsync());
        Assert.Equal(12, await searching.CountAsync("SELECT count(*) FROM search_documents"));

        // The worker without search did not even create the search tables; opening the store for a search does, and indexes all.
        Assert.Equal(0, await plain.CountAsync("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'search_documents'"));
        await using (var store = await PostgresDocumentStore.OpenAsync(plain.Database))
        {
            var search = PostgresSearchIndex.For(store);
            await search.EnsureSchemaAsync();
            Assert.Equal(12, await search.SyncAsync(store));
            Assert.Equal(0, await search.SyncAsync(store));
            var word = texts[4].Split(' ').OrderByDescending(w => w.Length).First();
            var outcome = search.Search(new SearchRequest(Text: word));
            Assert.True(outcome.Ok);
            Assert.True(outcome.Results!.Total >= 1, "a word of a stored text is found after the sync");
        }

        // Row for row (matched by the text's SHA-256), the synced rows are those the searching worker wrote.
        var same = await plain.CountAsync($"""
            SELECT count(*) FROM {searching.Schema}.search_documents sa
              JOIN {searching.Schema}.documents da ON da.id = sa.document_id
              JOIN documents db ON db.sha256 = da.sha256
              JOIN search_documents sb ON sb.document_id = db.id
            WHERE sa.body = sb.body AND sa.names = sb.names AND sa.person = sb.person AND sa.place = sb.place
              AND sa.persons = sb.persons AND sa.places = sb.places AND sa.types = sb.types AND sa.flags = sb.flags
            """);
        Assert.Equal(12, same);
        var dates = await plain.CountAsync($"""
            SELECT count(*) FROM (
              (SELECT da.sha256, x.event_type, x.span FROM {searching.Schema}.search_dates x JOIN {searching.Schema}.documents da ON da.id = x.document_id
               EXCEPT ALL SELECT db.sha256, y.event_type, y.span FROM search_dates y JOIN documents db ON db.id = y.document_id)
              UNION ALL
              (SELECT db.sha256, y.event_type, y.span FROM search_dates y JOIN documents db ON db.id = y.document_id
               EXCEPT ALL SELECT da.sha256, x.event_type, x.span FROM {searching.Schema}.search_dates x JOIN {searching.Schema}.documents da ON da.id = x.document_id)) d
            """);
        Assert.Equal(0, dates);
    }
}
