using System.Collections.Immutable;
using System.Text.Json;
using Tarikh.Core.Output;
using Tarikh.Core.Text;

namespace Tarikh.Storage;

/// <summary>
/// The rows a document contributes to the queryable tables, read from whatever layers the document
/// carries (absent layers give no rows). Pure: no I/O.
/// </summary>
public sealed record DocumentRows(
    ImmutableArray<DocumentRows.TimexRow> Timexes,
    ImmutableArray<DocumentRows.ClusterRow> Clusters,
    ImmutableArray<DocumentRows.EventRow> Events,
    ImmutableArray<DocumentRows.FlagRow> Flags)
{
    /// <summary>A timex row.</summary>
    public sealed record TimexRow(int Index, int Start, int End, string Text, string Type, string? Value, string? Mod, string Calendar, string? GregStart, string? GregEnd, long? StartDay, long? EndDay, bool Valid, string? Reason, double Confidence);

    /// <summary>A cluster row with its aliases.</summary>
    public sealed record ClusterRow(int Id, string Label, string Name, string? Kind, int MentionCount, bool IsSubject, ImmutableArray<string> Aliases);

    /// <summary>An event row with its participants.</summary>
    public sealed record EventRow(int Index, string Type, int TriggerStart, int TriggerEnd, string TriggerText, int? Timex, string? DateStart, string? DateEnd, long? StartDay, long? EndDay, int? Place, int Sentence, double Confidence, ImmutableArray<(string Role, int Cluster)> Participants);

    /// <summary>A flag row.</summary>
    public sealed record FlagRow(int Index, string Rule, string Severity, int? Start, int? End, string MessageAr, string MessageEn, string EvidenceJson);

    /// <summary>Extracts the rows of a document.</summary>
    public static DocumentRows From(AnalyzedDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var timexes = d.Timexes.Select((t, i) => new TimexRow(
            i, t.Span.Start, t.Span.End, t.Text, t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod?.ToString().ToUpperInvariant(),
            t.Calendar.ToString().ToLowerInvariant(),
            t.Gregorian is { } g ? GregorianInterval.Format(g.Start) : null,
            t.Gregorian is { } g2 ? GregorianInterval.Format(g2.End) : null,
            t.Gregorian is { } g3 ? DayNumber.Of(g3.Start) : null,
            t.Gregorian is { } g4 ? DayNumber.Of(g4.End) : null,
            t.Valid, t.Reason, t.Confidence)).ToImmutableArray();
        var clusters = d.Clusters.Select(c => new ClusterRow(
            c.Id, c.Label, c.Name, c.Kind, c.Mentions.IsDefault ? 0 : c.Mentions.Length, d.Subject == c.Id,
            c.Aliases.IsDefault ? [] : c.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != c.Name).Distinct(StringComparer.Ordinal).ToImmutableArray())).ToImmutableArray();
        var events = d.Events.Select((e, i) => new EventRow(
            i, e.Type, e.Trigger.Start, e.Trigger.End, e.TriggerText, e.Time,
            e.Date is { } g ? GregorianInterval.Format(g.Start) : null,
            e.Date is { } g2 ? GregorianInterval.Format(g2.End) : null,
            e.Date is { } g3 ? DayNumber.Of(g3.Start) : null,
            e.Date is { } g4 ? DayNumber.Of(g4.End) : null,
            e.Place, e.Sentence, e.Confidence,
            e.Participants.IsDefault ? [] : e.Participants.Select(p => (p.Role, p.Cluster)).ToImmutableArray())).ToImmutableArray();
        var flags = d.Flags.Select((f, i) => new FlagRow(
            i, f.Rule, f.Severity.ToString().ToLowerInvariant(),
            f.Spans.IsDefaultOrEmpty ? null : f.Spans[0].Start,
            f.Spans.IsDefaultOrEmpty ? null : f.Spans[0].End,
            f.MessageAr, f.MessageEn, EvidenceJson(f.Evidence))).ToImmutableArray();
        return new DocumentRows(timexes, clusters, events, flags);
    }

    /// <summary>The analysis JSON stored with a document: tarikh/1 without the text (stored in its own column).</summary>
    public static string AnalysisJson(AnalyzedDocument d) => DocumentJsonWriter.ToJson(d, new JsonOutputOptions(IncludeText: false));

    private static string EvidenceJson(ImmutableSortedDictionary<string, string>? evidence)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            if (evidence is not null)
            {
                foreach (var (k, v) in evidence)
                {
                    w.WriteString(k, v);
                }
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
