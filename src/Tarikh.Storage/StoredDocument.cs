using System.Collections.Immutable;

namespace Tarikh.Storage;

/// <summary>Where a document came from, recorded with it.</summary>
/// <param name="SourcePath">File path, URL or batch id, or null.</param>
/// <param name="IngestedAt">When it was ingested (UTC); null means now.</param>
public sealed record DocumentMetadata(string? SourcePath = null, DateTimeOffset? IngestedAt = null);

/// <summary>The outcome of saving a document.</summary>
/// <param name="Id">The database id of the document (new or already stored).</param>
/// <param name="Sha256">Hex SHA-256 of the UTF-8 text.</param>
/// <param name="Created">False when a document with the same text was already stored (nothing was written).</param>
public sealed record IngestResult(long Id, string Sha256, bool Created);

/// <summary>A stored document: its original text and its tarikh/1 analysis.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Sha256">Hex SHA-256 of the UTF-8 text (unique).</param>
/// <param name="SourcePath">File path, URL or batch id, or null.</param>
/// <param name="IngestedAt">When it was ingested (UTC).</param>
/// <param name="Text">The original text every span points into.</param>
/// <param name="AnalysisJson">The tarikh/1 JSON of the analysis (without the text).</param>
public sealed record StoredDocument(long Id, string Sha256, string? SourcePath, DateTimeOffset IngestedAt, string Text, string AnalysisJson);

/// <summary>Row counts of the store's tables (schema 3: timexes and flags are in the analysis JSON only; the clusters are those an event names).</summary>
public sealed record StoreStatistics(long Documents, long Clusters, long Aliases, long Events, long Participants);

/// <summary>A query over the stored events. Every filter is optional; all given filters must hold.</summary>
/// <param name="From">Events whose date overlaps [From, To] (inclusive ISO dates); null = unbounded.</param>
/// <param name="To">Upper bound, inclusive.</param>
/// <param name="Type">Event type (<c>birth</c>, <c>death</c>…).</param>
/// <param name="Place">Substring of the place's cluster name (normalized match is the search index's job).</param>
/// <param name="Participant">Substring of a participant's cluster name.</param>
/// <param name="Limit">Maximum rows.</param>
public sealed record EventQuery(
    NodaTime.LocalDate? From = null,
    NodaTime.LocalDate? To = null,
    string? Type = null,
    string? Place = null,
    string? Participant = null,
    int Limit = 100);

/// <summary>An event row with its document, date, place and participants' names.</summary>
public sealed record StoredEvent(
    long DocumentId,
    int Index,
    string Type,
    string TriggerText,
    int TriggerStart,
    int TriggerEnd,
    string? DateStart,
    string? DateEnd,
    string? Place,
    ImmutableArray<string> Participants);
