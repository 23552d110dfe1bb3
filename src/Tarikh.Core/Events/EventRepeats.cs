using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>
/// Marks repeated events (<see cref="EventMention.DuplicateOf"/>): the second report of a birth or death of the
/// same person; the same event twice in one sentence; a heading's event repeated in its section; the same
/// dated singular event of the same person. Each event becomes the duplicate of the first event (in order)
/// it repeats, among the events not already marked.
/// <para>
/// Every rule needs the same type and the same main participant, so events are bucketed by that pair, and
/// inside a bucket by sentence, by the heading their sentence falls under and by date: each event looks only
/// at the events that can repeat it (a linear pass plus the sizes of its sentence's and section's buckets),
/// never at every other event of the document.
/// </para>
/// </summary>
internal static class EventRepeats
{
    private readonly record struct Key(string Type, int? Main);

    private readonly record struct DateKey(string Type, int? Main, GregorianInterval Date);

    private readonly record struct PlaceKey(string Type, int? Main, int Where);

    /// <summary>Marks the repeats in place; returns the number of candidate pairs examined (for growth tests).</summary>
    /// <param name="doc">The document (sentence kinds and headings).</param>
    /// <param name="result">Events ordered by trigger.</param>
    /// <param name="onceTypes">Types a person has once (birth, death).</param>
    /// <param name="singularTypes">Types that happen once on a given day.</param>
    public static long Mark(AnalyzedDocument doc, ImmutableArray<EventMention>.Builder result, FrozenSet<string> onceTypes, FrozenSet<string> singularTypes)
    {
        var n = result.Count;
        long examined = 0;

        // Events by (type, main), in order (all of them), and the earlier ones not marked, in order.
        var all = new Dictionary<Key, List<int>>();
        var bySentence = new Dictionary<PlaceKey, List<int>>();
        var byHeading = new Dictionary<PlaceKey, List<int>>();
        for (var i = 0; i < n; i++)
        {
            var e = result[i];
            var k = new Key(e.Type, e.MainParticipant);
            Add(all, k, i);
            Add(bySentence, new PlaceKey(e.Type, e.MainParticipant, e.Sentence), i);
            var heading = doc.Sentences[e.Sentence].Heading;
            if (heading >= 0)
            {
                Add(byHeading, new PlaceKey(e.Type, e.MainParticipant, heading), i);
            }
        }

        var earlierAlive = new Dictionary<Key, List<int>>();
        var earlierAliveDated = new Dictionary<Key, List<int>>();
        var earlierByDate = new Dictionary<DateKey, List<int>>(); // earlier, not marked, date not from narrative
        var position = new Dictionary<Key, int>(); // how far each bucket of `all` has been passed

        for (var i = 0; i < n; i++)
        {
            var e = result[i];
            var key = new Key(e.Type, e.MainParticipant);
            var bucket = all[key];
            var at = position.GetValueOrDefault(key);
            while (bucket[at] < i)
            {
                at++;
            }

            position[key] = at; // bucket[at] == i; later events of the bucket follow it
            var best = int.MaxValue;

            // A person is born and dies once.
            if (onceTypes.Contains(e.Type) && e.MainParticipant is not null)
            {
                if (e.Date is null)
                {
                    if (earlierAlive.TryGetValue(key, out var earlier) && earlier.Count > 0)
                    {
                        best = Math.Min(best, earlier[0]);
                        examined++;
                    }
                    else
                    {
                        for (var x = at + 1; x < bucket.Count; x++)
                        {
                            examined++;
                            if (result[bucket[x]].Date is not null)
                            {
                                best = Math.Min(best, bucket[x]);
                                break;
                            }
                        }
                    }
                }
                else if (earlierAliveDated.TryGetValue(key, out var dated) && dated.Count > 0)
                {
                    best = Math.Min(best, dated[0]);
                    examined++;
                }
            }

            // The same event twice in one sentence.
            if (bySentence.TryGetValue(new PlaceKey(e.Type, e.MainParticipant, e.Sentence), out var sentence))
            {
                foreach (var j in sentence)
                {
                    if (j >= best)
                    {
                        break;
                    }

                    examined++;
                    if (j != i && Alive(result, j) && SameSentence(result[j], e, j, i))
                    {
                        best = j;
                        break;
                    }
                }
            }

            // A heading's event repeated under it.
            if (doc.Sentences[e.Sentence].Kind == SentenceKind.Heading
                && byHeading.TryGetValue(new PlaceKey(e.Type, e.MainParticipant, e.Sentence), out var section))
            {
                foreach (var j in section)
                {
                    if (j >= best)
                    {
                        break;
                    }

                    examined++;
                    var o = result[j];
                    if (j != i && Alive(result, j) && DatesCompatible(o.Date, e.Date) && (e.Date is null || o.Date is not null))
                    {
                        best = j;
                        break;
                    }
                }
            }

            // The same dated singular event of the same person.
            if (e.Date is { } ed && e.MainParticipant is not null && (ed.Start == ed.End || singularTypes.Contains(e.Type))
                && e.DateSource != EventDateSources.Narrative
                && earlierByDate.TryGetValue(new DateKey(e.Type, e.MainParticipant, ed), out var sameDate) && sameDate.Count > 0)
            {
                examined++;
                best = Math.Min(best, sameDate[0]);
            }

            if (best != int.MaxValue)
            {
                result[i] = e with { DuplicateOf = best };
                continue;
            }

            Add(earlierAlive, key, i);
            if (e.Date is { } d)
            {
                Add(earlierAliveDated, key, i);
                if (e.DateSource != EventDateSources.Narrative)
                {
                    Add(earlierByDate, new DateKey(e.Type, e.MainParticipant, d), i);
                }
            }
        }

        return examined;
    }

    private static bool Alive(ImmutableArray<EventMention>.Builder result, int j) => result[j].DuplicateOf is null;

    private static bool SameSentence(EventMention o, EventMention e, int j, int i)
    {
        if (!DatesCompatible(o.Date, e.Date))
        {
            return false;
        }

        var near = Math.Abs(o.Trigger.Start - e.Trigger.Start) <= 30;
        return (near || e.Date is null) && ((j < i && (e.Date is null || o.Date is not null)) || (j > i && e.Date is null && o.Date is not null))
            && o.Subtype == e.Subtype && (o.Place is null || e.Place is null || o.Place == e.Place);
    }

    private static bool DatesCompatible(GregorianInterval? a, GregorianInterval? b)
        => a is null || b is null || a.Value.Overlaps(b.Value);

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
