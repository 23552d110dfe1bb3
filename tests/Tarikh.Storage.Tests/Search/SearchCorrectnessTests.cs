using System.Collections.Immutable;
using NodaTime;
using Tarikh.Storage.Search;
using Xunit.Abstractions;

namespace Tarikh.Storage.Tests.Search;

/// <summary>A name matches the name, not a common word of the same stem; type and date filters hold for the same event.</summary>
public sealed class SearchCorrectnessTests(ITestOutputHelper output)
{
    private static IndexedDocument Doc(long id, string text, string[]? persons = null, string[]? places = null, (string Type, int Year)[]? events = null) =>
        new(id, null, text, [.. persons ?? []], [.. places ?? []], [], [.. (events ?? []).Select(e => e.Type).Distinct()], [],
            [.. (events ?? []).Select(e => (new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)))])
        {
            EventDates = [.. (events ?? []).Select(e => (e.Type, new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)))],
        };

    // A small corpus where names share stems with common words (ستالين/التالي، حسين/حسن، عثمان/العثمانية…).
    private static readonly IndexedDocument[] Corpus =
    [
        Doc(1, "وُلد جوزيف ستالين في غوري سنة 1878، وتوفي في موسكو سنة 1953.", ["جوزيف ستالين"], ["غوري", "موسكو"], [("birth", 1878), ("death", 1953)]),
        Doc(2, "وفي اليوم التالي سافر الطبيب إلى بيروت، وبالتالي تأخر عن موعده سنة 1920.", [], ["بيروت"], [("travel", 1920)]),
        Doc(3, "توفي فلاديمير لينين سنة 1924. وفي سنة 1958 أُسس متحف باسمه في موسكو.", ["فلاديمير لينين"], ["موسكو"], [("death", 1924), ("founding", 1958)]),
        Doc(4, "كان الرجل حسن الخلق، وأحسن إلى جيرانه طوال حياته في القرية.", [], [], []),
        Doc(5, "قُتل الحسين بن علي في كربلاء سنة 680، وبكاه أهل الكوفة.", ["الحسين بن علي"], ["كربلاء", "الكوفة"], [("death", 680)]),
        Doc(6, "حكم السلطان عثمان الثاني الدولة العثمانية حتى قتله الإنكشارية سنة 1622.", ["عثمان الثاني"], [], [("death", 1622)]),
        Doc(7, "انتشرت العمارة العثمانية في المدن، وبقيت آثارها في الأسواق القديمة.", [], [], []),
        Doc(8, "وصل الرحالة إلى ياسين ثم إلى تالين عاصمة إستونيا سنة 1935.", [], ["تالين", "إستونيا"], [("travel", 1935)]),
        Doc(9, "عمل خليل الصيداوي طبيباً في صيدا، وتوفي فيها سنة 1958.", ["خليل الصيداوي"], ["صيدا"], [("death", 1958)]),
        Doc(10, "ذكر المؤرخ أن سليمان القانوني أطال حصار فيينا سنة 1529.", ["سليمان القانوني"], ["فيينا"], [("war", 1529)]),
    ];

    // Query → the documents that really contain that name (the relevant set).
    private static readonly (string Query, long[] Relevant)[] NameQueries =
    [
        ("ستالين", [1]), ("لينين", [3]), ("الحسين", [5]), ("حسين", [5]), ("عثمان", [6]), ("تالين", [8]),
        ("سليمان", [10]), ("الصيداوي", [9]), ("موسكو", [1, 3]), ("كربلاء", [5]), ("بيروت", [2]), ("فيينا", [10]),
    ];

    private static SearchIndex Build(SearchIndex index)
    {
        foreach (var d in Corpus)
        {
            index.Add(d);
        }

        index.Commit();
        return index;
    }

    private static long[] Ids(SearchIndex index, SearchRequest r)
    {
        var o = index.Search(r);
        Assert.True(o.Ok, o.Error?.MessageEn);
        return [.. o.Results!.Hits.Select(h => h.Id).Order()];
    }

    private static double Precision(SearchIndex index)
    {
        int hits = 0, relevant = 0;
        foreach (var (q, rel) in NameQueries)
        {
            var ids = Ids(index, new SearchRequest(q));
            hits += ids.Length;
            relevant += ids.Count(rel.Contains);
        }

        return hits == 0 ? 0 : relevant / (double)hits;
    }

    [Theory]
    [InlineData("ستالين", new long[] { 1 })] // not التالي / بالتالي (doc 2)
    [InlineData("التالي", new long[] { 2 })] // and the common word does not find the name
    [InlineData("حسين", new long[] { 5 })] // not حسن / أحسن (doc 4)
    [InlineData("عثمان", new long[] { 6 })] // not العثمانية alone (doc 7)
    [InlineData("تالين", new long[] { 8 })]
    public void A_name_finds_the_name_and_not_a_common_word_of_the_same_stem(string q, long[] expected)
    {
        using var index = Build(SearchIndex.InMemory());
        Assert.Equal(expected, Ids(index, new SearchRequest(q)));
    }

    [Theory]
    [InlineData("وستالين", new long[] { 1 })]
    [InlineData("لستالين", new long[] { 1 })]
    [InlineData("بموسكو", new long[] { 1, 3 })]
    [InlineData("والعثمانية", new long[] { 6, 7 })] // common words still match all their forms
    public void Names_and_words_keep_matching_with_their_proclitics(string q, long[] expected)
    {
        using var index = Build(SearchIndex.InMemory());
        Assert.Equal(expected, Ids(index, new SearchRequest(q)));
    }

    [Fact]
    public void A_name_only_the_entity_layer_knows_is_kept_whole_in_its_document()
    {
        // الصيداوي is in no gazetteer: the document's own person cluster protects it.
        var analyzer = new TarikhArabicAnalyzer();
        Assert.Null(analyzer.NameForm("الصيداوي"));
        using var index = Build(SearchIndex.InMemory());
        Assert.Equal([9], Ids(index, new SearchRequest("الصيداوي")));
    }

    [Fact]
    public void Precision_on_the_name_query_set_is_one_and_was_lower_with_plain_stemming()
    {
        using var protectedIndex = Build(SearchIndex.InMemory());
        using var plainIndex = Build(SearchIndex.InMemory(new TarikhArabicAnalyzer(protectedNames: new HashSet<string>()), documentNames: false));
        var now = Precision(protectedIndex);
        var before = Precision(plainIndex);
        output.WriteLine($"name-query precision: {now:0.000} (plain stemming: {before:0.000}) over {NameQueries.Length} queries");
        Assert.Equal(1.0, now);
        Assert.True(before < now, $"plain stemming scored {before}");
        foreach (var (q, rel) in NameQueries)
        {
            Assert.Equal(rel, Ids(protectedIndex, new SearchRequest(q))); // recall too: every relevant document found
        }
    }

    [Theory]
    [InlineData("death", "1958", "1958", new long[] { 9 })] // not doc 3: its death is 1924, its 1958 event a founding
    [InlineData("death", "1924", "1924", new long[] { 3 })]
    [InlineData("founding", "1958", "1958", new long[] { 3 })]
    [InlineData("death", "1900", null, new long[] { 1, 3, 9 })]
    [InlineData("death", null, "1700", new long[] { 5, 6 })]
    [InlineData("travel", "1950", null, new long[] { })]
    public void Type_and_date_filters_hold_for_the_same_event(string type, string? from, string? to, long[] expected)
    {
        using var index = Build(SearchIndex.InMemory());
        Assert.Equal(expected, Ids(index, new SearchRequest(From: from, To: to, Type: type)));
    }

    [Fact]
    public void A_date_filter_alone_still_keeps_documents_with_any_dated_event_in_range()
    {
        using var index = Build(SearchIndex.InMemory());
        Assert.Equal([3, 9], Ids(index, new SearchRequest(From: "1958", To: "1958")));
    }
}
