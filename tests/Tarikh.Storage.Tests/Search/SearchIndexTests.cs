using Tarikh.Storage.Search;

namespace Tarikh.Storage.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.InMemory();

    public SearchIndexTests()
    {
        _index.Add(IndexedDocument.From(1, Samples.Damascus()));
        _index.Add(IndexedDocument.From(2, Samples.Plain(File.ReadAllText(Samples.TextPath("workbench-president.ar.txt")))));
        _index.Add(IndexedDocument.From(3, Samples.Plain(File.ReadAllText(Samples.TextPath("workbench-rifaa.ar.txt")))));
        _index.Commit();
    }

    private SearchResults Search(SearchRequest r)
    {
        var o = _index.Search(r);
        Assert.True(o.Ok, o.Error?.MessageEn);
        return o.Results!;
    }

    private long[] Ids(SearchRequest r) => [.. Search(r).Hits.Select(h => h.Id).Order()];

    [Theory]
    [InlineData("الرئيس", new long[] { 2 })]
    [InlineData("رئيس", new long[] { 2 })]
    [InlineData("دمشق", new long[] { 1, 2 })]
    [InlineData("القاهرة", new long[] { 3 })]
    [InlineData("باريس مدرسة", new long[] { 3 })]
    [InlineData("باريس دمشق", new long[] { })]
    [InlineData("عبد القادر", new long[] { 1 })]
    public void Words_match_all_their_forms_and_every_word_is_required(string q, long[] expected) =>
        Assert.Equal(expected, Ids(new SearchRequest(q)));

    [Fact]
    public void Entity_aliases_are_searchable() => Assert.Equal([1], Ids(new SearchRequest("الشام")));

    [Theory]
    [InlineData("1860", "1870", new long[] { 1 })]
    [InlineData("1860-07-20", null, new long[] { 1 })]
    [InlineData("1860-08", null, new long[] { })]
    [InlineData(null, "1859", new long[] { })]
    [InlineData("1276h", "1277h", new long[] { 1 })]
    [InlineData("1280h", null, new long[] { })]
    public void Date_filters_keep_documents_with_a_dated_interval_overlapping_the_range(string? from, string? to, long[] expected) =>
        Assert.Equal(expected, Ids(new SearchRequest(From: from, To: to)));

    [Theory]
    [InlineData("فؤاد باشا", null, null, null, new long[] { 1 })]
    [InlineData("عبد القادر", null, null, null, new long[] { 1 })]
    [InlineData("باشا فؤاد", null, null, null, new long[] { })]
    [InlineData(null, "دمشق", null, null, new long[] { 1 })]
    [InlineData(null, null, "travel", null, new long[] { 1 })]
    [InlineData(null, null, "birth", null, new long[] { })]
    [InlineData(null, null, null, "test-rule", new long[] { 1 })]
    public void Facet_filters_select_by_person_place_event_type_and_flag(string? person, string? place, string? type, string? flag, long[] expected) =>
        Assert.Equal(expected, Ids(new SearchRequest(Person: person, Place: place, Type: type, Flag: flag)));

    [Fact]
    public void Snippets_mark_the_matches_in_escaped_text()
    {
        var hit = Assert.Single(Search(new SearchRequest("للرئيس")).Hits);
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>للرئيس</mark>", StringComparison.Ordinal));
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>الرئيس</mark>", StringComparison.Ordinal));
        Assert.DoesNotContain(hit.Snippets, s => s.Contains("<script", StringComparison.Ordinal));
        Assert.Equal("انتخاب الرئيس", hit.Title);
    }

    [Fact]
    public void Facets_count_the_matching_documents()
    {
        var r = Search(new SearchRequest());
        Assert.Equal(3, r.Total);
        Assert.Contains(new FacetValue("دمشق", 1), r.Facets["place"]);
        Assert.Contains(new FacetValue("travel", 1), r.Facets["type"]);
        Assert.Contains(new FacetValue("test-rule", 1), r.Facets["flag"]);
    }

    [Fact]
    public void Results_are_paged()
    {
        var p1 = Search(new SearchRequest(PageSize: 2));
        var p2 = Search(new SearchRequest(PageSize: 2, Page: 2));
        Assert.Equal(3, p1.Total);
        Assert.Equal(2, p1.Hits.Length);
        Assert.Single(p2.Hits);
        Assert.Empty(p1.Hits.Select(h => h.Id).Intersect(p2.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Re_adding_a_document_replaces_it()
    {
        _index.Add(IndexedDocument.From(1, Samples.Damascus()));
        _index.Commit();
        Assert.Equal(3, _index.Count);
    }

    [Theory]
    [InlineData("abc", null, 1, "from")]
    [InlineData(null, "1870-13", 1, "to")]
    [InlineData("1870", "1860", 1, "to")]
    [InlineData(null, null, 0, "page")]
    public void Bad_parameters_come_back_as_errors_naming_the_parameter(string? from, string? to, int page, string parameter)
    {
        var o = _index.Search(new SearchRequest(From: from, To: to, Page: page));
        Assert.False(o.Ok);
        Assert.Equal(parameter, o.Error!.Parameter);
        Assert.NotEmpty(o.Error.MessageAr);
        Assert.NotEmpty(o.Error.MessageEn);
    }

    [Fact]
    public void The_index_can_be_rebuilt_from_stored_json()
    {
        var doc = Samples.Damascus();
        var stored = new StoredDocument(9, doc.Source.Sha256, "x.txt", DateTimeOffset.UtcNow, doc.Source.Text, DocumentRows.AnalysisJson(doc));
        var fromJson = IndexedDocument.From(stored);
        var fromDoc = IndexedDocument.From(9, doc, "x.txt");
        Assert.Equal(fromDoc.Persons.ToArray(), fromJson.Persons.ToArray());
        Assert.Equal(fromDoc.Places.ToArray(), fromJson.Places.ToArray());
        Assert.Equal(fromDoc.EventTypes.ToArray(), fromJson.EventTypes.ToArray());
        Assert.Equal(fromDoc.FlagRules.ToArray(), fromJson.FlagRules.ToArray());
        Assert.Equal(fromDoc.Intervals.ToArray(), fromJson.Intervals.ToArray());
    }

    public void Dispose() => _index.Dispose();
}
