using Tarikh.Storage.Sql;

namespace Tarikh.Storage.Tests;

/// <summary>The behaviour every <see cref="IDocumentStore"/> backend must have. Subclasses provide a fresh, empty store.</summary>
public abstract class DocumentStoreContract
{
    /// <summary>A fresh, migrated, empty store, or null when the backend is unavailable here.</summary>
    protected abstract Task<IDocumentStore?> CreateStoreAsync();

    /// <summary>
    /// A store whose database was left at <paramref name="version"/> with <paramref name="seed"/> run on it (statements
    /// of <see cref="DatabaseAt"/>), then opened (and so migrated to the latest version); null when the backend is
    /// unavailable here. <see cref="SqlAsync"/> then runs on it.
    /// </summary>
    protected abstract Task<IDocumentStore?> OpenFromVersionAsync(int version, IReadOnlyList<string> seed);

    /// <summary>The statements that make a database as <paramref name="version"/> left it, then <paramref name="seed"/>.</summary>
    protected static IEnumerable<string> DatabaseAt(SqlDialect dialect, int version, IReadOnlyList<string> seed)
    {
        yield return "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
        foreach (var m in Migrations.All.Where(m => m.Version <= version))
        {
            foreach (var sql in m.Statements(dialect))
            {
                yield return sql;
            }

            yield return $"INSERT INTO schema_version VALUES ({m.Version}, 'v{m.Version}', '2026-12-01')";
        }

        foreach (var sql in seed)
        {
            yield return sql;
        }
    }

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
    public async Task Migration_3_keeps_what_the_event_query_reads_and_drops_the_rest()
    {
        // A store at version 2: one document with a timex, a flag, a place (with an alias), a participant and a cluster
        // no event names (with an alias). 1900-01-01 and 1900-12-31 are days -25567 and -25203 from 1970-01-01.
        var store = await OpenFromVersionAsync(2,
        [
            "INSERT INTO documents (sha256, ingested_at, length, text, analysis_json, schema_id) VALUES ('old', '2026-12-01', 34, 'ولد زيد في بغداد سنة 1900 ولقي عمرا', '{}', 'tarikh/1')",
            "INSERT INTO clusters VALUES (1, 0, 'LOC', 'بغداد', 'city', 1, 0)",
            "INSERT INTO clusters VALUES (1, 1, 'PER', 'زيد', NULL, 1, 1)",
            "INSERT INTO clusters VALUES (1, 2, 'PER', 'عمرو', NULL, 1, 0)",
            "INSERT INTO aliases VALUES (1, 0, 'مدينة السلام')",
            "INSERT INTO aliases VALUES (1, 1, 'زيد بن ثابت')",
            "INSERT INTO aliases VALUES (1, 2, 'عمرو بن العاص')",
            "INSERT INTO events VALUES (1, 0, 'birth', 0, 3, 'ولد', 0, '1900-01-01', '1900-12-31', -25567, -25203, 0, 0, 0.9)",
            "INSERT INTO participants VALUES (1, 0, 'agent', 1)",
            "INSERT INTO timexes VALUES (1, 0, 21, 25, '1900', 'DATE', '1900', NULL, 'gregorian', '1900-01-01', '1900-12-31', -25567, -25203, 1, NULL, 0.9)",
            "INSERT INTO flags VALUES (1, 0, 'test-rule', 'warning', NULL, NULL, 'قاعدة', 'rule', '{}')",
        ]);
        if (store is null)
        {
            return;
        }

        await using (store)
        {
            Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => SqlAsync("SELECT count(*) FROM timexes"));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => SqlAsync("SELECT count(*) FROM flags"));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => SqlAsync("SELECT count(confidence) FROM events"));

            // The cluster no event names (عمرو) is gone with its alias; the place and the participant stay.
            Assert.Equal(new StoreStatistics(1, 2, 2, 1, 1), await store.StatisticsAsync());
            var e = Assert.Single(await store.QueryEventsAsync(new EventQuery(Place: "مدينة السلام")));
            Assert.Equal(("birth", "بغداد", "1900-01-01"), (e.Type, e.Place, e.DateStart));
            Assert.Equal("زيد", Assert.Single(e.Participants));
            Assert.Single(await store.QueryEventsAsync(new EventQuery(new NodaTime.LocalDate(1900, 6, 1), new NodaTime.LocalDate(1900, 6, 30), Participant: "بن ثابت")));
            Assert.Empty(await store.QueryEventsAsync(new EventQuery(Participant: "عمرو")));

            // A document saved after the migration, and deleting the old one, still work.
            var kept = await store.SaveAsync(Samples.Damascus());
            await SqlAsync("DELETE FROM documents WHERE sha256 = 'old'");
            Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), await store.StatisticsAsync());
            Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Count(x => x.DocumentId == kept.Id));
        }
    }

    [Fact]
    public Task Layers_read_by_no_query_are_kept_in_the_analysis_JSON_only() => Run(async store =>
    {
        // A fourth cluster that no event names: no row, but the analysis JSON keeps it, as it keeps the timexes and flags.
        var doc = Samples.Damascus();
        doc = doc with { Clusters = doc.Clusters.Add(new Core.Entities.EntityCluster(3, "ORG", "الدولة العثمانية", [], ["العثمانيون"], null)) };
        var r = await store.SaveAsync(doc);
        Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), await store.StatisticsAsync());
        Assert.Equal(0, await SqlAsync($"SELECT count(*) FROM clusters WHERE document_id = {r.Id} AND cluster_id = 3"));
        var json = (await store.GetAsync(r.Id))!.AnalysisJson;
        foreach (var kept in new[] { "الدولة العثمانية", "العثمانيون", "test-rule", "1860-07-17" })
        {
            Assert.Contains(kept, json, StringComparison.Ordinal);
        }
    });

    [Fact]
    public Task Save_writes_the_document_and_a_row_per_layer_element() => Run(async store =>
    {
        var doc = Samples.Damascus();
        var r = await store.SaveAsync(doc, new DocumentMetadata("dir/damascus.txt"));
        Assert.True(r.Created);
        Assert.Equal(doc.Source.Sha256, r.Sha256);
        var s = await store.StatisticsAsync();
        Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), s);
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
        Assert.Equal(new StoreStatistics(2, 6, 4, 4, 4), await store.StatisticsAsync());
        await SqlAsync($"DELETE FROM documents WHERE id = {a.Id}");
        Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), await store.StatisticsAsync());
        foreach (var table in new[] { "clusters", "aliases", "events", "participants" })
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
        Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), await store.StatisticsAsync());
    });

    [Fact]
    public Task A_failure_in_the_middle_of_a_document_leaves_no_part_of_it() => Run(async store =>
    {
        var sql = Assert.IsAssignableFrom<SqlDocumentStore>(store);
        sql.AfterTableWritten = table => { if (table == "events") { throw new IOException("simulated crash"); } };
        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(Samples.Damascus()));
        sql.AfterTableWritten = null;
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0), await store.StatisticsAsync());
        var ok = await store.SaveAsync(Samples.Damascus());
        Assert.True(ok.Created);
    });

    [Fact]
    public Task A_document_without_analysis_layers_is_stored_with_no_layer_rows() => Run(async store =>
    {
        var r = await store.SaveAsync(Samples.Plain("نص قصير بلا تواريخ."));
        Assert.True(r.Created);
        Assert.Equal(new StoreStatistics(1, 0, 0, 0, 0), await store.StatisticsAsync());
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
