using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using NodaTime;
using Npgsql;

namespace Tarikh.Storage.Search;

/// <summary>How PostgreSQL matches words.</summary>
public enum PostgresTextConfig
{
    /// <summary>Tarikh's analyzer terms (normalized, proclitics stripped, light-stemmed, names kept whole) stored as they are ('simple').</summary>
    Tarikh,

    /// <summary>PostgreSQL's own <c>arabic</c> configuration (Snowball Arabic stemmer) on the raw text: for comparison.</summary>
    Arabic,
}

/// <summary>
/// Search inside PostgreSQL when the store is PostgreSQL: the same requests, filters and facets as the
/// Lucene <see cref="SearchIndex"/>, on tables beside the documents. Text and entity names are Tarikh's
/// analyzer terms in <c>tsvector</c> columns (GIN), person and place names in their own vectors for phrase
/// filters, event types and flag rules in arrays (GIN), and every dated expression and event as a
/// Gregorian <c>daterange</c> (GiST), widened to whole months as the Lucene index does, so both give the
/// same matches. Ranking is <c>ts_rank</c> (text, plus names twice), not Lucene's TF-IDF: the top results
/// agree within the tolerance the parity test documents. Thread-safe.
/// </summary>
public sealed class PostgresSearchIndex
{
    private const int MaxMonthsPerInterval = 2400;
    private const int FacetDepth = 1000;
    private const int MaxPosition = 16383;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TarikhArabicAnalyzer _analyzer;

    /// <summary>
    /// The terms of the name values analyzed so far (a name's analysis depends on the name alone): a worker's documents
    /// name the same persons and places again and again. Emptied when it holds more than <see cref="MaxCachedValues"/>.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Term, int Increment)[]> _valueTerms = new(StringComparer.Ordinal);
    private const int MaxCachedValues = 50_000;

    /// <summary>Creates the search over a data source; call <see cref="EnsureSchemaAsync"/> once.</summary>
    public PostgresSearchIndex(NpgsqlDataSource dataSource, TarikhArabicAnalyzer? analyzer = null)
    {
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        _analyzer = analyzer ?? new TarikhArabicAnalyzer();
    }

    /// <summary>The search of a PostgreSQL store.</summary>
    public static PostgresSearchIndex For(PostgresDocumentStore store) => new((store ?? throw new ArgumentNullException(nameof(store))).DataSource);

    /// <summary>The statements that create the search tables (idempotent; the documents table must exist).</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS search_documents (
          document_id BIGINT PRIMARY KEY,
          title TEXT NOT NULL,
          source_path TEXT NULL,
          body tsvector NOT NULL,
          names tsvector NOT NULL,
          person tsvector NOT NULL,
          place tsvector NOT NULL,
          persons TEXT[] NOT NULL,
          places TEXT[] NOT NULL,
          types TEXT[] NOT NULL,
          flags TEXT[] NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_search_words ON search_documents USING GIN ((body || names))",
        "CREATE INDEX IF NOT EXISTS ix_search_person ON search_documents USING GIN (person)",
        "CREATE INDEX IF NOT EXISTS ix_search_place ON search_documents USING GIN (place)",
        "CREATE INDEX IF NOT EXISTS ix_search_types ON search_documents USING GIN (types)",
        "CREATE INDEX IF NOT EXISTS ix_search_flags ON search_documents USING GIN (flags)",
        // Until round 3 every row also held to_tsvector('arabic', text) with its own GIN index, for the comparison with
        // PostgreSQL's Snowball stemmer only; that comparison now computes the vector when asked (docs/scale.md).
        // Only when the column is there: ALTER TABLE takes an exclusive lock on the table even when it has nothing to do,
        // and every worker runs these statements when it opens.
        """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'search_documents' AND column_name = 'body_arabic') THEN
            DROP INDEX IF EXISTS ix_search_arabic;
            ALTER TABLE search_documents DROP COLUMN body_arabic;
          END IF;
        END
        $$
        """,
        """
        CREATE TABLE IF NOT EXISTS search_dates (
          document_id BIGINT NOT NULL,
          event_type TEXT NULL,
          span daterange NOT NULL)
        """,
        // Until round 8 the search rows referenced their document (and the date rows their search row) by foreign keys
        // with ON DELETE CASCADE: one SELECT … FOR KEY SHARE on the parent per inserted row. The rows are written by the
        // store in the document's transaction, so the check could never fail; statement-level triggers now delete them
        // with their document (or their search row) instead, as the layer tables do since migration 2. The foreign
        // keys of an older table are dropped once (only when there: ALTER TABLE locks the table).
        """
        DO $$
        DECLARE c record;
        BEGIN
          FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
                   WHERE contype = 'f' AND conrelid IN ('search_documents'::regclass, 'search_dates'::regclass)
          LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
          END LOOP;
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'documents'::regclass AND tgname = 'documents_delete_search') THEN
            CREATE OR REPLACE FUNCTION tarikh_delete_document_search() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              DELETE FROM search_documents x USING old_rows o WHERE x.document_id = o.id;
              RETURN NULL;
            END
            $f$;
            CREATE TRIGGER documents_delete_search AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
              FOR EACH STATEMENT EXECUTE FUNCTION tarikh_delete_document_search();
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'search_documents'::regclass AND tgname = 'search_documents_delete_dates') THEN
            CREATE OR REPLACE FUNCTION tarikh_delete_search_dates() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              DELETE FROM search_dates x USING old_rows o WHERE x.document_id = o.document_id;
              RETURN NULL;
            END
            $f$;
            CREATE TRIGGER search_documents_delete_dates AFTER DELETE ON search_documents REFERENCING OLD TABLE AS old_rows
              FOR EACH STATEMENT EXECUTE FUNCTION tarikh_delete_search_dates();
          END IF;
        END
        $$
        """,
        "CREATE INDEX IF NOT EXISTS ix_search_dates_span ON search_dates USING GIST (span)",
        "CREATE INDEX IF NOT EXISTS ix_search_dates_doc ON search_dates (document_id, event_type)",
    ];

    /// <summary>Creates the search tables when missing (under the store's migration lock).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7261727)", conn, tx))
        {
            await lockCmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var sql in Schema)
        {
            await using var cmd = new NpgsqlCommand(sql, conn, tx);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds or replaces a document's search rows: one batch, one round trip, atomic (an implicit transaction).</summary>
    public async Task AddAsync(IndexedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var batch = _dataSource.CreateBatch();
        AppendRows(batch, [(document.Id, Row(document))], replace: true);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A document's search row, ready to write but for its id: the term vectors (from the pipeline's tokens when the
    /// document carries them), the name arrays and the date spans. Pure; the costly part of writing search rows, so a
    /// worker computes it beside the analysis instead of in its writer.
    /// </summary>
    internal SearchRow Row(IndexedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = document.Persons.Concat(document.Places).Concat(document.OtherNames).Concat(document.EventTypes);
        var spans = new List<(string? Type, int Start, int End)>();
        foreach (var (start, end) in document.Intervals)
        {
            if (MonthOf(end) - MonthOf(start) <= MaxMonthsPerInterval && Span(start, end) is { } s)
            {
                spans.Add((null, s.Start, s.End));
            }
        }

        foreach (var (type, start, end) in document.EventDates)
        {
            // Lucene keeps at most 2400 months of an event's interval, from its start.
            var last = MonthOf(end) - MonthOf(start) > MaxMonthsPerInterval ? FirstDay(MonthOf(start) + MaxMonthsPerInterval) : end;
            if (Span(start, last) is { } s)
            {
                spans.Add((type.ToLowerInvariant(), s.Start, s.End));
            }
        }

        // A person's or place's name is in two vectors (names, and person or place), and the same names come back
        // document after document: each is analyzed once (see _valueTerms).
        var analyzed = _valueTerms;
        if (analyzed.Count > MaxCachedValues)
        {
            analyzed.Clear();
        }

        return new SearchRow(
            document.Title, document.SourcePath, TextVector(document), FieldVector(names, analyzed),
            FieldVector(document.Persons, analyzed), FieldVector(document.Places, analyzed),
            [.. document.Persons], [.. document.Places],
            [.. document.EventTypes.Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal)], [.. document.FlagRules],
            [.. spans.Distinct()]);
    }

    /// <summary>
    /// Adds the statements that write the search rows of <paramref name="rows"/> to <paramref name="batch"/> (the caller
    /// runs it, alone or inside the transaction that stores the documents): two statements however many documents, each
    /// taking its rows as arrays (<c>unnest</c>). With <paramref name="replace"/> their old rows are deleted first; documents
    /// stored in the same transaction have none.
    /// </summary>
    internal static void AppendRows(NpgsqlBatch batch, IReadOnlyList<(long Id, SearchRow Row)> rows, bool replace)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (replace)
        {
            var del = new NpgsqlBatchCommand("DELETE FROM search_documents WHERE document_id = ANY(@ids)");
            del.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            batch.BatchCommands.Add(del);
        }

        var insert = new NpgsqlBatchCommand("""
            INSERT INTO search_documents (document_id, title, source_path, body, names, person, place, persons, places, types, flags)
            SELECT r.id, r.title, r.path, r.body::tsvector, r.names::tsvector, r.person::tsvector, r.place::tsvector,
                   r.persons::text[], r.places::text[], r.types::text[], r.flags::text[]
            FROM unnest(@id, @title, @path, @body, @names, @person, @place, @persons, @places, @types, @flags)
                 AS r(id, title, path, body, names, person, place, persons, places, types, flags)
            """);
        insert.Parameters.AddWithValue("id", rows.Select(r => r.Id).ToArray());
        insert.Parameters.Add(Texts("title", rows.Select(r => r.Row.Title)));
        insert.Parameters.Add(Texts("path", rows.Select(r => r.Row.SourcePath)));
        insert.Parameters.Add(Texts("body", rows.Select(r => r.Row.Body)));
        insert.Parameters.Add(Texts("names", rows.Select(r => r.Row.Names)));
        insert.Parameters.Add(Texts("person", rows.Select(r => r.Row.Person)));
        insert.Parameters.Add(Texts("place", rows.Select(r => r.Row.Place)));
        insert.Parameters.Add(Texts("persons", rows.Select(r => ArrayLiteral(r.Row.Persons))));
        insert.Parameters.Add(Texts("places", rows.Select(r => ArrayLiteral(r.Row.Places))));
        insert.Parameters.Add(Texts("types", rows.Select(r => ArrayLiteral(r.Row.Types))));
        insert.Parameters.Add(Texts("flags", rows.Select(r => ArrayLiteral(r.Row.Flags))));
        batch.BatchCommands.Add(insert);

        var spans = rows.SelectMany(r => r.Row.Spans.Select(s => (r.Id, s.Type, s.Start, s.End))).ToArray();
        if (spans.Length > 0)
        {
            var dates = new NpgsqlBatchCommand("""
                INSERT INTO search_dates (document_id, event_type, span)
                SELECT r.id, r.type, daterange(DATE '1970-01-01' + r.a, DATE '1970-01-01' + r.b, '[]')
                FROM unnest(@id, @type, @a, @b) AS r(id, type, a, b)
                """);
            dates.Parameters.AddWithValue("id", spans.Select(s => s.Id).ToArray());
            dates.Parameters.Add(Texts("type", spans.Select(s => s.Type)));
            dates.Parameters.AddWithValue("a", spans.Select(s => s.Start).ToArray());
            dates.Parameters.AddWithValue("b", spans.Select(s => s.End).ToArray());
            batch.BatchCommands.Add(dates);
        }
    }

    private static NpgsqlParameter Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = values.ToArray() };

    /// <summary>A text array as a PostgreSQL array literal (every element quoted), for a row of an <c>unnest</c>.</summary>
    internal static string ArrayLiteral(IReadOnlyList<string> values)
    {
        var b = new StringBuilder("{");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                b.Append(',');
            }

            b.Append('"').Append(values[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return b.Append('}').ToString();
    }

    /// <summary>True when a document has its search rows.</summary>
    public async Task<bool> ContainsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var cmd = _dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM search_documents WHERE document_id = @id)");
        cmd.Parameters.AddWithValue("id", id);
        return (bool)(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Indexes the stored documents that have no search rows (written by a worker that died in between, or before this search existed); returns how many.</summary>
    public async Task<int> SyncAsync(IDocumentStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var missing = new List<long>();
        await using (var cmd = _dataSource.CreateCommand("SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM search_documents s WHERE s.document_id = d.id) ORDER BY d.id"))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                missing.Add(r.GetInt64(0));
            }
        }

        foreach (var id in missing)
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                await AddAsync(IndexedDocument.From(stored), cancellationToken).ConfigureAwait(false);
            }
        }

        return missing.Count;
    }

    /// <summary>Runs a search (same parameters and errors as <see cref="SearchIndex.Search"/>).</summary>
    public SearchOutcome Search(SearchRequest request, PostgresTextConfig config = PostgresTextConfig.Tarikh)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SearchIndex.Validate(request, out var from, out var to) is { } invalid)
        {
            return invalid;
        }

        using var conn = _dataSource.OpenConnection();
        using var cmd = conn.CreateCommand();
        var where = new List<string>();
        var rank = "0::real";
        var textTerms = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            if (config == PostgresTextConfig.Arabic)
            {
                // For comparison only: the 'arabic' vector of the stored text, computed for this query (no index).
                where.Add("to_tsvector('arabic', (SELECT d.text FROM documents d WHERE d.id = s.document_id)) @@ plainto_tsquery('arabic', @q)");
                cmd.Parameters.AddWithValue("q", request.Text);
                rank = "ts_rank(to_tsvector('arabic', (SELECT d.text FROM documents d WHERE d.id = s.document_id)), plainto_tsquery('arabic', @q), 1)";
            }
            else
            {
                textTerms = ResolveNames(conn, _analyzer.QueryWords(request.Text));
                if (textTerms.Count == 0)
                {
                    where.Add("false");
                }
                else
                {
                    var distinct = textTerms.Distinct(StringComparer.Ordinal).ToList();
                    where.Add("(s.body || s.names) @@ @qall::tsquery");
                    cmd.Parameters.AddWithValue("qall", string.Join(" & ", distinct.Select(Lexeme)));
                    cmd.Parameters.AddWithValue("qany", string.Join(" | ", distinct.Select(Lexeme)));
                    rank = "(ts_rank(s.body, @qany::tsquery, 1) + 2 * ts_rank(s.names, @qany::tsquery, 1))";
                }
            }
        }

        foreach (var (column, value, name) in new[] { ("person", request.Person, "pperson"), ("place", request.Place, "pplace") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var terms = _analyzer.Terms(value, column);
            if (terms.Count == 0)
            {
                return new SearchOutcome(null, new SearchError(column, "empty-name", "الاسم لا يحتوي كلمات يمكن البحث عنها", "the name has no searchable words"));
            }

            where.Add($"s.{column} @@ @{name}::tsquery");
            cmd.Parameters.AddWithValue(name, string.Join(" <-> ", terms.Select(Lexeme)));
        }

        var typeName = string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim().ToLowerInvariant();
        if (typeName is not null)
        {
            where.Add("s.types @> ARRAY[@type]::text[]");
            cmd.Parameters.AddWithValue("type", typeName);
        }

        if (!string.IsNullOrWhiteSpace(request.Flag))
        {
            where.Add("s.flags @> ARRAY[@flag]::text[]");
            cmd.Parameters.AddWithValue("flag", request.Flag.Trim());
        }

        if (from is not null || to is not null)
        {
            var lo = from is { } a ? Day(FirstDay(MonthOf(a))) : (int?)null;
            var hi = to is { } b ? Day(LastDay(MonthOf(b))) : (int?)null;
            where.Add($"""
                EXISTS (SELECT 1 FROM search_dates sd WHERE sd.document_id = s.document_id
                        AND {(typeName is null ? "sd.event_type IS NULL" : "sd.event_type = @type")}
                        AND sd.span && daterange({(lo is null ? "NULL" : "DATE '1970-01-01' + @lo")}, {(hi is null ? "NULL" : "DATE '1970-01-01' + @hi")}, '[]'))
                """);
            if (lo is { } l)
            {
                cmd.Parameters.AddWithValue("lo", l);
            }

            if (hi is { } h)
            {
                cmd.Parameters.AddWithValue("hi", h);
            }
        }

        var skip = (request.Page - 1) * request.PageSize;
        var depth = Math.Max(skip + request.PageSize, FacetDepth);
        cmd.CommandText = $"""
            SELECT s.document_id, {rank} AS score, s.title, s.source_path, s.persons, s.places, s.types, s.flags, count(*) OVER () AS total
            FROM search_documents s
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty)}
            ORDER BY score DESC, s.document_id
            LIMIT {depth}
            """;
        var rows = new List<(long Id, float Score, string Title, string? Path, string[] Persons, string[] Places, string[] Types, string[] Flags)>();
        var total = 0;
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetFloat(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.GetFieldValue<string[]>(4), r.GetFieldValue<string[]>(5), r.GetFieldValue<string[]>(6), r.GetFieldValue<string[]>(7)));
                total = (int)r.GetInt64(8);
            }
        }

        var page = rows.Skip(skip).Take(request.PageSize).ToList();
        var texts = Texts(conn, page.Select(p => p.Id));
        var highlighter = Highlighter(textTerms);
        var hits = page.Select(p => new SearchHit(p.Id, p.Score, p.Title, p.Path, Snippets(highlighter, texts.GetValueOrDefault(p.Id) ?? string.Empty),
            [.. p.Persons], [.. p.Places], [.. p.Types], [.. p.Flags])).ToImmutableArray();
        var facets = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal)
        {
            ["person"] = new(StringComparer.Ordinal),
            ["place"] = new(StringComparer.Ordinal),
            ["type"] = new(StringComparer.Ordinal),
            ["flag"] = new(StringComparer.Ordinal),
        };
        foreach (var row in rows.Take(FacetDepth))
        {
            Count(facets["person"], row.Persons);
            Count(facets["place"], row.Places);
            Count(facets["type"], row.Types);
            Count(facets["flag"], row.Flags);
        }

        var facetValues = facets.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(15).Select(x => new FacetValue(x.Key, x.Value)).ToImmutableArray(),
            StringComparer.Ordinal);
        return new SearchOutcome(new SearchResults(total, request.Page, request.PageSize, hits, facetValues,
            from is { } fd ? Core.Text.GregorianInterval.Format(fd) : null,
            to is { } td ? Core.Text.GregorianInterval.Format(td) : null), null);

        static void Count(Dictionary<string, int> into, string[] values)
        {
            foreach (var v in values.Distinct(StringComparer.Ordinal))
            {
                into[v] = into.GetValueOrDefault(v) + 1;
            }
        }
    }

    /// <summary>Each query word's term: its whole form when a document holds it (a name kept whole), else its stem, as the Lucene index decides.</summary>
    private static List<string> ResolveNames(NpgsqlConnection conn, IReadOnlyList<(string Term, IReadOnlyList<string> Wholes)> words)
    {
        var terms = new List<string>(words.Count);
        using var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM search_documents WHERE body @@ @w::tsquery)", conn);
        var p = cmd.Parameters.Add("w", NpgsqlTypes.NpgsqlDbType.Text);
        foreach (var (term, wholes) in words)
        {
            var chosen = term;
            foreach (var whole in wholes)
            {
                p.Value = Lexeme(whole);
                if (whole != term && (bool)cmd.ExecuteScalar()!)
                {
                    chosen = whole;
                    break;
                }
            }

            terms.Add(chosen);
        }

        return terms;
    }

    private static Dictionary<long, string> Texts(NpgsqlConnection conn, IEnumerable<long> ids)
    {
        var result = new Dictionary<long, string>();
        using var cmd = new NpgsqlCommand("SELECT id, text FROM documents WHERE id = ANY(@ids)", conn);
        cmd.Parameters.AddWithValue("ids", ids.ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetInt64(0)] = r.GetString(1);
        }

        return result;
    }

    private Highlighter? Highlighter(List<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var t in terms.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term("text", t)), Occur.SHOULD);
        }

        var scorer = new QueryScorer(query, "text");
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, 160),
            MaxDocCharsToAnalyze = 500_000,
        };
    }

    private ImmutableArray<string> Snippets(Highlighter? highlighter, string text)
    {
        if (highlighter is not null)
        {
            using var ts = _analyzer.GetTokenStream("text", new StringReader(text));
            var fragments = highlighter.GetBestFragments(ts, text, 3);
            if (fragments.Length > 0)
            {
                return [.. fragments.Select(f => f.Trim())];
            }
        }

        var head = text.Length <= 200 ? text : text[..200] + "…";
        return [System.Net.WebUtility.HtmlEncode(head.Trim())];
    }

    /// <summary>The text's terms with their positions, as a tsvector literal (the document's own names kept whole, as in Lucene).</summary>
    private string TextVector(IndexedDocument document)
    {
        var extra = NameWords.Of(document.Persons.Concat(document.Places));
        var vector = new VectorBuilder(Math.Max(16, document.Tokens.IsDefaultOrEmpty ? document.Text.Length / 8 : document.Tokens.Length));
        if (!document.Tokens.IsDefaultOrEmpty)
        {
            _analyzer.TokenTerms(document.Text, document.Tokens.AsSpan(), extra, vector.Add);
            return vector.Literal();
        }

        using var ts = _analyzer.CreateTokenStream(document.Text, extra);
        var position = 0;
        Collect(ts, vector, ref position);
        return vector.Literal();
    }

    /// <summary>
    /// A vector of names, each analyzed as a field value (the analyzer treats every field alike) and taken from
    /// <paramref name="analyzed"/> when an earlier vector or row analyzed it; a gap of one position between two
    /// values, as Lucene's multi-valued fields.
    /// </summary>
    private string FieldVector(IEnumerable<string> values, ConcurrentDictionary<string, (string Term, int Increment)[]> analyzed)
    {
        var vector = new VectorBuilder(16);
        var next = 0;
        foreach (var value in values)
        {
            if (!analyzed.TryGetValue(value, out var terms))
            {
                terms = AnalyzeValue(value);
                analyzed.TryAdd(value, terms);
            }

            foreach (var (term, increment) in terms)
            {
                next += Math.Max(1, increment);
                vector.Add(term, next);
            }

            next++;
        }

        return vector.Literal();
    }

    private (string Term, int Increment)[] AnalyzeValue(string value)
    {
        var terms = new List<(string, int)>();
        using var ts = _analyzer.GetTokenStream("names", new StringReader(value));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var increment = ts.AddAttribute<IPositionIncrementAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            terms.Add((term.ToString(), increment.PositionIncrement));
        }

        ts.End();
        return [.. terms];
    }

    private static void Collect(Lucene.Net.Analysis.TokenStream ts, VectorBuilder vector, ref int position)
    {
        var term = ts.AddAttribute<ICharTermAttribute>();
        var increment = ts.AddAttribute<IPositionIncrementAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            position += Math.Max(1, increment.PositionIncrement);
            vector.Add(term.ToString(), position);
        }

        ts.End();
    }

    /// <summary>
    /// The lexemes of one vector with their positions, gathered as they come and written as a tsvector literal: lexemes
    /// in the order they were first met (PostgreSQL sorts a tsvector's lexemes itself when it reads one), each one's
    /// positions in the order they came without consecutive repeats, at most 256 per lexeme (counted as they come, as
    /// PostgreSQL keeps) and none above 16383. The positions of all lexemes share one array, chained per lexeme, instead
    /// of a list per lexeme (round 23: a news article has ≈ 360 lexemes).
    /// </summary>
    private sealed class VectorBuilder(int capacity)
    {
        private readonly Dictionary<string, int> _slots = new(capacity, StringComparer.Ordinal);
        private string[] _lexemes = new string[capacity];
        private int[] _first = new int[capacity];
        private int[] _last = new int[capacity];
        private int[] _count = new int[capacity];
        private int[] _position = new int[capacity];
        private int[] _next = new int[capacity];
        private int _positions;

        public void Add(string lexeme, int position)
        {
            if (lexeme.Length == 0 || (lexeme.Length > 666 && Encoding.UTF8.GetByteCount(lexeme) > 2000))
            {
                return;
            }

            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_slots, lexeme, out var exists);
            if (!exists)
            {
                slot = _slots.Count - 1;
                if (slot == _lexemes.Length)
                {
                    Array.Resize(ref _lexemes, slot * 2);
                    Array.Resize(ref _first, slot * 2);
                    Array.Resize(ref _last, slot * 2);
                    Array.Resize(ref _count, slot * 2);
                }

                _lexemes[slot] = lexeme;
                _first[slot] = -1;
                _count[slot] = 0;
            }

            var s = slot;
            if (_count[s] >= 256)
            {
                return;
            }

            _count[s]++;
            if (_positions == _position.Length)
            {
                Array.Resize(ref _position, _positions * 2);
                Array.Resize(ref _next, _positions * 2);
            }

            _position[_positions] = Math.Min(position, MaxPosition);
            _next[_positions] = -1;
            if (_first[s] < 0)
            {
                _first[s] = _positions;
            }
            else
            {
                _next[_last[s]] = _positions;
            }

            _last[s] = _positions;
            _positions++;
        }

        public string Literal()
        {
            // In PostgreSQL's order of lexemes (their UTF-8 bytes, that is code points), which tsvectorin sorts into anyway:
            // its sort finds sorted input in one pass, and a news article's body vector is read in two thirds of the CPU
            // (0.083-0.090 against 0.128-0.135 ms on a loaded machine, round 23). The sort runs here, in the workers, of
            // which there can be many, instead of in the one database. Same vector either way.
            var count = _slots.Count;
            var order = new int[count];
            for (var s = 0; s < count; s++)
            {
                order[s] = s;
            }

            var keys = _lexemes.AsSpan(0, count).ToArray();
            Array.Sort(keys, order, CodePointOrder.Instance);
            var b = new StringBuilder((count * 8) + (_positions * 5));
            for (var k = 0; k < count; k++)
            {
                var s = order[k];
                if (k > 0)
                {
                    b.Append(' ');
                }

                AppendLexeme(b, keys[k]);
                b.Append(':');
                var last = -1;
                for (var q = _first[s]; q >= 0; q = _next[q])
                {
                    var p = _position[q];
                    if (p != last)
                    {
                        if (last >= 0)
                        {
                            b.Append(',');
                        }

                        b.Append(p);
                        last = p;
                    }
                }
            }

            return b.ToString();
        }
    }

    private static void AppendLexeme(StringBuilder b, string term)
    {
        b.Append('\'');
        foreach (var c in term)
        {
            if (c == '\\')
            {
                b.Append('\\');
            }
            else if (c == '\'')
            {
                b.Append('\'');
            }

            b.Append(c);
        }

        b.Append('\'');
    }

    /// <summary>A lexeme quoted for a tsvector or tsquery literal.</summary>
    internal static string Lexeme(string term) => "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static (int Start, int End)? Span(LocalDate start, LocalDate end)
    {
        // PostgreSQL dates start in 4713 BC; the spans are whole months, as Lucene's month buckets.
        var a = FirstDay(MonthOf(start));
        var b = LastDay(MonthOf(end));
        return a.Year < -4712 || b < a ? null : (Day(a), Day(b));
    }

    private static int Day(LocalDate date) => (int)DayNumber.Of(date);

    private static int MonthOf(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return (iso.Year * 12) + iso.Month - 1;
    }

    private static LocalDate FirstDay(int month)
    {
        var year = (int)Math.Floor(month / 12.0);
        return new LocalDate(year, month - (year * 12) + 1, 1);
    }

    private static LocalDate LastDay(int month) => FirstDay(month + 1).PlusDays(-1);

    private sealed class HtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => System.Net.WebUtility.HtmlEncode(originalText);
    }
}

/// <summary>
/// Strings in the order of their code points (that of their UTF-8 bytes, PostgreSQL's order of a tsvector's lexemes): ordinal
/// order of the UTF-16 code units but for the surrogates, which come after U+E000–U+FFFF.
/// </summary>
internal sealed class CodePointOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static readonly CodePointOrder Instance = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).AsSpan();
        var b = (y ?? string.Empty).AsSpan();
        var common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Fix(a[common]).CompareTo(Fix(b[common]));

        static int Fix(char c) => c < '\uD800' ? c : c >= '\uE000' ? c - 0x800 : c + 0x2000;
    }
}

/// <summary>A document's search row without its id (see <see cref="PostgresSearchIndex.Row"/>).</summary>
internal sealed record SearchRow(
    string Title, string? SourcePath, string Body, string Names, string Person, string Place,
    string[] Persons, string[] Places, string[] Types, string[] Flags, (string? Type, int Start, int End)[] Spans);
