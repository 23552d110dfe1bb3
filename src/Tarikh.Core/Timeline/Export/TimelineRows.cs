using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Tarikh.Core.Events;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline.Export;

/// <summary>One timeline entry with everything a reader needs, ready for an exporter.</summary>
/// <param name="Order">Position on the timeline (0-based).</param>
/// <param name="Entry">The timeline entry.</param>
/// <param name="EventIndex">Index of the event in <see cref="AnalyzedDocument.Events"/>.</param>
/// <param name="Event">The event.</param>
/// <param name="DateLabel">The date as written for people (<c>1870-04-10</c>, <c>1887-05</c>, <c>1890–1893</c>), or empty.</param>
/// <param name="TypeArabic">Arabic label of the type.</param>
/// <param name="TypeEnglish">English label of the type.</param>
/// <param name="Main">Name of the main participant, or null.</param>
/// <param name="Participants">All participants as <c>role: name</c>.</param>
/// <param name="Place">Name of the place, or null.</param>
/// <param name="Headline">A short Arabic headline: type, main participant, place.</param>
/// <param name="SentenceText">The sentence the event is told in.</param>
public sealed record TimelineRow(
    int Order,
    TimelineEntry Entry,
    int EventIndex,
    EventMention Event,
    string DateLabel,
    string TypeArabic,
    string TypeEnglish,
    string? Main,
    ImmutableArray<string> Participants,
    string? Place,
    string Headline,
    string SentenceText);

/// <summary>Builds <see cref="TimelineRow"/>s from a document (its timeline, or one built on the fly from its events).</summary>
public static class TimelineRows
{
    /// <summary>The rows of a document's timeline, in timeline order.</summary>
    public static ImmutableArray<TimelineRow> Of(AnalyzedDocument doc, TriggerLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lexicon ??= TriggerLexicon.Default;
        var timeline = doc.Has(Layer.Timeline) || doc.Events.IsDefaultOrEmpty ? doc.Timeline : TimelineBuilder.Default.Build(doc);
        var rows = ImmutableArray.CreateBuilder<TimelineRow>(timeline.Length);
        foreach (var entry in timeline)
        {
            if (entry.Event < 0 || entry.Event >= doc.Events.Length)
            {
                continue;
            }

            var e = doc.Events[entry.Event];
            var main = Name(doc, e.MainParticipant);
            var place = Name(doc, e.Place);
            var participants = e.Participants.Select(p => $"{p.Role}: {Name(doc, p.Cluster)}").ToImmutableArray();
            var typeAr = lexicon.ArabicLabel(e.Type);
            var headline = typeAr + (main is null ? string.Empty : ": " + main) + (place is null ? string.Empty : " — " + place);
            var sentence = e.Sentence >= 0 && e.Sentence < doc.Sentences.Length ? doc.TextOf(doc.Sentences[e.Sentence].Span) : e.TriggerText;
            rows.Add(new TimelineRow(rows.Count, entry, entry.Event, e, entry.Date is { } g ? DateLabel(g) : string.Empty, typeAr, lexicon.EnglishLabel(e.Type), main, participants, place, headline, sentence));
        }

        return rows.ToImmutable();
    }

    /// <summary>The name of a cluster, or null.</summary>
    public static string? Name(AnalyzedDocument doc, int? cluster)
        => cluster is { } c && c >= 0 && c < doc.Clusters.Length ? doc.Clusters[c].Name : null;

    /// <summary>Granularity of an interval: <c>day</c>, <c>month</c>, <c>year</c>, <c>years</c> or <c>days</c> (anything else).</summary>
    public static string Granularity(GregorianInterval g)
    {
        if (g.Start == g.End)
        {
            return "day";
        }

        if (g.Start.Day == 1 && g.End == g.Start.PlusMonths(1).PlusDays(-1))
        {
            return "month";
        }

        if (g.Start.Month == 1 && g.Start.Day == 1 && g.End.Month == 12 && g.End.Day == 31)
        {
            return g.Start.Year == g.End.Year ? "year" : "years";
        }

        if (g.Start.Day == 1 && g.End.PlusDays(1).Day == 1)
        {
            return "months";
        }

        return "days";
    }

    /// <summary>The date as people write it: <c>1870-04-10</c>, <c>1887-05</c>, <c>1905</c>, <c>1890–1893</c>, <c>1893-10–1893-12</c>.</summary>
    public static string DateLabel(GregorianInterval g) => Granularity(g) switch
    {
        "day" => GregorianInterval.Format(g.Start),
        "month" => Month(g.Start),
        "year" => Year(g.Start),
        "years" => Year(g.Start) + "–" + Year(g.End),
        "months" => Month(g.Start) + "–" + Month(g.End),
        _ => GregorianInterval.Format(g.Start) + "–" + GregorianInterval.Format(g.End),
    };

    private static string Year(LocalDate d) => GregorianInterval.Format(d)[..^6];

    private static string Month(LocalDate d) => GregorianInterval.Format(d)[..^3];

    /// <summary>Invariant integer text.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
