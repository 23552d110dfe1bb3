namespace Tarikh.Core.Timeline;

/// <summary>Options of the timeline builder.</summary>
/// <param name="IncludeUndated">Place undated events by narrative order (else leave them out).</param>
/// <param name="IncludeDuplicates">Keep events that repeat an earlier one.</param>
/// <param name="UncertainDays">A date wider than this many days (a year, a range) counts as uncertain.</param>
/// <param name="MinConfidence">Events below this confidence are left out.</param>
public sealed record TimelineOptions(bool IncludeUndated = true, bool IncludeDuplicates = false, int UncertainDays = 366, double MinConfidence = 0.0)
{
    /// <summary>The defaults.</summary>
    public static TimelineOptions Default { get; } = new();
}
