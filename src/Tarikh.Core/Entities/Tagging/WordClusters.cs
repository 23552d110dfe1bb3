using System.Numerics;
using System.Runtime.InteropServices;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// Distributional word clusters learned from unlabelled text: every frequent enough word base gets
/// one cluster id at each of several granularities (e.g. 64, 256 and 1024 clusters). Words that
/// appear in similar contexts (after a title, before a verb of saying, after a preposition of place)
/// share a cluster, so a name never seen in the labelled data still looks like the names that were.
/// Immutable and thread-safe; learned by <see cref="Learn"/> while training and stored in the model.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Bits per granularity in a packed code (cluster ids are below 2^10).</summary>
    public const int BitsPerLevel = 11;

    private readonly Dictionary<string, uint> _codes;
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the table from packed codes (level <c>k</c> in bits <c>k·11 ..</c>, each id + 1 so that 0 means unknown).</summary>
    public WordClusters(IReadOnlyList<int> sizes, IReadOnlyDictionary<string, uint> codes)
    {
        Sizes = sizes.ToArray();
        _codes = new Dictionary<string, uint>(codes, StringComparer.Ordinal);
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No clusters.</summary>
    public static WordClusters Empty { get; } = new([], new Dictionary<string, uint>());

    /// <summary>The number of clusters at each granularity.</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>Number of clustered words.</summary>
    public int Count => _codes.Count;

    /// <summary>All entries (for saving).</summary>
    public IEnumerable<KeyValuePair<string, uint>> Entries => _codes;

    /// <summary>The packed code of a normalized base, 0 when the word was not clustered.</summary>
    public uint Of(ReadOnlySpan<char> normalizedBase) => _lookup.TryGetValue(normalizedBase, out var c) ? c : 0;

    /// <summary>The cluster id + 1 at granularity <paramref name="level"/> of a packed code (0 = unknown).</summary>
    public static uint Level(uint code, int level) => (code >> (level * BitsPerLevel)) & ((1u << BitsPerLevel) - 1);

    /// <summary>Learning options.</summary>
    /// <param name="Sizes">Clusters per granularity (each at most 2000).</param>
    /// <param name="MinCount">Words seen fewer times are not clustered.</param>
    /// <param name="ContextWords">The most frequent forms that serve as context dimensions.</param>
    /// <param name="Iterations">k-means iterations per granularity.</param>
    /// <param name="Seed">Seed of the initial centroids.</param>
    public sealed record Options(int[] Sizes, int MinCount = 2, int ContextWords = 800, int Iterations = 12, int Seed = 20260417);

    /// <summary>
    /// Learns clusters: each word base (count ≥ MinCount) is described by the positive pointwise mutual
    /// information of the forms at positions −2, −1, +1, +2 around it (the ContextWords most frequent forms),
    /// L2-normalized; spherical k-means groups them at each granularity. Deterministic for a seed.
    /// </summary>
    /// <param name="sentences">Sentences as (normalized base, normalized form) per token.</param>
    /// <param name="options">Options.</param>
    /// <param name="log">Progress messages.</param>
    public static WordClusters Learn(IReadOnlyList<(string Base, string Form)[]> sentences, Options options, Action<string>? log = null)
    {
        log ??= _ => { };
        var baseCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var formCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var (b, f) in s)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(baseCount, b, out _)++;
                CollectionsMarshal.GetValueRefOrAddDefault(formCount, f, out _)++;
            }
        }

        var vocab = baseCount.Where(p => p.Value >= options.MinCount && p.Key.Any(char.IsLetter))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var wordId = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocab.Length; i++)
        {
            wordId[vocab[i]] = i;
        }

        var contexts = formCount.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(options.ContextWords).Select(p => p.Key).ToArray();
        var ctxId = new Dictionary<string, int>(contexts.Length + 1, StringComparer.Ordinal);
        for (var i = 0; i < contexts.Length; i++)
        {
            ctxId[contexts[i]] = i;
        }

        var c = contexts.Length + 1; // + sentence boundary
        var dims = 4 * c;
        var cooc = new Dictionary<int, float>[vocab.Length];
        for (var i = 0; i < cooc.Length; i++)
        {
            cooc[i] = [];
        }

        var dimTotal = new double[dims];
        double total = 0;
        foreach (var s in sentences)
        {
            for (var t = 0; t < s.Length; t++)
            {
                if (!wordId.TryGetValue(s[t].Base, out var w))
                {
                    continue;
                }

                for (var d = -2; d <= 2; d++)
                {
                    if (d == 0)
                    {
                        continue;
                    }

                    var j = t + d;
                    int cid;
                    if (j < 0 || j >= s.Length)
                    {
                        cid = contexts.Length;
                    }
                    else if (!ctxId.TryGetValue(s[j].Form, out cid))
                    {
                        continue;
                    }

                    var dim = (d < 0 ? d + 2 : d + 1) * c + cid;
                    CollectionsMarshal.GetValueRefOrAddDefault(cooc[w], dim, out _) += 1f;
                    dimTotal[dim]++;
                    total++;
                }
            }
        }

        // PPMI vectors, L2-normalized, as sparse rows.
        var rowStart = new int[vocab.Length + 1];
        var idx = new List<int>();
        var val = new List<float>();
        for (var w = 0; w < vocab.Length; w++)
        {
            rowStart[w] = idx.Count;
            var wTotal = cooc[w].Values.Sum();
            var start = idx.Count;
            foreach (var (dim, n) in cooc[w].OrderBy(p => p.Key))
            {
                var pmi = Math.Log(n * total / (wTotal * dimTotal[dim]));
                if (pmi > 0)
                {
                    idx.Add(dim);
                    val.Add((float)pmi);
                }
            }

            var norm = 0.0;
            for (var k = start; k < idx.Count; k++)
            {
                norm += val[k] * val[k];
            }

            norm = Math.Sqrt(norm);
            for (var k = start; k < idx.Count; k++)
            {
                val[k] = norm > 0 ? (float)(val[k] / norm) : 0f;
            }

            cooc[w] = null!;
        }

        rowStart[vocab.Length] = idx.Count;
        var index = idx.ToArray();
        var values = val.ToArray();
        log($"clusters: {vocab.Length} words, {dims} context dimensions, {index.Length} non-zeros");

        var codes = new uint[vocab.Length];
        for (var level = 0; level < options.Sizes.Length; level++)
        {
            var k = Math.Min(options.Sizes[level], vocab.Length);
            var assign = KMeans(rowStart, index, values, dims, k, options.Iterations, options.Seed + level, log);
            for (var w = 0; w < vocab.Length; w++)
            {
                codes[w] |= (uint)(assign[w] + 1) << (level * BitsPerLevel);
            }
        }

        var table = new Dictionary<string, uint>(vocab.Length, StringComparer.Ordinal);
        for (var w = 0; w < vocab.Length; w++)
        {
            table[vocab[w]] = codes[w];
        }

        return new WordClusters(options.Sizes, table);
    }

    private static int[] KMeans(int[] rowStart, int[] index, float[] values, int dims, int k, int iterations, int seed, Action<string> log)
    {
        var n = rowStart.Length - 1;
        var rng = new Random(seed);

        // Initial centroids: k-means++ seeding (each next seed drawn with weight (1 − its best cosine to the
        // seeds so far)²) among the more frequent half of the words, whose vectors are reliable.
        var poolSize = Math.Max(k, n / 2);
        var bestSim = new float[poolSize];
        var dense = new float[dims];
        var centroidsT = new float[dims * k]; // transposed: dimension-major, k floats per dimension
        var pick = rng.Next(poolSize);
        for (var c = 0; c < k; c++)
        {
            Array.Clear(dense);
            for (var j = rowStart[pick]; j < rowStart[pick + 1]; j++)
            {
                centroidsT[index[j] * k + c] = values[j];
                dense[index[j]] = values[j];
            }

            var total = 0.0;
            for (var w = 0; w < poolSize; w++)
            {
                var sim = 0f;
                for (var j = rowStart[w]; j < rowStart[w + 1]; j++)
                {
                    sim += values[j] * dense[index[j]];
                }

                if (c == 0 || sim > bestSim[w])
                {
                    bestSim[w] = sim;
                }

                var d = 1 - bestSim[w];
                total += d * d;
            }

            var target = rng.NextDouble() * total;
            var acc = 0.0;
            pick = poolSize - 1;
            for (var w = 0; w < poolSize; w++)
            {
                var d = 1 - bestSim[w];
                acc += d * d;
                if (acc >= target && d > 1e-6)
                {
                    pick = w;
                    break;
                }
            }
        }

        var assign = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            var changed = 0;
            var snapshot = centroidsT;
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, part =>
            {
                var scores = new float[k];
                var localChanged = 0;
                for (var w = part; w < n; w += 2)
                {
                    Array.Clear(scores);
                    var sv = scores.AsSpan();
                    for (var j = rowStart[w]; j < rowStart[w + 1]; j++)
                    {
                        Axpy(values[j], snapshot.AsSpan(index[j] * k, k), sv);
                    }

                    var best = 0;
                    var bestScore = float.NegativeInfinity;
                    for (var c = 0; c < k; c++)
                    {
                        if (scores[c] > bestScore)
                        {
                            bestScore = scores[c];
                            best = c;
                        }
                    }

                    if (assign[w] != best || it == 0)
                    {
                        localChanged++;
                    }

                    assign[w] = best;
                }

                Interlocked.Add(ref changed, localChanged);
            });

            // New centroids: normalized sums of members; an empty cluster keeps its old centroid.
            var sums = new float[dims * k];
            var sizes = new int[k];
            for (var w = 0; w < n; w++)
            {
                var c = assign[w];
                sizes[c]++;
                for (var j = rowStart[w]; j < rowStart[w + 1]; j++)
                {
                    sums[index[j] * k + c] += values[j];
                }
            }

            var norms = new double[k];
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    var v = sums[d * k + c];
                    norms[c] += v * v;
                }
            }

            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    sums[d * k + c] = sizes[c] == 0 ? centroidsT[d * k + c] : norms[c] > 0 ? (float)(sums[d * k + c] / Math.Sqrt(norms[c])) : 0f;
                }
            }

            centroidsT = sums;
            log($"k-means k={k} iteration {it + 1}: {changed} words moved");
            if (it > 0 && changed < n / 500)
            {
                break;
            }
        }

        return assign;
    }

    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<float>(a);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(y[i..]) + va * new Vector<float>(x[i..])).CopyTo(y[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>Writes the table.</summary>
    public void Save(BinaryWriter w)
    {
        w.Write(Sizes.Count);
        foreach (var s in Sizes)
        {
            w.Write(s);
        }

        w.Write(_codes.Count);
        foreach (var (word, code) in _codes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(code);
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    public static WordClusters Load(BinaryReader r)
    {
        var levels = r.ReadInt32();
        var sizes = new int[levels];
        for (var i = 0; i < levels; i++)
        {
            sizes[i] = r.ReadInt32();
        }

        var count = r.ReadInt32();
        var codes = new Dictionary<string, uint>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = r.ReadString();
            codes[word] = r.ReadUInt32();
        }

        return new WordClusters(sizes, codes);
    }
}
