using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline;

/// <summary>How an entry was placed on the timeline.</summary>
public static class TimelinePlacements
{
    /// <summary>By its own date.</summary>
    public const string Dated = "dated";

    /// <summary>Undated: placed after the dated event the text tells before it (narrative order).</summary>
    public const string Narrative = "narrative";
}

/// <summary>An entry of the timeline: one event placed in time.</summary>
/// <param name="Event">Index into <see cref="AnalyzedDocument.Events"/>.</param>
/// <param name="Date">Its Gregorian interval, or null when undated (placed by narrative order).</param>
/// <param name="Uncertain">True when the date is approximate, underspecified or anchored unreliably.</param>
/// <param name="Evidence">Spans supporting the entry (trigger, time, place, participants).</param>
public sealed record TimelineEntry(int Event, GregorianInterval? Date, bool Uncertain, ImmutableArray<TextSpan> Evidence)
{
    /// <summary><see cref="TimelinePlacements.Dated"/> or <see cref="TimelinePlacements.Narrative"/>.</summary>
    public string Placement { get; init; } = TimelinePlacements.Dated;

    /// <summary>For a narrative entry: the event index it follows in the text, or null when it comes before any dated event.</summary>
    public int? After { get; init; }

    /// <summary>The sentence span the event is told in (context for readers).</summary>
    public TextSpan Sentence { get; init; }
}
