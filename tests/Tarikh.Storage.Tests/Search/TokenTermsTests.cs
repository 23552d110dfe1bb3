using Lucene.Net.Analysis.TokenAttributes;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage.Search;
using Tarikh.Testing;

namespace Tarikh.Storage.Tests.Search;

/// <summary>
/// The search terms made from the pipeline's own tokens (what a worker writes to PostgreSQL) are exactly the terms and
/// positions of the Lucene chain run over the text again (what the Lucene index and the query side use): same lexemes,
/// same positions, on real text and on the cases where Unicode word breaking and the pipeline's tokenizer disagree.
/// </summary>
public sealed class TokenTermsTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());
    private static readonly TarikhArabicAnalyzer Analyzer = new();

    private static List<(string, int)> FromTokens(AnalyzedDocument doc, IReadOnlySet<string> names)
    {
        var terms = new List<(string, int)>();
        Analyzer.TokenTerms(doc.Source.Text, doc.Tokens.AsSpan(), names, (t, p) => terms.Add((t, p)));
        return terms;
    }

    private static List<(string, int)> FromLucene(string text, IReadOnlySet<string> names)
    {
        var terms = new List<(string, int)>();
        using var ts = Analyzer.CreateTokenStream(text, names);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var increment = ts.AddAttribute<IPositionIncrementAttribute>();
        ts.Reset();
        var position = 0;
        while (ts.IncrementToken())
        {
            position += Math.Max(1, increment.PositionIncrement);
            terms.Add((term.ToString(), position));
        }

        ts.End();
        return terms;
    }

    private static void AssertSame(string text, IReadOnlySet<string>? names = null)
    {
        names ??= new HashSet<string>();
        var doc = Foundation.Run(new SourceText(text));
        var expected = FromLucene(text, names);
        var actual = FromTokens(doc, names);
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0 && expected.Count == actual.Count,
            first < 0 ? $"{expected.Count} terms from Lucene, {actual.Count} from the tokens"
                : $"term {first}: Lucene {expected[first]}, tokens {actual[first]} in «{text}»");
    }

    public static TheoryData<string> RealTexts()
    {
        var data = new TheoryData<string> { SharedData.Shared("corpus", "lenin-web-article.ar.txt") };
        foreach (var file in Directory.GetFiles(SharedData.Repo("data", "texts"), "*.ar.txt").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealTexts))]
    public void Real_texts_give_the_same_terms_and_positions(string path) =>
        AssertSame(File.ReadAllText(path));

    [Fact]
    public void The_ANERcorp_test_split_gives_the_same_terms_and_positions()
    {
        var sentences = AnercorpSentences();
        Assert.True(sentences.Count > 500);
        foreach (var chunk in sentences.Chunk(20))
        {
            AssertSame(string.Join(' ', chunk));
        }
    }

    [Theory]
    [InlineData("زار الوفد U.S. وعاد في 3.5 ساعة سنة 3,000 قبل الميلاد.")]
    [InlineData("ولد سنة و1918 في القاهرة_الجديدة ثم _سافر")]
    [InlineData("قال المتحدث: \"إن الحكومة\" (الجديدة) ستجتمع غداً... في عمان!")]
    [InlineData("وصل الوفد 🙂 إلى بيروت ✓ يوم ٥ أيار ١٩٢٠م، وغادرها.")]
    [InlineData("كتب في مدونته\u200Fالجديدة عن Москва و東京 سنة 1920")]
    [InlineData("حكم السلطان عثمان الثاني الدولة العثمانية حتى قتله الإنكشارية سنة 1622.")]
    [InlineData("في من إلى على عن هذا هذه ذلك والتي الذي")]
    public void Word_breaking_edge_cases_give_the_same_terms_and_positions(string text) => AssertSame(text);

    [Fact]
    public void A_documents_own_names_stay_whole_as_in_Lucene() =>
        AssertSame("وُلد جوزيف ستالين في غوري، وفي اليوم التالي سافر إلى تالين.", NameWords.Of(["جوزيف ستالين", "تالين"]));

    [Fact]
    public void A_workers_search_row_is_the_row_rebuilt_from_the_stored_JSON_on_real_news_text()
    {
        // What a worker writes (terms from the tokens, prepared beside the analysis) and what SyncAsync or a repair
        // writes for the same document (the Lucene chain on the stored text and JSON) are the same row.
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var search = new PostgresSearchIndex(Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1"));
        var sentences = AnercorpSentences();
        foreach (var chunk in sentences.Chunk(4).Take(60))
        {
            var doc = pipeline.Run(new SourceText(string.Join(' ', chunk)), null, new NodaTime.LocalDate(2007, 1, 1));
            var stored = new StoredDocument(1, doc.Source.Sha256, null, DateTimeOffset.UnixEpoch, doc.Source.Text, DocumentRows.AnalysisJson(doc));
            var fromTokens = search.Row(IndexedDocument.From(1, doc));
            var fromJson = search.Row(IndexedDocument.From(stored));
            Assert.Equal(fromJson.Body, fromTokens.Body);
            Assert.Equal(fromJson.Names, fromTokens.Names);
            Assert.Equal(fromJson.Person, fromTokens.Person);
            Assert.Equal(fromJson.Place, fromTokens.Place);
            Assert.Equal(fromJson.Persons, fromTokens.Persons);
            Assert.Equal(fromJson.Places, fromTokens.Places);
            Assert.Equal(fromJson.Types, fromTokens.Types);
            Assert.Equal(fromJson.Flags, fromTokens.Flags);
            Assert.Equal(fromJson.Spans, fromTokens.Spans);
        }
    }

    [Fact]
    public void Name_vectors_analyzed_once_per_name_are_the_vectors_of_one_Lucene_run_per_field_on_real_news_text()
    {
        // A row analyzes each name once and reuses its terms in the names, person and place vectors; the vectors must be
        // those of the Lucene chain run over each field's values (one position between two values), as before.
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var search = new PostgresSearchIndex(Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1"));
        var checkedNames = 0;
        foreach (var chunk in AnercorpSentences().Chunk(4).Take(60))
        {
            var indexed = IndexedDocument.From(1, pipeline.Run(new SourceText(string.Join(' ', chunk)), null, new NodaTime.LocalDate(2007, 1, 1)));
            var row = search.Row(indexed);
            Assert.Equal(FieldLiteral([.. indexed.Persons, .. indexed.Places, .. indexed.OtherNames, .. indexed.EventTypes]), Lexemes(row.Names));
            Assert.Equal(FieldLiteral(indexed.Persons), Lexemes(row.Person));
            Assert.Equal(FieldLiteral(indexed.Places), Lexemes(row.Place));
            checkedNames += indexed.Persons.Length + indexed.Places.Length;
        }

        Assert.True(checkedNames > 100, $"only {checkedNames} person and place names in the sample");
    }

    /// <summary>The old way: one Lucene run per value, positions continuing across values with a gap of one.</summary>
    private static SortedDictionary<string, string> FieldLiteral(IEnumerable<string> values)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var next = 0;
        foreach (var value in values)
        {
            using var ts = Analyzer.GetTokenStream("names", new StringReader(value));
            var term = ts.AddAttribute<ICharTermAttribute>();
            var increment = ts.AddAttribute<IPositionIncrementAttribute>();
            ts.Reset();
            while (ts.IncrementToken())
            {
                next += Math.Max(1, increment.PositionIncrement);
                if (!positions.TryGetValue(term.ToString(), out var list))
                {
                    positions[term.ToString()] = list = [];
                }

                if (list.Count < 256 && (list.Count == 0 || list[^1] != next))
                {
                    list.Add(next);
                }
            }

            ts.End();
            next++;
        }

        return new SortedDictionary<string, string>(positions.ToDictionary(p => PostgresSearchIndex.Lexeme(p.Key), p => string.Join(',', p.Value)), StringComparer.Ordinal);
    }

    /// <summary>A tsvector literal as lexeme → positions (its lexemes' order does not matter to PostgreSQL).</summary>
    private static SortedDictionary<string, string> Lexemes(string literal)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < literal.Length)
        {
            // 'lexeme':p,p,p — a quote inside a lexeme is doubled.
            var end = i + 1;
            while (!(literal[end] == '\'' && (end + 1 == literal.Length || literal[end + 1] != '\'')))
            {
                end += literal[end] == '\'' ? 2 : literal[end] == '\\' ? 2 : 1;
            }

            var lexeme = literal[i..(end + 1)];
            var space = literal.IndexOf(' ', end);
            var positions = literal[(end + 2)..(space < 0 ? literal.Length : space)];
            result[lexeme] = positions;
            i = space < 0 ? literal.Length : space + 1;
        }

        return result;
    }

    [Fact]
    public void Quotes_in_a_lexeme_are_doubled_in_the_tsvector_literal()
    {
        var search = new PostgresSearchIndex(Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1"));
        var doc = Foundation.Run(new SourceText("قابل O'Brien الوزير"));
        var body = search.Row(IndexedDocument.From(1, doc)).Body;
        Assert.Contains("'o''brien':2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("'o'brien'", body, StringComparison.Ordinal);
    }

    private static List<string> AnercorpSentences()
    {
        // The project's own CoNLL reader: each sentence's words, joined by spaces.
        var sentences = ConllCorpus.ParseWords(File.ReadAllText(SharedData.Shared("data", "ner", "anercorp-camel", "test.txt")))
            .Select(words => string.Join(' ', words)).ToList();
        return sentences;
    }

    [Fact]
    public void The_terms_differ_from_the_text_when_the_tokens_are_of_another_text()
    {
        // Not a test that cannot fail: tokens of one text, read against another, do not give its terms.
        var doc = Foundation.Run(new SourceText("سافر الطبيب إلى بيروت"));
        var other = "وصل الرحالة إلى دمشق";
        var terms = new List<(string, int)>();
        Analyzer.TokenTerms(other, doc.Tokens.AsSpan(), new HashSet<string>(), (t, p) => terms.Add((t, p)));
        Assert.NotEqual(FromLucene(other, new HashSet<string>()), terms);
    }
}
