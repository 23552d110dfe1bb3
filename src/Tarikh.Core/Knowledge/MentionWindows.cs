using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// One document's entity mentions sorted by start (round 15, issue-18): the person mentions, and each cluster's mentions, as
/// arrays of starts beside the mentions' layer indexes, so that "a mention starting in [lo, hi]" is one binary search and a
/// walk of that window only, not of the whole layer. Every query answers exactly what a walk of the layer in layer order
/// with the same condition answers (the first or last in layer order where the walk took the first or last). Built once per
/// document by <see cref="VerifierDocumentCache"/>; immutable after construction, so safe to read from several threads.
/// </summary>
internal sealed class MentionWindows
{
    private readonly AnalyzedDocument _document;
    private readonly Sorted _persons;
    private readonly Dictionary<int, Sorted> _byCluster;
    private readonly Action<int> _count;

    public MentionWindows(AnalyzedDocument document, Action<int> count)
    {
        _document = document;
        _count = count;
        var persons = new List<int>();
        var clusters = new Dictionary<int, List<int>>();
        var entities = document.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var m = entities[i];
            if (m.Label == EntityLabels.Person)
            {
                persons.Add(i);
            }

            if (!clusters.TryGetValue(m.Cluster, out var list))
            {
                clusters[m.Cluster] = list = [];
            }

            list.Add(i);

            // A window on the start finds a mention by its end only when no span ends before it starts.
            InvertedSpan |= m.Span.End < m.Span.Start;
        }

        _persons = new Sorted(entities, persons);
        _byCluster = clusters.ToDictionary(kv => kv.Key, kv => new Sorted(entities, kv.Value));
    }

    /// <summary>True when some mention ends before it starts (then the end-bounded queries walk the layer as before).</summary>
    public bool InvertedSpan { get; }

    /// <summary>
    /// The layer index of the first person mention with a cluster (<c>Cluster &gt;= 0</c>) that starts exactly at
    /// <paramref name="at"/>, or -1.
    /// </summary>
    public int FirstPersonStartingAt(int at)
    {
        var first = -1;
        var (from, to) = Window(_persons, at, at);
        for (var k = from; k < to; k++)
        {
            var i = _persons.Indexes[k];
            if (_document.Entities[i].Cluster >= 0 && (first < 0 || i < first))
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>True when a person mention starts in [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    public bool AnyPersonStartingIn(int lo, int hi)
    {
        var (from, to) = Window(_persons, lo, hi);
        return to > from;
    }

    /// <summary>The layer indexes of the person mentions that start in [<paramref name="lo"/>, <paramref name="hi"/>], in order of start.</summary>
    public IEnumerable<int> PersonsStartingIn(int lo, int hi)
    {
        var (from, to) = Window(_persons, lo, hi);
        for (var k = from; k < to; k++)
        {
            yield return _persons.Indexes[k];
        }
    }

    /// <summary>True when a mention of <paramref name="cluster"/> starts at or after <paramref name="lo"/> and ends at or before <paramref name="hi"/>.</summary>
    public bool AnyOfClusterWithin(int cluster, int lo, int hi)
    {
        if (!_byCluster.TryGetValue(cluster, out var sorted))
        {
            return false;
        }

        if (InvertedSpan)
        {
            foreach (var i in sorted.Indexes)
            {
                _count(1);
                var m = _document.Entities[i].Span;
                if (m.Start >= lo && m.End <= hi)
                {
                    return true;
                }
            }

            return false;
        }

        // Start <= End <= hi: only mentions starting in [lo, hi] can qualify.
        var (from, to) = Window(sorted, lo, hi);
        for (var k = from; k < to; k++)
        {
            if (_document.Entities[sorted.Indexes[k]].Span.End <= hi)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a mention of <paramref name="cluster"/> starts in [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    public bool AnyOfClusterStartingIn(int cluster, int lo, int hi)
    {
        if (!_byCluster.TryGetValue(cluster, out var sorted))
        {
            return false;
        }

        var (from, to) = Window(sorted, lo, hi);
        return to > from;
    }

    /// <summary>
    /// The layer index of the last person mention (layer order) that starts at or after <paramref name="from"/> and ends at or
    /// before <paramref name="by"/>, or -1.
    /// </summary>
    public int LastPersonWithin(int from, int by)
    {
        var last = -1;
        if (InvertedSpan)
        {
            var entities = _document.Entities;
            for (var i = 0; i < entities.Length; i++)
            {
                _count(1);
                var m = entities[i];
                if (m.Label == EntityLabels.Person && m.Span.End <= by && m.Span.Start >= from)
                {
                    last = i;
                }
            }

            return last;
        }

        // Start <= End <= by: only mentions starting in [from, by] can qualify.
        var (a, b) = Window(_persons, from, by);
        for (var k = a; k < b; k++)
        {
            var i = _persons.Indexes[k];
            if (_document.Entities[i].Span.End <= by && i > last)
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>
    /// The layer indexes of the mentions of <paramref name="cluster"/> that start inside the sentence
    /// <paramref name="sentence"/> (<see cref="AnalyzedDocument.SentenceAt"/> of the start is the sentence), in order of
    /// start. A sentence index outside the layer gives the mentions whose start is in no sentence (as the walk's comparison
    /// with -1 did) when it is -1, none otherwise.
    /// </summary>
    public IEnumerable<int> OfClusterInSentence(int cluster, int sentence)
    {
        if (!_byCluster.TryGetValue(cluster, out var sorted))
        {
            yield break;
        }

        if (sentence >= 0 && sentence < _document.Sentences.Length)
        {
            // SentenceAt(p) == sentence only for p inside the sentence's span: the window on the start holds them all.
            var span = _document.Sentences[sentence].Span;
            var (from, to) = Window(sorted, span.Start, span.End - 1L);
            for (var k = from; k < to; k++)
            {
                var i = sorted.Indexes[k];
                if (_document.SentenceAt(_document.Entities[i].Span.Start) == sentence)
                {
                    yield return i;
                }
            }

            yield break;
        }

        foreach (var i in sorted.Indexes)
        {
            _count(1);
            if (_document.SentenceAt(_document.Entities[i].Span.Start) == sentence)
            {
                yield return i;
            }
        }
    }

    // The positions [From, To) in `sorted` of the mentions whose start is in [lo, hi] (counted as visited).
    private (int From, int To) Window(Sorted sorted, long lo, long hi)
    {
        _count(1);
        var starts = sorted.Starts;
        int a = 0, b = starts.Length;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (starts[mid] < lo)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }

        var to = a;
        while (to < starts.Length && starts[to] <= hi)
        {
            to++;
        }

        _count(to - a);
        return (a, to);
    }

    /// <summary>Layer indexes sorted by the mention's start (then by index), with the starts beside them.</summary>
    private sealed class Sorted
    {
        public Sorted(System.Collections.Immutable.ImmutableArray<EntityMention> entities, List<int> indexes)
        {
            Indexes = [.. indexes];
            Starts = [.. indexes.Select(i => entities[i].Span.Start)];
            Array.Sort(Starts, Indexes);
            // Array.Sort with keys is not stable: restore layer order among equal starts.
            for (int s = 0, e; s < Starts.Length; s = e)
            {
                for (e = s + 1; e < Starts.Length && Starts[e] == Starts[s]; e++)
                {
                }

                if (e - s > 1)
                {
                    Array.Sort(Indexes, s, e - s);
                }
            }
        }

        public int[] Indexes { get; }

        public int[] Starts { get; }
    }
}
