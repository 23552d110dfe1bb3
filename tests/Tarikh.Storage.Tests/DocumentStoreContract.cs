using Tarikh.Storage.Sql;

namespace Tarikh.Storage.Tests;

/// <summary>The behaviour every <see cref="IDocumentStore"/> backend must have. Subclasses provide a fresh, empty store.</summary>
public abstract class DocumentStoreContract
{
    /// <summary>A fresh, migrated, empty store, or null when the backend is unavailable here.</summary>
    protected abstract Task<IDocumentStore?> CreateStoreAsync();

    /// <summary>Runs a statement on the store created last (tests of what the schema itself does), returning its scalar.</summary>
    protected abstract Task<long> SqlAsync(string sql);

    private async Task Run(Func<IDocumentStore, Task> test)
    {
        var store = await CreateStoreAsync();
        if (store is null)
        {
            return;
        }

        await using (store)
        {
            await test(store);
        }
    }

    [Fact]
    public Task Migrate_twice_reaches_the_latest_version() => Run(async store =>
    {
        await store.MigrateAsync();
        await store.MigrateAsync();
        Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
    });

    [Fact]
    public Task Save_writes_the_document_and_a_row_per_layer_element() => Run(async store =>
    {
        var doc = Samples.Damascus();
        var r = await store.SaveAsync(doc, new DocumentMetadata("dir/damascus.txt"));
        Assert.True(r.Created);
        Assert.Equal(doc.Source.Sha256, r.Sha256);
        var s = await store.StatisticsAsync();
        Assert.Equal(new StoreStatistics(1, 2, 3, 2, 2, 2, 1), s);
        var stored = await store.GetAsync(r.Id);
        Assert.NotNull(stored);
        Assert.Equal(doc.Source.Text, stored.Text);
        Assert.Equal("dir/damascus.txt", stored.SourcePath);
        Assert.Contains("\"schema\":\"tarikh/1\"", stored.AnalysisJson, StringComparison.Ordinal);
        Assert.True((DateTimeOffset.UtcNow - stored.IngestedAt).Duration() < TimeSpan.FromMinutes(5));
    });

    [Fact]
    public Task Deleting_a_document_deletes_every_row_of_it_and_no_other_document_s_rows() => Run(async store =>
    {
        // PostgreSQL deletes the layer rows by statement triggers since migration 2, SQLite by its foreign keys:
        // the same effect either way.
        var a = await store.SaveAsync(Samples.Damascus());
        var b = await store.SaveAsync(Samples.Damascus(" وبقي فيها."));
        Assert.Equal(new StoreStatistics(2, 4, 6, 4, 4, 4, 2), await store.StatisticsAsync());
        await SqlAsync($"DELETE FROM documents WHERE id = {a.Id}");
        Assert.Equal(new StoreStatistics(1, 2, 3, 2, 2, 2, 1), await store.StatisticsAsync());
        foreach (var table in new[] { "timexes", "clusters", "aliases", "events", "participants", "flags" })
        {
            Assert.Equal(0, await SqlAsync($"SELECT count(*) FROM {table} WHERE document_id = {a.Id}"));
            Assert.True(await SqlAsync($"SELECT count(*) FROM {table} WHERE document_id = {b.Id}") > 0, table);
        }

        Assert.NotNull(await store.GetAsync(b.Id));
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Count);
    });

    [Fact]
    public Task Saving_the_same_text_again_is_a_no_op() => Run(async store =>
    {
        var a = await store.SaveAsync(Samples.Damascus());
        var b = await store.SaveAsync(Samples.Damascus(), new DocumentMetadata("elsewhere.txt"));
        Assert.True(a.Created);
        Assert.False(b.Created);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(1, (await store.StatisticsAsync()).Documents);
        Assert.Equal(2, (await store.StatisticsAsync()).Events);
    });

    [Fact]
    public Task Concurrent_saves_of_the_same_text_store_it_once() => Run(async store =>
    {
        var doc = Samples.Damascus();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(doc))));
        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(new StoreStatistics(1, 2, 3, 2, 2, 2, 1), await store.StatisticsAsync());
    });

    [Fact]
    public Task A_failure_in_the_middle_of_a_document_leaves_no_part_of_it() => Run(async store =>
    {
        var sql = Assert.IsAssignableFrom<SqlDocumentStore>(store);
        sql.AfterTableWritten = table => { if (table == "events") { throw new IOException("simulated crash"); } };
        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(Samples.Damascus()));
        sql.AfterTableWritten = null;
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0, 0, 0), await store.StatisticsAsync());
        var ok = await store.SaveAsync(Samples.Damascus());
        Assert.True(ok.Created);
    });

    [Fact]
    public Task A_document_without_analysis_layers_is_stored_with_no_layer_rows() => Run(async store =>
    {
        var r = await store.SaveAsync(Samples.Plain("نص قصير بلا تواريخ."));
        Assert.True(r.Created);
        Assert.Equal(new StoreStatistics(1, 0, 0, 0, 0, 0, 0), await store.StatisticsAsync());
        Assert.Equal(r.Id, await store.FindAsync(r.Sha256));
        Assert.Null(await store.FindAsync(new string('0', 64)));
        Assert.Null(await store.GetAsync(r.Id + 1000));
    });

    [Theory]
    [InlineData("1860-07-10", "1860-07-20", null, null, null, 2)]
    [InlineData("1860-07-18", "1861-01-01", null, null, null, 1)]
    [InlineData("1861-01-01", null, null, null, null, 0)]
    [InlineData(null, null, "travel", null, null, 1)]
    [InlineData(null, null, null, "دمشق", null, 2)]
    [InlineData(null, null, null, "الشام", null, 2)]
    [InlineData(null, null, null, null, "فؤاد", 1)]
    [InlineData(null, null, null, null, "عبد القادر", 1)]
    [InlineData(null, null, "travel", null, "عبد القادر", 0)]
    public Task Events_are_queryable_by_date_overlap_type_place_and_participant(string? from, string? to, string? type, string? place, string? who, int expected) => Run(async store =>
    {
        await store.SaveAsync(Samples.Damascus());
        var q = new EventQuery(
            from is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value,
            to is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value,
            type, place, who);
        var rows = await store.QueryEventsAsync(q);
        Assert.Equal(expected, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal("دمشق", row.Place);
            Assert.NotEmpty(row.Participants);
        }
    });

    [Fact]
    public Task List_pages_through_all_documents_in_id_order() => Run(async store =>
    {
        var ids = new List<long>();
        for (var i = 0; i < 205; i++)
        {
            ids.Add((await store.SaveAsync(Samples.Plain("وثيقة رقم " + i))).Id);
        }

        var listed = new List<long>();
        await foreach (var d in store.ListAsync())
        {
            listed.Add(d.Id);
        }

        Assert.Equal(ids, listed);
        var after = new List<long>();
        await foreach (var d in store.ListAsync(ids[199]))
        {
            after.Add(d.Id);
        }

        Assert.Equal(ids[200..], after);
    });
}
