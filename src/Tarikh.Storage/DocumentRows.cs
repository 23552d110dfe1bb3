using System.Collections.Immutable;
using Tarikh.Core.Output;
using Tarikh.Core.Text;

namespace Tarikh.Storage;

/// <summary>
/// The rows a document contributes to the queryable tables: only what a query reads (schema migration 3). The analysis
/// JSON is the record of every layer; the rows are the document's events (date, type, trigger, place, participants)
/// and the clusters those events name as their place or a participant (name and aliases), which is what
/// <see cref="IDocumentStore.QueryEventsAsync"/> filters and returns. Absent layers give no rows. Pure: no I/O.
/// </summary>
public sealed record DocumentRows(
    ImmutableArray<DocumentRows.ClusterRow> Clusters,
    ImmutableArray<DocumentRows.EventRow> Events)
{
    /// <summary>A cluster an event names, with its aliases.</summary>
    public sealed record ClusterRow(int Id, string Name, ImmutableArray<string> Aliases);

    /// <summary>An event row with its participants.</summary>
    public sealed record EventRow(int Index, string Type, int TriggerStart, int TriggerEnd, string TriggerText, string? DateStart, string? DateEnd, long? StartDay, long? EndDay, int? Place, ImmutableArray<(string Role, int Cluster)> Participants);

    /// <summary>Extracts the rows of a document.</summary>
    public static DocumentRows From(AnalyzedDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var events = d.Events.Select((e, i) => new EventRow(
            i, e.Type, e.Trigger.Start, e.Trigger.End, e.TriggerText,
            e.Date is { } g ? GregorianInterval.Format(g.Start) : null,
            e.Date is { } g2 ? GregorianInterval.Format(g2.End) : null,
            e.Date is { } g3 ? DayNumber.Of(g3.Start) : null,
            e.Date is { } g4 ? DayNumber.Of(g4.End) : null,
            e.Place,
            e.Participants.IsDefault ? [] : e.Participants.Select(p => (p.Role, p.Cluster)).ToImmutableArray())).ToImmutableArray();
        var named = new HashSet<int>();
        foreach (var e in events)
        {
            if (e.Place is { } place)
            {
                named.Add(place);
            }

            foreach (var (_, cluster) in e.Participants)
            {
                named.Add(cluster);
            }
        }

        var clusters = named.Count == 0 ? [] : d.Clusters.Where(c => named.Contains(c.Id)).Select(c => new ClusterRow(
            c.Id, c.Name,
            c.Aliases.IsDefault ? [] : c.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != c.Name).Distinct(StringComparer.Ordinal).ToImmutableArray())).ToImmutableArray();
        return new DocumentRows(clusters, events);
    }

    /// <summary>
    /// The analysis JSON stored with a document: tarikh/1 without the text and without the sentences' texts (the text is
    /// stored in its own column; <see cref="StoredAnalysis.WithSentenceTexts"/> puts the sentences' texts back).
    /// </summary>
    public static string AnalysisJson(AnalyzedDocument d) => DocumentJsonWriter.ToJson(d, new JsonOutputOptions(IncludeText: false, SentenceText: false));
}
