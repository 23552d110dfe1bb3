using System.Collections.Immutable;

namespace Tarikh.Storage.Search;

/// <summary>A search as the user gives it (CLI options, query string). All filters optional.</summary>
/// <param name="Text">Free text, matched (all words) in the text and entity names.</param>
/// <param name="From">Lower date bound: <c>1860</c>, <c>1860-05-03</c>, <c>1276h</c>.</param>
/// <param name="To">Upper date bound.</param>
/// <param name="Person">A person's name (or alias) that must occur among the document's entities.</param>
/// <param name="Place">A place's name (or alias).</param>
/// <param name="Type">An event type (<c>birth</c>, <c>exile</c>…).</param>
/// <param name="Flag">A flag rule (<c>calendar-equivalence</c>…).</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Hits per page (1..100).</param>
public sealed record SearchRequest(
    string? Text = null,
    string? From = null,
    string? To = null,
    string? Person = null,
    string? Place = null,
    string? Type = null,
    string? Flag = null,
    int Page = 1,
    int PageSize = 10);

/// <summary>A search hit.</summary>
/// <param name="Id">Document id in the store.</param>
/// <param name="Score">Relevance score.</param>
/// <param name="Title">First line of the text.</param>
/// <param name="SourcePath">Where it came from.</param>
/// <param name="Snippets">Highlighted fragments (HTML-escaped text with <c>&lt;mark&gt;</c> around matches).</param>
/// <param name="Persons">Person names of the document.</param>
/// <param name="Places">Place names.</param>
/// <param name="EventTypes">Event types.</param>
/// <param name="Flags">Flag rules.</param>
public sealed record SearchHit(long Id, float Score, string Title, string? SourcePath, ImmutableArray<string> Snippets, ImmutableArray<string> Persons, ImmutableArray<string> Places, ImmutableArray<string> EventTypes, ImmutableArray<string> Flags);

/// <summary>A facet value and how many matching documents carry it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>One page of results.</summary>
/// <param name="Total">Number of matching documents.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="Facets">Facet counts over the best matching documents (<c>person</c>, <c>place</c>, <c>type</c>, <c>flag</c>).</param>
/// <param name="From">The Gregorian lower bound used, ISO, or null.</param>
/// <param name="To">The Gregorian upper bound used, ISO, or null.</param>
public sealed record SearchResults(int Total, int Page, int PageSize, ImmutableArray<SearchHit> Hits, ImmutableSortedDictionary<string, ImmutableArray<FacetValue>> Facets, string? From, string? To);

/// <summary>A search that could not run: which parameter, a reason code and messages in Arabic and English.</summary>
public sealed record SearchError(string Parameter, string Reason, string MessageAr, string MessageEn);

/// <summary>Results or an error (expected failures are values).</summary>
public sealed record SearchOutcome(SearchResults? Results, SearchError? Error)
{
    /// <summary>True when the search ran.</summary>
    public bool Ok => Results is not null;
}
