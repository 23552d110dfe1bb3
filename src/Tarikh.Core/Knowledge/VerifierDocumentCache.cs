using System.Collections.Concurrent;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Look-ups over one document's layers that the verifier asked for each claim by walking the whole layer (round 14,
/// issue-18): the mentions of a cluster near a claim's spans, whether a span overlaps any mention or time expression, the person clusters a
/// name word belongs to, and the namesakes a linked cluster holds. Each is built once per document on first use and gives
/// exactly what the walk gave. Owned by one <see cref="ClaimVerifier"/> per document (held weakly by the document);
/// thread-safe.
/// </summary>
internal sealed class VerifierDocumentCache(AnalyzedDocument document)
{
    private readonly Lock _gate = new();
    private Dictionary<int, (int[] Indexes, int[] Starts, int Longest)>? _byStart;
    private Overlaps? _entities;
    private Overlaps? _timexes;
    private Dictionary<string, int[]>? _personsByWord;
    private MentionWindows? _windows;
    private int[][]? _eventsBySentence;
    private TextSpan[]? _timexesByStart;

    /// <summary>Per (KB, cluster, linked item): the namesakes of <c>NamesakesInCluster</c>.</summary>
    public ConcurrentDictionary<(IKnowledgeBase Kb, int Cluster, string Item), Dictionary<string, KbEntity>> Namesakes { get; } = new();

    /// <summary>Visits of layer items these look-ups made (tests count them; a walk of a whole layer per claim shows here).</summary>
    public long Probes => Interlocked.Read(ref _probes);

    private long _probes;

    /// <summary>The mentions sorted by start, by label and cluster (round 15): windows of the layer instead of walks of it.</summary>
    public MentionWindows Mentions => _windows ?? Build(ref _windows, () => new MentionWindows(document, n => Interlocked.Add(ref _probes, n)));

    private Dictionary<int, int[]> MentionLists()
    {
        var lists = new Dictionary<int, List<int>>();
        for (var i = 0; i < document.Entities.Length; i++)
        {
            var c = document.Entities[i].Cluster;
            if (!lists.TryGetValue(c, out var list))
            {
                lists[c] = list = [];
            }

            list.Add(i);
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>
    /// The indexes (layer order) of the mentions of <paramref name="cluster"/> that start at or before <paramref name="hi"/>
    /// and end at or after <paramref name="lo"/>: by a binary search over the cluster's mentions sorted by start, from the
    /// first that its longest mention could reach <paramref name="lo"/> from.
    /// </summary>
    public List<int> MentionsOfNear(int cluster, int lo, int hi)
    {
        var map = _byStart ?? Build(ref _byStart, () =>
        {
            var sorted = new Dictionary<int, (int[] Indexes, int[] Starts, int Longest)>();
            foreach (var (c, indexes) in MentionLists())
            {
                var byStart = indexes.OrderBy(i => document.Entities[i].Span.Start).ThenBy(i => i).ToArray();
                sorted[c] = (byStart, [.. byStart.Select(i => document.Entities[i].Span.Start)], byStart.Max(i => document.Entities[i].Span.Length));
            }

            return sorted;
        });
        var near = new List<int>();
        Interlocked.Increment(ref _probes);
        if (!map.TryGetValue(cluster, out var m))
        {
            return near;
        }

        var from = (long)lo - m.Longest;
        var a = 0;
        var b = m.Starts.Length;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (m.Starts[mid] < from)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }

        for (var k = a; k < m.Starts.Length && m.Starts[k] <= hi; k++)
        {
            Interlocked.Increment(ref _probes);
            if (document.Entities[m.Indexes[k]].Span.End >= lo)
            {
                near.Add(m.Indexes[k]);
            }
        }

        near.Sort();
        return near;
    }

    /// <summary>True when an entity mention overlaps [start, end) (as <see cref="TextSpan.Overlaps"/>).</summary>
    public bool OverlapsMention(int start, int end) =>
        Count((_entities ?? Build(ref _entities, () => new Overlaps([.. document.Entities.Select(m => m.Span)]))).Any(start, end));

    /// <summary>True when a time expression overlaps [start, end).</summary>
    public bool OverlapsTimex(int start, int end) =>
        Count((_timexes ?? Build(ref _timexes, () => new Overlaps([.. document.Timexes.Select(t => t.Span)]))).Any(start, end));

    /// <summary>
    /// The ids of the person clusters (document order) one of whose names (its name or an alias) has the word
    /// <paramref name="key"/> among its words, as <paramref name="wordsOf"/> splits a name.
    /// </summary>
    public int[] PersonsNamedBy(string key, Func<string, string[]> wordsOf)
    {
        var map = _personsByWord ?? Build(ref _personsByWord, () =>
        {
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var c in document.Clusters)
            {
                if (c.Label != EntityLabels.Person)
                {
                    continue;
                }

                foreach (var name in c.Aliases.Prepend(c.Name))
                {
                    foreach (var w in wordsOf(name))
                    {
                        if (!lists.TryGetValue(w, out var list))
                        {
                            lists[w] = list = [];
                        }

                        if (list.Count == 0 || list[^1] != c.Id)
                        {
                            list.Add(c.Id);
                        }
                    }
                }
            }

            return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        });
        var found = map.GetValueOrDefault(key) ?? [];
        Interlocked.Add(ref _probes, found.Length + 1);
        return found;
    }

    /// <summary>The indexes (layer order) of the events of <paramref name="sentence"/> (round 16: the verifier's "a later act in the
    /// same sentence" asked it of every event of the document).</summary>
    public int[] EventsInSentence(int sentence)
    {
        var map = _eventsBySentence ?? Build(ref _eventsBySentence, () =>
        {
            var lists = new List<int>[document.Sentences.Length];
            for (var i = 0; i < document.Events.Length; i++)
            {
                var s = document.Events[i].Sentence;
                if (s >= 0 && s < lists.Length)
                {
                    (lists[s] ??= []).Add(i);
                }
            }

            return [.. lists.Select(l => l is null ? [] : l.ToArray())];
        });
        var found = sentence >= 0 && sentence < map.Length ? map[sentence] : [];
        Interlocked.Add(ref _probes, found.Length + 1);
        return found;
    }

    /// <summary>True when a time expression lies wholly inside [<paramref name="start"/>, <paramref name="end"/>]: by a binary
    /// search for the first expression starting at or after <paramref name="start"/>, then the few that start before
    /// <paramref name="end"/>.</summary>
    public bool AnyTimexWithin(int start, int end)
    {
        var spans = _timexesByStart ?? Build(ref _timexesByStart, () =>
        {
            var sorted = document.Timexes.Select(t => t.Span).ToArray();
            Array.Sort(sorted, (a, b) => a.Start.CompareTo(b.Start));
            return sorted;
        });
        var lo = 0;
        var hi = spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var probes = 1;
        var found = false;
        for (var k = lo; k < spans.Length && spans[k].Start < end; k++, probes++)
        {
            if (spans[k].End <= end)
            {
                found = true;
                break;
            }
        }

        Interlocked.Add(ref _probes, probes);
        return found;
    }

    private bool Count(bool result)
    {
        Interlocked.Increment(ref _probes);
        return result;
    }

    private T Build<T>(ref T? field, Func<T> make)
        where T : class
    {
        lock (_gate)
        {
            return field ??= make();
        }
    }

    /// <summary>Spans sorted by start with the running greatest end: "does any overlap [s, e)" by one binary search.</summary>
    private sealed class Overlaps
    {
        private readonly int[] _starts;
        private readonly int[] _maxEnd;

        public Overlaps(TextSpan[] spans)
        {
            Array.Sort(spans, (a, b) => a.Start.CompareTo(b.Start));
            _starts = new int[spans.Length];
            _maxEnd = new int[spans.Length];
            var max = int.MinValue;
            for (var i = 0; i < spans.Length; i++)
            {
                _starts[i] = spans[i].Start;
                max = Math.Max(max, spans[i].End);
                _maxEnd[i] = max;
            }
        }

        // Some span has Start < end and End > start: among the spans starting before `end`, the greatest end passes `start`.
        public bool Any(int start, int end)
        {
            var lo = 0;
            var hi = _starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_starts[mid] < end)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && _maxEnd[lo - 1] > start;
        }
    }
}
