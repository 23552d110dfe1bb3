using System.Collections.Immutable;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NodaTime;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Tarikh.Storage.Search;

/// <summary>
/// The Lucene.Net full-text index of the library: Arabic-analyzed text and entity names, event types,
/// flag rules and month buckets of every dated interval (so a date filter matches documents with any
/// expression or event overlapping the range, to the month). Thread-safe: one writer, near-real-time
/// searchers.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string IdField = "id", TextField = "text", NamesField = "names", PersonField = "person", PlaceField = "place";
    private const string PersonStored = "person_s", PlaceStored = "place_s", TypeField = "type", FlagField = "flag", MonthField = "month";
    private const string TitleField = "title", PathField = "path", EventMonthField = "event_month";

    // Months are stored as sortable text in event_month ("death|0023484"): offset so that years before the era stay positive.
    private const int MonthOffset = 12 * 100_000;
    private const int MaxMonthsPerInterval = 2400;
    private const int FacetDepth = 1000;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly TarikhArabicAnalyzer _analyzer;
    private readonly bool _documentNames;

    private SearchIndex(LuceneDirectory directory, TarikhArabicAnalyzer? analyzer = null, bool documentNames = true)
    {
        _directory = directory;
        _analyzer = analyzer ?? new TarikhArabicAnalyzer();
        _documentNames = documentNames;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(directory, config);
        if (_writer.NumDocs > 0 && (_writer.CommitData is not { } data || !data.TryGetValue(VersionKey, out var version) || version != Version))
        {
            // An index written by an earlier version lacks fields (event dates) or stems names: the library
            // indexes every stored document again (TarikhLibrary.SyncIndexAsync).
            _writer.DeleteAll();
        }

        _writer.SetCommitData(new Dictionary<string, string> { [VersionKey] = Version });
        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>The layout of the index; an index of another version is emptied on open and rebuilt from the store.</summary>
    public const string Version = "2";

    private const string VersionKey = "tarikh-index";

    /// <summary>Opens (or creates) an index in a folder.</summary>
    public static SearchIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new SearchIndex(FSDirectory.Open(path));
    }

    /// <summary>An index in memory (tests, one-off analysis).</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory());

    /// <summary>An index in memory with another analyzer, and with or without keeping each document's own names whole (measurements).</summary>
    internal static SearchIndex InMemory(TarikhArabicAnalyzer analyzer, bool documentNames) => new(new RAMDirectory(), analyzer, documentNames);

    /// <summary>The analyzer used for text and names.</summary>
    public TarikhArabicAnalyzer Analyzer => _analyzer;

    /// <summary>Number of documents (committed or not).</summary>
    public int Count => _writer.NumDocs;

    /// <summary>Adds or replaces a document (by id). Visible to searches after <see cref="Commit"/>.</summary>
    public void Add(IndexedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = new Document
        {
            new StringField(IdField, document.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField(TitleField, document.Title),
            new StoredField(TextField, document.Text),
            // The document's own names (persons, places) are indexed whole, like the gazetteers' names.
            new TextField(TextField, _analyzer.CreateTokenStream(document.Text, _documentNames ? NameWords.Of(document.Persons.Concat(document.Places)) : new HashSet<string>())),
        };
        if (document.SourcePath is not null)
        {
            doc.Add(new StoredField(PathField, document.SourcePath));
        }

        foreach (var name in document.Persons.Concat(document.Places).Concat(document.OtherNames))
        {
            doc.Add(new TextField(NamesField, name, Field.Store.NO));
        }

        foreach (var p in document.Persons)
        {
            doc.Add(new TextField(PersonField, p, Field.Store.NO));
            doc.Add(new StoredField(PersonStored, p));
        }

        foreach (var p in document.Places)
        {
            doc.Add(new TextField(PlaceField, p, Field.Store.NO));
            doc.Add(new StoredField(PlaceStored, p));
        }

        foreach (var t in document.EventTypes)
        {
            doc.Add(new StringField(TypeField, t.ToLowerInvariant(), Field.Store.YES));
            doc.Add(new TextField(NamesField, t, Field.Store.NO));
        }

        foreach (var f in document.FlagRules)
        {
            doc.Add(new StringField(FlagField, f, Field.Store.YES));
        }

        var months = new HashSet<int>();
        foreach (var (start, end) in document.Intervals)
        {
            int a = MonthOf(start), b = MonthOf(end);
            if (b - a > MaxMonthsPerInterval)
            {
                continue;
            }

            for (var m = a; m <= b; m++)
            {
                months.Add(m);
            }
        }

        foreach (var m in months)
        {
            doc.Add(new Int32Field(MonthField, m, Field.Store.NO));
        }

        var eventMonths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, start, end) in document.EventDates)
        {
            int a = MonthOf(start), b = MonthOf(end);
            for (var m = a; m <= b && m - a <= MaxMonthsPerInterval; m++)
            {
                eventMonths.Add(EventMonth(type, m));
            }
        }

        foreach (var em in eventMonths)
        {
            doc.Add(new StringField(EventMonthField, em, Field.Store.NO));
        }

        _writer.UpdateDocument(new Term(IdField, doc.Get(IdField)), doc);
    }

    /// <summary>True when a document id is in the index (committed or not).</summary>
    public bool Contains(long id)
    {
        _searchers.MaybeRefreshBlocking();
        var s = _searchers.Acquire();
        try
        {
            return s.Search(new TermQuery(new Term(IdField, id.ToString(CultureInfo.InvariantCulture))), 1).TotalHits > 0;
        }
        finally
        {
            _searchers.Release(s);
        }
    }

    /// <summary>Removes every document.</summary>
    public void Clear() => _writer.DeleteAll();

    /// <summary>Commits to disk and makes the changes visible to searches.</summary>
    public void Commit()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs a search. Bad parameters come back as a <see cref="SearchError"/>.</summary>
    public SearchOutcome Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request, out var from, out var to) is { } invalid)
        {
            return invalid;
        }

        var query = new BooleanQuery();
        var textTerms = string.IsNullOrWhiteSpace(request.Text) ? [] : ResolveNames(_analyzer.QueryWords(request.Text));
        Query? textQuery = null;
        if (textTerms.Count > 0)
        {
            var tq = new BooleanQuery();
            foreach (var term in textTerms.Distinct())
            {
                var either = new BooleanQuery
                {
                    { new TermQuery(new Term(TextField, term)), Occur.SHOULD },
                    { new TermQuery(new Term(NamesField, term)) { Boost = 2f }, Occur.SHOULD },
                };
                tq.Add(either, Occur.MUST);
            }

            textQuery = tq;
            query.Add(tq, Occur.MUST);
        }
        else if (!string.IsNullOrWhiteSpace(request.Text))
        {
            // Only stop words: nothing can match meaningfully.
            query.Add(new TermQuery(new Term(TextField, "\u0000")), Occur.MUST);
        }

        if (!AddPhrase(query, PersonField, request.Person) || !AddPhrase(query, PlaceField, request.Place))
        {
            return Fail(request.Person is not null ? "person" : "place", "empty-name", "الاسم لا يحتوي كلمات يمكن البحث عنها", "the name has no searchable words");
        }

        var typeName = string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim().ToLowerInvariant();
        if (typeName is not null)
        {
            query.Add(new TermQuery(new Term(TypeField, typeName)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Flag))
        {
            query.Add(new TermQuery(new Term(FlagField, request.Flag.Trim())), Occur.MUST);
        }

        if (from is not null || to is not null)
        {
            int? lo = from is { } a ? MonthOf(a) : null;
            int? hi = to is { } b ? MonthOf(b) : null;
            if (typeName is not null)
            {
                // Type and dates on the same event: one of the document's events of that type overlaps the range.
                query.Add(TermRangeQuery.NewStringRange(EventMonthField, EventMonth(typeName, lo ?? -MonthOffset), EventMonth(typeName, hi ?? (MonthOffset - 1)), true, true), Occur.MUST);
            }
            else
            {
                query.Add(NumericRangeQuery.NewInt32Range(MonthField, lo, hi, true, true), Occur.MUST);
            }
        }

        if (query.Clauses.Count == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try
        {
            var skip = (request.Page - 1) * request.PageSize;
            var depth = Math.Max(skip + request.PageSize, FacetDepth);
            var top = searcher.Search(query, depth);
            var hits = ImmutableArray.CreateBuilder<SearchHit>();
            Highlighter? highlighter = null;
            if (textQuery is not null)
            {
                var scorer = new QueryScorer(textQuery, TextField);
                highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
                {
                    TextFragmenter = new SimpleSpanFragmenter(scorer, 160),
                    MaxDocCharsToAnalyze = 500_000,
                };
            }

            for (var i = skip; i < Math.Min(top.ScoreDocs.Length, skip + request.PageSize); i++)
            {
                var sd = top.ScoreDocs[i];
                var doc = searcher.Doc(sd.Doc);
                var text = doc.Get(TextField) ?? string.Empty;
                hits.Add(new SearchHit(
                    long.Parse(doc.Get(IdField), CultureInfo.InvariantCulture),
                    float.IsNaN(sd.Score) ? 0 : sd.Score,
                    doc.Get(TitleField) ?? string.Empty,
                    doc.Get(PathField),
                    Snippets(highlighter, text),
                    [.. doc.GetValues(PersonStored)],
                    [.. doc.GetValues(PlaceStored)],
                    [.. doc.GetValues(TypeField)],
                    [.. doc.GetValues(FlagField)]));
            }

            var facets = Facets(searcher, top);
            return new SearchOutcome(
                new SearchResults(top.TotalHits, request.Page, request.PageSize, hits.ToImmutable(), facets,
                    from is { } fd ? Core.Text.GregorianInterval.Format(fd) : null,
                    to is { } td ? Core.Text.GregorianInterval.Format(td) : null),
                null);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Checks a request's page and dates (shared with <see cref="PostgresSearchIndex"/>): the error, or null with the Gregorian bounds.</summary>
    internal static SearchOutcome? Validate(SearchRequest request, out LocalDate? from, out LocalDate? to)
    {
        from = null;
        to = null;
        if (request.Page < 1 || request.Page > 10_000)
        {
            return Fail("page", "page-out-of-range", "رقم الصفحة يجب أن يكون بين 1 و10000", "page must be between 1 and 10000");
        }

        if (request.PageSize is < 1 or > 100)
        {
            return Fail("page_size", "page-size-out-of-range", "حجم الصفحة يجب أن يكون بين 1 و100", "page size must be between 1 and 100");
        }

        if (!string.IsNullOrWhiteSpace(request.From))
        {
            var r = DateBound.Parse(request.From, upper: false);
            if (!r.Ok)
            {
                return Fail("from", r.Reason!, $"تاريخ البداية غير مفهوم: «{request.From}» (أمثلة: 1860، 1860-05-03، 1276h)", $"cannot read the start date '{request.From}' (examples: 1860, 1860-05-03, 1276h)");
            }

            from = r.Date;
        }

        if (!string.IsNullOrWhiteSpace(request.To))
        {
            var r = DateBound.Parse(request.To, upper: true);
            if (!r.Ok)
            {
                return Fail("to", r.Reason!, $"تاريخ النهاية غير مفهوم: «{request.To}» (أمثلة: 1870، 1870-12-31، 1287h)", $"cannot read the end date '{request.To}' (examples: 1870, 1870-12-31, 1287h)");
            }

            to = r.Date;
        }

        if (from is { } f0 && to is { } t0 && t0 < f0)
        {
            return Fail("to", "empty-range", "تاريخ النهاية يسبق تاريخ البداية", "the end date is before the start date");
        }

        return null;
    }

    private bool AddPhrase(BooleanQuery query, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var terms = _analyzer.Terms(value, field);
        if (terms.Count == 0)
        {
            return false;
        }

        var phrase = new PhraseQuery();
        foreach (var t in terms)
        {
            phrase.Add(new Term(field, t));
        }

        query.Add(phrase, Occur.MUST);
        return true;
    }

    private ImmutableArray<string> Snippets(Highlighter? highlighter, string text)
    {
        if (highlighter is not null)
        {
            using var ts = _analyzer.GetTokenStream(TextField, new StringReader(text));
            var fragments = highlighter.GetBestFragments(ts, text, 3);
            if (fragments.Length > 0)
            {
                return [.. fragments.Select(f => f.Trim())];
            }
        }

        var head = text.Length <= 200 ? text : text[..200] + "…";
        return [System.Net.WebUtility.HtmlEncode(head.Trim())];
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<FacetValue>> Facets(IndexSearcher searcher, TopDocs top)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>
        {
            ["person"] = new(StringComparer.Ordinal),
            ["place"] = new(StringComparer.Ordinal),
            ["type"] = new(StringComparer.Ordinal),
            ["flag"] = new(StringComparer.Ordinal),
        };
        var fields = new HashSet<string> { PersonStored, PlaceStored, TypeField, FlagField };
        foreach (var sd in top.ScoreDocs.Take(FacetDepth))
        {
            var doc = searcher.Doc(sd.Doc, fields);
            Count(counts["person"], doc.GetValues(PersonStored));
            Count(counts["place"], doc.GetValues(PlaceStored));
            Count(counts["type"], doc.GetValues(TypeField));
            Count(counts["flag"], doc.GetValues(FlagField));
        }

        return counts.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(15).Select(x => new FacetValue(x.Key, x.Value)).ToImmutableArray(),
            StringComparer.Ordinal);

        static void Count(Dictionary<string, int> into, string[] values)
        {
            foreach (var v in values.Distinct(StringComparer.Ordinal))
            {
                into[v] = into.GetValueOrDefault(v) + 1;
            }
        }
    }

    private static string EventMonth(string type, int month) =>
        type.ToLowerInvariant() + "|" + (month + MonthOffset).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>
    /// Each query word's term: its whole form when a document holds that (the word is one of a document's
    /// names, kept unstemmed there), else its stem; so a name matches the name, not a common word of the same stem.
    /// </summary>
    private List<string> ResolveNames(IReadOnlyList<(string Term, IReadOnlyList<string> Wholes)> words)
    {
        var terms = new List<string>(words.Count);
        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try
        {
            foreach (var (term, wholes) in words)
            {
                var chosen = term;
                foreach (var whole in wholes)
                {
                    if (whole != term && searcher.IndexReader.DocFreq(new Term(TextField, whole)) > 0)
                    {
                        chosen = whole;
                        break;
                    }
                }

                terms.Add(chosen);
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }

        return terms;
    }

    private static int MonthOf(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return (iso.Year * 12) + iso.Month - 1;
    }

    private static SearchOutcome Fail(string parameter, string reason, string ar, string en) => new(null, new SearchError(parameter, reason, ar, en));

    /// <summary>Escapes only the HTML-significant characters, keeping Arabic text readable.</summary>
    private sealed class MinimalHtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => System.Net.WebUtility.HtmlEncode(originalText);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
