using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline;

/// <summary>An entry of the timeline: one event placed in time.</summary>
/// <param name="Event">Index into <see cref="AnalyzedDocument.Events"/>.</param>
/// <param name="Date">Its Gregorian interval, or null when undated (placed by narrative order).</param>
/// <param name="Uncertain">True when the date is approximate, underspecified or anchored unreliably.</param>
/// <param name="Evidence">Spans supporting the entry (trigger, time, place, participants).</param>
public sealed record TimelineEntry(int Event, GregorianInterval? Date, bool Uncertain, ImmutableArray<TextSpan> Evidence);
