namespace Tarikh.Core.Claims;

/// <summary>
/// Per-document lookups built on first use, so that a question asked once per trigger or per claim reads the few candidates
/// that can answer it instead of every mention of the document (issue #18: no stage grows faster than its input).
/// </summary>
public sealed partial class DocumentIndex
{
    private Dictionary<string, (int Token, int Cluster)[]>? _personsByWordBefore;
    private int[][]? _eventsBySentence;
    private int[]? _eventsByTriggerStart;
    private int[]? _personKeys;
    private Dictionary<int, int[]>? _sentencesByPersonKey;
    private (int[] Order, int[] Sentence)? _timexesBySentenceAt;
    private sbyte[]? _personGender;

    /// <summary>
    /// Work counted by the lookups and scans of this index (binary searches for a span's token, candidates visited): a
    /// per-document count for the growth tests, never read by the analysis.
    /// </summary>
    internal long Probes;

    /// <summary>
    /// The person mentions of the document grouped by the normalized word right before them (a title: "الشيخ محمد عبده"):
    /// for each, the token of that word and the mention's cluster, in document order. Mentions at the document's first token
    /// have no word before them and are not listed.
    /// </summary>
    private (int Token, int Cluster)[] PersonsAfterWord(string norm)
    {
        var lookup = _personsByWordBefore;
        if (lookup is null)
        {
            var lists = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            for (var m = 0; m < Document.Entities.Length; m++)
            {
                var e = Document.Entities[m];
                if (e.Label != Entities.EntityLabels.Person)
                {
                    continue;
                }

                var f = FirstTokenOf(e.Span);
                if (f == 0)
                {
                    continue;
                }

                var word = Tokens[f - 1].Norm;
                if (!lists.TryGetValue(word, out var list))
                {
                    lists[word] = list = [];
                }

                list.Add((f - 1, e.Cluster));
            }

            lookup = new Dictionary<string, (int, int)[]>(lists.Count, StringComparer.Ordinal);
            foreach (var (word, list) in lists)
            {
                lookup[word] = [.. list];
            }

            _personsByWordBefore = lookup;
        }

        return lookup.TryGetValue(norm, out var found) ? found : [];
    }

    /// <summary>The events whose <see cref="Events.EventMention.Sentence"/> is <paramref name="sentence"/>, in event order.</summary>
    internal int[] EventsInSentence(int sentence)
    {
        var lookup = _eventsBySentence;
        if (lookup is null)
        {
            var events = Document.Events;
            var counts = new int[Document.Sentences.Length + 1];
            foreach (var e in events)
            {
                if (e.Sentence >= 0 && e.Sentence < Document.Sentences.Length)
                {
                    counts[e.Sentence]++;
                }
            }

            lookup = new int[Document.Sentences.Length][];
            for (var s = 0; s < lookup.Length; s++)
            {
                lookup[s] = counts[s] == 0 ? [] : new int[counts[s]];
                counts[s] = 0;
            }

            for (var i = 0; i < events.Length; i++)
            {
                var s = events[i].Sentence;
                if (s >= 0 && s < lookup.Length)
                {
                    lookup[s][counts[s]++] = i;
                }
            }

            _eventsBySentence = lookup;
        }

        return sentence >= 0 && sentence < lookup.Length ? lookup[sentence] : [];
    }

    /// <summary>
    /// The events whose trigger starts at or after <paramref name="from"/> and at or before <paramref name="to"/>, in the order of
    /// their trigger's start (events of one start in event order).
    /// </summary>
    internal ReadOnlySpan<int> EventsWithTriggerStartIn(int from, int to)
    {
        var sorted = _eventsByTriggerStart;
        if (sorted is null)
        {
            var events = Document.Events;
            sorted = new int[events.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = i;
            }

            Array.Sort(sorted, (a, b) => events[a].Trigger.Start != events[b].Trigger.Start ? events[a].Trigger.Start.CompareTo(events[b].Trigger.Start) : a.CompareTo(b));
            _eventsByTriggerStart = sorted;
        }

        var lo = LowerBound(sorted, from);
        var hi = LowerBound(sorted, to + 1);
        Probes += 2;
        return sorted.AsSpan(lo, Math.Max(0, hi - lo));

        int LowerBound(int[] order, int position)
        {
            int l = 0, h = order.Length;
            while (l < h)
            {
                var mid = (l + h) >>> 1;
                if (Document.Events[order[mid]].Trigger.Start < position)
                {
                    l = mid + 1;
                }
                else
                {
                    h = mid;
                }
            }

            return l;
        }
    }

    /// <summary>
    /// The person keys (<see cref="PersonKey"/>) of the document's person mentions: none, one, or the first two found
    /// (enough to answer "does the document name one person only?").
    /// </summary>
    internal ReadOnlySpan<int> PersonKeysUpToTwo()
    {
        var keys = _personKeys;
        if (keys is null)
        {
            var found = new List<int>(2);
            foreach (var m in Document.Entities)
            {
                if (m.Label == Entities.EntityLabels.Person && (found.Count == 0 || found[0] != PersonKey(m.Cluster)))
                {
                    found.Add(PersonKey(m.Cluster));
                    if (found.Count == 2)
                    {
                        break;
                    }
                }
            }

            _personKeys = keys = [.. found];
        }

        return keys;
    }

    /// <summary>
    /// True when a mention whose <see cref="PersonKey"/> is <paramref name="personKey"/> has its first token in a sentence from
    /// <paramref name="from"/> to <paramref name="to"/> (both included): a binary search in the sorted sentences of that key's mentions.
    /// </summary>
    internal bool KeyNamedInSentences(int personKey, int from, int to)
    {
        var lookup = _sentencesByPersonKey;
        if (lookup is null)
        {
            var lists = new Dictionary<int, List<int>>();
            foreach (var m in Document.Entities)
            {
                var t = FirstTokenOf(m.Span);
                if (t >= Tokens.Length)
                {
                    continue;
                }

                var key = PersonKey(m.Cluster);
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(Tokens[t].Sentence);
            }

            lookup = new Dictionary<int, int[]>(lists.Count);
            foreach (var (key, list) in lists)
            {
                var sentences = list.ToArray();
                Array.Sort(sentences);
                lookup[key] = sentences;
            }

            _sentencesByPersonKey = lookup;
        }

        if (!lookup.TryGetValue(personKey, out var sorted))
        {
            return false;
        }

        Probes++;
        var i = Array.BinarySearch(sorted, from);
        i = i < 0 ? ~i : i;
        return i < sorted.Length && sorted[i] <= to;
    }

    /// <summary>
    /// The timexes whose start lies in a sentence from <paramref name="from"/> to <paramref name="to"/> (both included; a timex
    /// outside every sentence counts as sentence -1, as <see cref="Text.AnalyzedDocument.SentenceAt"/> says), ordered by sentence and,
    /// within one sentence, by index: the timexes a reader looking a few sentences around a date would find by walking them all.
    /// </summary>
    internal ReadOnlySpan<int> TimexesStartingInSentences(int from, int to)
    {
        var lookup = _timexesBySentenceAt;
        if (lookup is null)
        {
            var timexes = Document.Timexes;
            var sentence = new int[timexes.Length];
            var order = new int[timexes.Length];
            for (var i = 0; i < timexes.Length; i++)
            {
                sentence[i] = Document.SentenceAt(timexes[i].Span.Start);
                order[i] = i;
            }

            Array.Sort(order, (a, b) => sentence[a] != sentence[b] ? sentence[a].CompareTo(sentence[b]) : a.CompareTo(b));
            var sorted = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                sorted[i] = sentence[order[i]];
            }

            _timexesBySentenceAt = lookup = (order, sorted);
        }

        var (byOrder, sentences) = lookup.Value;
        Probes += 2;
        var lo = LowerBound(sentences, from);
        var hi = to == int.MaxValue ? sentences.Length : LowerBound(sentences, to + 1);
        return byOrder.AsSpan(lo, Math.Max(0, hi - lo));

        static int LowerBound(int[] sorted, int value)
        {
            int l = 0, h = sorted.Length;
            while (l < h)
            {
                var mid = (l + h) >>> 1;
                if (sorted[mid] < value)
                {
                    l = mid + 1;
                }
                else
                {
                    h = mid;
                }
            }

            return l;
        }
    }
}
