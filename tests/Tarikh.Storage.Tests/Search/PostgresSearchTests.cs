using NodaTime;
using Npgsql;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage.Search;
using Tarikh.Testing;
using Xunit.Abstractions;

namespace Tarikh.Storage.Tests.Search;

/// <summary>
/// Search in PostgreSQL gives the same matches as the Lucene index (same filters, dates and facets) and the
/// same top results within a documented tolerance. Runs when <c>TARIKH_PG</c> is set (.ci/run sets it);
/// each test has its own schema.
/// </summary>
public sealed class PostgresSearchTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("TARIKH_PG");
    private readonly string _schema = "s_" + Guid.NewGuid().ToString("N")[..12];
    private PostgresDocumentStore? _store;

    // The fixed query set of the parity test on real news text (ANERcorp test split): words with and
    // without proclitics, names, a phrase filter on entities, date ranges, event types.
    private static readonly SearchRequest[] ParityQueries =
    [
        new("الملك"), new("والملك"), new("الحكومة"), new("الأردن"), new("العراق"), new("بغداد"),
        new("وزير الخارجية"), new("الانتخابات"), new("الرئيس الأمريكي"), new("مجلس الأمن"), new("الفلسطينية"),
        new("إسرائيل"), new("للشركة"), new("الاقتصاد"), new("عمان"),
        new(null, From: "2000", To: "2010"), new("الحكومة", From: "2005"), new(null, To: "1990"),
        new(null, Place: "عمان"), new(null, Place: "بغداد"), new(null, Person: "عبدالله الثاني"),
        new(null, Type: "death"), new(null, Type: "meeting"), new("الرئيس", Type: "meeting"),
    ];

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return;
        }

        await using (var conn = new NpgsqlConnection(ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        _store = await PostgresDocumentStore.OpenAsync(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_store is null)
        {
            return;
        }

        await _store.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private bool Skip()
    {
        if (_store is not null)
        {
            return false;
        }

        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "TARIKH_PG is not set under CI");
        output.WriteLine("SKIPPED: set TARIKH_PG (bash .ci/postgres.sh) to run the PostgreSQL search tests.");
        return true;
    }

    /// <summary>
    /// Real sentences of the ANERcorp test split, four to a document, analyzed by the default pipeline and stored as a
    /// worker stores them (prepared beside the analysis: PostgreSQL search terms from the pipeline's tokens, written in
    /// the document's transaction); returns them as the Lucene index reads them back from the stored JSON.
    /// </summary>
    private async Task<List<IndexedDocument>> StoreCorpusAsync(int documents, PostgresSearchIndex search)
    {
        // The project's own CoNLL reader: each sentence's words, joined by spaces.
        var sentences = ConllCorpus.ParseWords(File.ReadAllText(SharedData.Shared("data", "ner", "anercorp-camel", "test.txt")))
            .Select(words => string.Join(' ', words)).ToList();

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var indexed = new List<IndexedDocument>();
        foreach (var chunk in sentences.Chunk(4).Take(documents))
        {
            var doc = pipeline.Run(new SourceText(string.Join(' ', chunk)), null, new LocalDate(2007, 1, 1));
            var saved = (await _store!.SaveManyAsync([new DocumentToStore(doc).Prepare(search)], search))[0];
            if (saved.Created)
            {
                indexed.Add(IndexedDocument.From((await _store.GetAsync(saved.Id))!));
            }
        }

        return indexed;
    }

    [Fact]
    public async Task PostgreSQL_search_finds_what_Lucene_finds_and_ranks_the_top_alike_on_real_news_text()
    {
        if (Skip())
        {
            return;
        }

        using var lucene = SearchIndex.InMemory();
        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        var docs = await StoreCorpusAsync(200, pg);
        foreach (var d in docs)
        {
            lucene.Add(d);
        }

        lucene.Commit();
        double overlapSum = 0;
        var ranked = 0;
        var withHits = 0;
        foreach (var q in ParityQueries)
        {
            var request = q with { PageSize = 100 };
            var l = lucene.Search(request).Results!;
            var p = pg.Search(request).Results!;

            // Matching is the same by construction: the same documents, hence the same total and facets.
            Assert.True(l.Total == p.Total, $"{Describe(q)}: Lucene {l.Total}, PostgreSQL {p.Total}");
            Assert.Equal(l.Hits.Select(h => h.Id).Order(), p.Hits.Select(h => h.Id).Order());
            Assert.Equal(l.Facets.Keys, p.Facets.Keys);
            foreach (var key in l.Facets.Keys)
            {
                Assert.Equal(l.Facets[key].Sum(f => f.Count), p.Facets[key].Sum(f => f.Count));
            }

            if (l.Total > 0)
            {
                withHits++;
            }

            if (!string.IsNullOrWhiteSpace(q.Text) && l.Total > 1)
            {
                var k = Math.Min(5, l.Total);
                var overlap = l.Hits.Take(k).Select(h => h.Id).Intersect(p.Hits.Take(k).Select(h => h.Id)).Count() / (double)k;
                overlapSum += overlap;
                ranked++;
                output.WriteLine($"{Describe(q)}: {l.Total} hits, top-{k} overlap {overlap:0.00}");
            }
            else
            {
                output.WriteLine($"{Describe(q)}: {l.Total} hits");
            }
        }

        var mean = overlapSum / Math.Max(1, ranked);
        output.WriteLine($"{docs.Count} documents, {ParityQueries.Length} queries ({withHits} with hits); mean top-5 overlap over {ranked} ranked text queries: {mean:0.000}");
        Assert.True(withHits >= 15, $"only {withHits} queries found anything: the query set no longer exercises the search");

        // The documented tolerance (docs/scale.md): ts_rank is not Lucene's TF-IDF, so the order within the
        // top five may differ, but on average at least 60 % of Lucene's top five are PostgreSQL's top five.
        Assert.True(mean >= 0.6, $"mean top-5 overlap {mean:0.000} is under the tolerance 0.6");
    }

    [Fact]
    public async Task The_Tarikh_terms_keep_names_apart_where_PostgreSQLs_arabic_stemmer_does_not()
    {
        if (Skip())
        {
            return;
        }

        // The name/common-word corpus of SearchCorrectnessTests, stored as documents.
        (long Id, string Text, string[] Persons, string[] Places)[] corpus =
        [
            (1, "وُلد جوزيف ستالين في غوري سنة 1878، وتوفي في موسكو سنة 1953.", ["جوزيف ستالين"], ["غوري", "موسكو"]),
            (2, "وفي اليوم التالي سافر الطبيب إلى بيروت، وبالتالي تأخر عن موعده سنة 1920.", [], ["بيروت"]),
            (3, "توفي فلاديمير لينين سنة 1924. وفي سنة 1958 أُسس متحف باسمه في موسكو.", ["فلاديمير لينين"], ["موسكو"]),
            (4, "كان الرجل حسن الخلق، وأحسن إلى جيرانه طوال حياته في القرية.", [], []),
            (5, "قُتل الحسين بن علي في كربلاء سنة 680، وبكاه أهل الكوفة.", ["الحسين بن علي"], ["كربلاء", "الكوفة"]),
            (6, "حكم السلطان عثمان الثاني الدولة العثمانية حتى قتله الإنكشارية سنة 1622.", ["عثمان الثاني"], []),
            (7, "انتشرت العمارة العثمانية في المدن، وبقيت آثارها في الأسواق القديمة.", [], []),
            (8, "وصل الرحالة إلى ياسين ثم إلى تالين عاصمة إستونيا سنة 1935.", [], ["تالين", "إستونيا"]),
            (9, "عمل خليل الصيداوي طبيباً في صيدا، وتوفي فيها سنة 1958.", ["خليل الصيداوي"], ["صيدا"]),
            (10, "ذكر المؤرخ أن سليمان القانوني أطال حصار فيينا سنة 1529.", ["سليمان القانوني"], ["فيينا"]),
        ];
        (string Query, long[] Relevant)[] names =
        [
            ("ستالين", [1]), ("لينين", [3]), ("الحسين", [5]), ("حسين", [5]), ("عثمان", [6]), ("تالين", [8]),
            ("سليمان", [10]), ("الصيداوي", [9]), ("موسكو", [1, 3]), ("كربلاء", [5]), ("بيروت", [2]), ("فيينا", [10]),
        ];
        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        foreach (var (id, text, persons, places) in corpus)
        {
            await InsertDocumentAsync(id, text);
            await pg.AddAsync(new IndexedDocument(id, null, text, [.. persons], [.. places], [], [], [], []));
        }

        (double Precision, double Recall) Score(PostgresTextConfig config)
        {
            int found = 0, right = 0, relevant = 0;
            foreach (var (q, rel) in names)
            {
                var ids = pg.Search(new SearchRequest(q), config).Results!.Hits.Select(h => h.Id).ToList();
                found += ids.Count;
                right += ids.Count(rel.Contains);
                relevant += rel.Length;
            }

            return (found == 0 ? 0 : right / (double)found, right / (double)relevant);
        }

        var tarikh = Score(PostgresTextConfig.Tarikh);
        var arabic = Score(PostgresTextConfig.Arabic);
        output.WriteLine($"name queries ({names.Length}): Tarikh terms precision {tarikh.Precision:0.000} recall {tarikh.Recall:0.000}; PostgreSQL 'arabic' precision {arabic.Precision:0.000} recall {arabic.Recall:0.000}");
        Assert.Equal((1.0, 1.0), tarikh);
        Assert.True(arabic.Precision + arabic.Recall < tarikh.Precision + tarikh.Recall, "the 'arabic' configuration did as well as Tarikh's terms");
    }

    [Theory]
    [InlineData("death", "1958", "1958", new long[] { 9 })]
    [InlineData("death", "1900", null, new long[] { 1, 3, 9 })]
    [InlineData("death", null, "1700", new long[] { 5, 6 })]
    [InlineData("travel", "1950", null, new long[] { })]
    [InlineData(null, "1958", "1958", new long[] { 3, 9 })]
    [InlineData(null, "1276h", "1277h", new long[] { 2 })]
    public async Task Date_ranges_hold_for_the_same_event_as_in_Lucene(string? type, string? from, string? to, long[] expected)
    {
        if (Skip())
        {
            return;
        }

        (long Id, (string Type, int Year)[] Events)[] corpus =
        [
            (1, [("birth", 1878), ("death", 1953)]), (2, [("travel", 1860)]), (3, [("death", 1924), ("founding", 1958)]),
            (5, [("death", 680)]), (6, [("death", 1622)]), (9, [("death", 1958)]),
        ];
        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        using var lucene = SearchIndex.InMemory();
        foreach (var (id, events) in corpus)
        {
            await InsertDocumentAsync(id, "نص الوثيقة " + id);
            var d = new IndexedDocument(id, null, "نص الوثيقة " + id, [], [], [], [.. events.Select(e => e.Type).Distinct()], [],
                [.. events.Select(e => (new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)))])
            {
                EventDates = [.. events.Select(e => (e.Type, new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)))],
            };
            await pg.AddAsync(d);
            lucene.Add(d);
        }

        lucene.Commit();
        var request = new SearchRequest(From: from, To: to, Type: type);
        Assert.Equal(expected, pg.Search(request).Results!.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected, lucene.Search(request).Results!.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Bad_parameters_are_the_same_errors_as_in_Lucene()
    {
        if (Skip())
        {
            return;
        }

        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        var error = pg.Search(new SearchRequest("دمشق", From: "1870", To: "1860")).Error!;
        Assert.Equal(("to", "empty-range"), (error.Parameter, error.Reason));
        Assert.Contains("تاريخ النهاية", error.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_on_PostgreSQL_searches_in_PostgreSQL_and_indexes_documents_stored_without_search_rows()
    {
        if (Skip())
        {
            return;
        }

        // A document stored by a worker that died before writing its search rows.
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        await _store!.SaveAsync(pipeline.Run(new SourceText("توفي الشيخ محمد عبده في الإسكندرية سنة 1905.")));
        var options = new LibraryOptions(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString,
            Path.Combine(Path.GetTempPath(), "tarikh-pgsearch-" + Guid.NewGuid().ToString("N")));
        await using var library = await TarikhLibrary.OpenAsync(options);
        Assert.NotNull(library.PostgresSearch);
        Assert.True(await library.PostgresSearch!.ContainsAsync(1));
        var hits = library.Search(new SearchRequest("الإسكندرية", From: "1905", To: "1905")).Results!;
        Assert.Equal(1, hits.Total);
        Assert.Contains("<mark>", hits.Hits[0].Snippets[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_table_of_an_older_version_loses_its_arabic_vector_and_takes_new_rows()
    {
        if (Skip())
        {
            return;
        }

        // The search table as workers before round 3 created it: a stored 'arabic' vector with its own GIN index.
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                CREATE TABLE search_documents (
                  document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, title TEXT NOT NULL, source_path TEXT NULL,
                  body tsvector NOT NULL, names tsvector NOT NULL, person tsvector NOT NULL, place tsvector NOT NULL,
                  persons TEXT[] NOT NULL, places TEXT[] NOT NULL, types TEXT[] NOT NULL, flags TEXT[] NOT NULL, body_arabic tsvector NOT NULL);
                CREATE INDEX ix_search_arabic ON search_documents USING GIN (body_arabic);
                """, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'body_arabic'"));
        Assert.Equal(0L, await ScalarAsync(SearchForeignKeys));
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var doc = pipeline.Run(new SourceText("توفي الشيخ محمد عبده في الإسكندرية سنة 1905."));
        var saved = (await _store!.SaveManyAsync([new DocumentToStore(doc).Prepare(pg)], pg))[0];
        Assert.True(await pg.ContainsAsync(saved.Id));
        Assert.Equal([saved.Id], pg.Search(new SearchRequest("الإسكندرية")).Results!.Hits.Select(h => h.Id));
        Assert.Equal([saved.Id], pg.Search(new SearchRequest("الإسكندرية"), PostgresTextConfig.Arabic).Results!.Hits.Select(h => h.Id));
    }

    private const string SearchForeignKeys =
        "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('search_documents'::regclass, 'search_dates'::regclass)";

    [Fact]
    public async Task Deleting_a_document_deletes_its_search_rows_and_dates_and_no_others()
    {
        if (Skip())
        {
            return;
        }

        // No foreign keys on the search tables (a check per inserted row); statement triggers delete the rows instead.
        var pg = PostgresSearchIndex.For(_store!);
        await pg.EnsureSchemaAsync();
        await pg.EnsureSchemaAsync();
        Assert.Equal(0L, await ScalarAsync(SearchForeignKeys));
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var a = pipeline.Run(new SourceText("توفي الشيخ محمد عبده في الإسكندرية سنة 1905."));
        var b = pipeline.Run(new SourceText("ولد فلاديمير لينين في مدينة سيمبيرسك في 22 نيسان/ أبريل عام 1870."));
        var saved = await _store!.SaveManyAsync([new DocumentToStore(a).Prepare(pg), new DocumentToStore(b).Prepare(pg)], pg);
        var (ia, ib) = (saved[0].Id, saved[1].Id);
        Assert.True(await ScalarAsync($"SELECT count(*) FROM search_dates WHERE document_id = {ia}") > 0);
        Assert.True(await ScalarAsync($"SELECT count(*) FROM search_dates WHERE document_id = {ib}") > 0);

        await ScalarAsync($"DELETE FROM documents WHERE id = {ia}");
        Assert.False(await pg.ContainsAsync(ia));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM search_dates WHERE document_id = {ia}"));
        Assert.True(await pg.ContainsAsync(ib));
        Assert.True(await ScalarAsync($"SELECT count(*) FROM search_dates WHERE document_id = {ib}") > 0);
        Assert.Empty(pg.Search(new SearchRequest("الإسكندرية")).Results!.Hits);
        Assert.Equal([ib], pg.Search(new SearchRequest("سيمبيرسك")).Results!.Hits.Select(h => h.Id));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private async Task InsertDocumentAsync(long id, string text)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO documents (id, sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
            VALUES (@id, @sha, NULL, '2026-01-01T00:00:00Z', @len, @text, '{}', 'tarikh/1')
            """, conn);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("sha", "test-" + id);
        cmd.Parameters.AddWithValue("len", text.Length);
        cmd.Parameters.AddWithValue("text", text);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string Describe(SearchRequest q) =>
        string.Join(' ', new[] { q.Text, q.From is null ? null : "from " + q.From, q.To is null ? null : "to " + q.To, q.Person is null ? null : "person " + q.Person, q.Place is null ? null : "place " + q.Place, q.Type is null ? null : "type " + q.Type }.Where(s => s is not null));
}
