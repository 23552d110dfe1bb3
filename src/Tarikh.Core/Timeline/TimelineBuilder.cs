using System.Collections.Immutable;
using Tarikh.Core.Events;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline;

/// <summary>
/// Orders events in time: dated events by their Gregorian interval (start, then end, then text order);
/// an undated event right after the last event the text told before it (narrative order), marked
/// <see cref="TimelinePlacements.Narrative"/>. Ranges, approximate and narrative-anchored dates are
/// uncertain. Repeats (<see cref="EventMention.DuplicateOf"/>) are left out. Pure and thread-safe.
/// </summary>
public sealed class TimelineBuilder
{
    /// <summary>Creates a builder.</summary>
    public TimelineBuilder(TimelineOptions? options = null) => Options = options ?? TimelineOptions.Default;

    /// <summary>The default builder.</summary>
    public static TimelineBuilder Default { get; } = new();

    /// <summary>The options in force.</summary>
    public TimelineOptions Options { get; }

    /// <summary>Builds the timeline of a document with events.</summary>
    public ImmutableArray<TimelineEntry> Build(AnalyzedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var events = doc.Events;
        var keys = new List<(TimelineEntry Entry, long Start, long End, int Group, int TextOrder)>();
        var lastDated = -1;
        long lastStart = long.MinValue, lastEnd = long.MinValue;
        var sub = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if ((e.DuplicateOf is not null && !Options.IncludeDuplicates) || e.Confidence < Options.MinConfidence)
            {
                continue;
            }

            var sentence = e.Sentence >= 0 && e.Sentence < doc.Sentences.Length ? doc.Sentences[e.Sentence].Span : e.Trigger;
            if (e.Date is { } g)
            {
                var uncertain = e.Uncertain || g.Days > Options.UncertainDays;
                var entry = new TimelineEntry(i, g, uncertain, e.Evidence.IsDefaultOrEmpty ? [e.Trigger] : e.Evidence) { Sentence = sentence };
                long s = Key(g.Start), en = Key(g.End);
                keys.Add((entry, s, en, 0, i));
                lastDated = i;
                lastStart = s;
                lastEnd = en;
                sub = 0;
            }
            else if (Options.IncludeUndated)
            {
                var entry = new TimelineEntry(i, null, true, e.Evidence.IsDefaultOrEmpty ? [e.Trigger] : e.Evidence)
                {
                    Placement = TimelinePlacements.Narrative,
                    After = lastDated >= 0 ? lastDated : null,
                    Sentence = sentence,
                };
                keys.Add((entry, lastStart, lastEnd, 1 + sub++, lastDated >= 0 ? lastDated : -1));
            }
        }

        // Dated entries by date; each narrative entry stays right after the dated entry it follows.
        var dated = keys.Where(k => k.Group == 0)
            .OrderBy(k => k.Start).ThenBy(k => k.End).ThenBy(k => k.TextOrder)
            .ToList();
        var followers = keys.Where(k => k.Group > 0).GroupBy(k => k.TextOrder).ToDictionary(g => g.Key, g => g.OrderBy(k => k.Group).Select(k => k.Entry).ToList());
        var result = ImmutableArray.CreateBuilder<TimelineEntry>(keys.Count);
        if (followers.TryGetValue(-1, out var head))
        {
            result.AddRange(head);
        }

        foreach (var d in dated)
        {
            result.Add(d.Entry);
            if (followers.TryGetValue(d.Entry.Event, out var f))
            {
                result.AddRange(f);
            }
        }

        return result.ToImmutable();
    }

    private static long Key(NodaTime.LocalDate d) => (d.Year * 10000L) + (d.Month * 100L) + d.Day;
}
