using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// A trained linear-chain model: per-feature label weights (averaged perceptron), label transitions
/// and a start row, decoded with Viterbi under BILOU constraints (labels are BIO outside the model). Immutable and thread-safe.
/// File format (gzip): "TNER", format version, feature version, metadata JSON, transitions,
/// sparse rows (key, label mask, half-precision weights), name words.
/// </summary>
public sealed class NerModel
{
    /// <summary>Version of the binary format.</summary>
    public const int FormatVersion = 4;

    private const int L = NerLabels.InternalCount;
    private static ReadOnlySpan<byte> Magic => "TNER"u8;

    // For each internal label, the labels that may precede it (9 for O, Begin and Unit; 2 for Inside and
    // Last), computed once: the Viterbi inner loop visits only these.
    private static readonly ImmutableArray<ImmutableArray<byte>> Predecessors =
        [.. Enumerable.Range(0, L).Select(l => Enumerable.Range(0, L).Where(p => NerLabels.AllowedInternal(p, l)).Select(p => (byte)p).ToImmutableArray())];

    private const int SlotAhead = 16;
    private const int RowAhead = 8;

    private readonly FeatureTable _rows; // key → sparse weight row
    private readonly float[] _transitions; // (L + 1) × L, last row = start

    /// <summary>Creates a model from its parts.</summary>
    public NerModel(IReadOnlyDictionary<uint, int> rows, float[] weights, float[] transitions, string metadata, IReadOnlyCollection<string> nameWords, WordStats? stats = null, WordClusters? clusters = null)
    {
        Stats = stats ?? WordStats.Empty;
        Clusters = clusters ?? WordClusters.Empty;
        ArgumentNullException.ThrowIfNull(rows);
        if (transitions.Length != (L + 1) * L || weights.Length < rows.Count * L)
        {
            throw new ArgumentException("Weight arrays do not match the label count.");
        }

        _rows = FeatureTable.FromDense(rows, rows.Count, weights, L);
        _transitions = transitions;
        Metadata = metadata;
        NameWords = nameWords.ToFrozenSet(StringComparer.Ordinal);
    }

    private NerModel(NerModel other, float[] transitions, string metadata)
    {
        Stats = other.Stats;
        Clusters = other.Clusters;
        _rows = other._rows;
        _transitions = transitions;
        Metadata = metadata;
        NameWords = other.NameWords;
    }

    /// <summary>
    /// The same model with <paramref name="bias"/> subtracted from the score of the label O at every token
    /// (folded into the transitions into O): a positive bias trades precision for recall.
    /// </summary>
    public NerModel WithOutsideBias(float bias)
    {
        var t = (float[])_transitions.Clone();
        for (var from = 0; from <= L; from++)
        {
            t[from * L + NerLabels.O] -= bias;
        }

        return new NerModel(this, t, Metadata);
    }

    /// <summary>The same model with other metadata.</summary>
    public NerModel WithMetadata(string metadata) => new(this, _transitions, metadata);

    /// <summary>JSON metadata: data files with their SHA-256, epochs, seed, scores.</summary>
    public string Metadata { get; }

    /// <summary>Normalized words that start gold entities in the training data (a weak prior for clitic stripping).</summary>
    public FrozenSet<string> NameWords { get; }

    /// <summary>Word statistics from the training data (a feature source).</summary>
    public WordStats Stats { get; }

    /// <summary>Word clusters learned from unlabelled text (a feature source).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Number of feature rows.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the emission scores of every token of a sentence into <paramref name="scores"/> (tokens × labels).</summary>
    public void Emissions(SentenceFeatures features, Span<float> scores)
    {
        scores.Clear();
        var keys = features.Keys.AsSpan(0, features.Offsets[features.Length]);
        var offsets = features.Offsets;
        for (var t = 0; t < features.Length; t++)
        {
            var row = scores.Slice(t * L, L);
            for (var j = offsets[t]; j < offsets[t + 1]; j++)
            {
                // The table is larger than the caches and each lookup a random access: ask for the slot of the key
                // SlotAhead places on, and the row of the key RowAhead places on, so that they are in cache when reached.
                if (j + SlotAhead < keys.Length)
                {
                    _rows.Prefetch(keys[j + SlotAhead]);
                }

                if (j + RowAhead < keys.Length)
                {
                    _rows.PrefetchRow(keys[j + RowAhead]);
                }

                _rows.AddTo(keys[j], row);
            }
        }
    }

    /// <summary>Tags a sentence; writes labels and per-token margins (best minus second-best path score) when asked.</summary>
    public void Tag(SentenceFeatures features, Span<byte> labels, Span<float> margins = default)
    {
        var n = features.Length;
        if (n == 0)
        {
            return;
        }

        var scores = n * L <= 8192 ? stackalloc float[n * L] : new float[n * L];
        var inner = n <= 1024 ? stackalloc byte[n] : new byte[n];
        Emissions(features, scores);
        Viterbi(scores, _transitions, n, inner);
        NerLabels.FromInternal(inner, labels);
        if (!margins.IsEmpty)
        {
            for (var t = 0; t < n; t++)
            {
                var row = scores.Slice(t * L, L);
                var chosen = row[inner[t]];
                var second = float.NegativeInfinity;
                for (var l = 0; l < L; l++)
                {
                    if (l != inner[t] && row[l] > second)
                    {
                        second = row[l];
                    }
                }

                margins[t] = chosen - second;
            }
        }
    }

    /// <summary>Viterbi decoding with BILOU constraints over emission scores and a transition table ((L+1) × L); writes internal labels.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<byte> labels)
    {
        if (n == 0)
        {
            return;
        }

        var delta = n * L <= 8192 ? stackalloc float[n * L] : new float[n * L];
        var back = n * L <= 8192 ? stackalloc byte[n * L] : new byte[n * L];
        for (var l = 0; l < L; l++)
        {
            delta[l] = NerLabels.AllowedInternal(-1, l) ? transitions[L * L + l] + emissions[l] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            for (var l = 0; l < L; l++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in Predecessors[l])
                {
                    var s = delta[(t - 1) * L + p] + transitions[p * L + l];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                delta[t * L + l] = best + emissions[t * L + l];
                back[t * L + l] = (byte)arg;
            }
        }

        var last = 0;
        var max = float.NegativeInfinity;
        for (var l = 0; l < L; l++)
        {
            if (NerLabels.AllowedLastInternal(l) && delta[(n - 1) * L + l] > max)
            {
                max = delta[(n - 1) * L + l];
                last = l;
            }
        }

        labels[n - 1] = (byte)last;
        for (var t = n - 1; t > 0; t--)
        {
            last = back[t * L + last];
            labels[t - 1] = (byte)last;
        }
    }

    /// <summary>Writes the model (gzip-compressed binary).</summary>
    public void Save(Stream stream, float pruneBelow = 0f)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerFeatures.Version);
        w.Write(Metadata);
        w.Write(L);
        foreach (var t in _transitions)
        {
            w.Write(t);
        }

        var kept = new List<(uint Key, float[] Row, uint Mask)>();
        foreach (var (key, row) in _rows.Entries(L).OrderBy(p => p.Key))
        {
            uint mask = 0;
            for (var l = 0; l < L; l++)
            {
                var v = row[l];
                if (Math.Abs(v) > pruneBelow && (Half)v != Half.Zero)
                {
                    mask |= 1u << l;
                }
            }

            if (mask != 0)
            {
                kept.Add((key, row, mask));
            }
        }

        w.Write(kept.Count);
        foreach (var (key, row, mask) in kept)
        {
            w.Write(key);
            w.Write(mask);
            for (var l = 0; l < L; l++)
            {
                if ((mask & (1u << l)) != 0)
                {
                    w.Write((Half)row[l]);
                }
            }
        }

        var names = NameWords.Order(StringComparer.Ordinal).ToList();
        w.Write(names.Count);
        foreach (var name in names)
        {
            w.Write(name);
        }

        var stats = Stats.Entries.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(stats.Count);
        foreach (var (word, stat) in stats)
        {
            w.Write(word);
            w.Write(stat.FrequencyBucket);
            w.Write(stat.ArticleBucket);
            w.Write(stat.LabelCode);
        }

        Clusters.Save(w);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> for another format or feature version.</summary>
    /// <remarks>
    /// The inflated bytes are read through one pooled window with spans (no stream call per field); the feature rows
    /// go straight into the lookup table (no intermediate dictionary). Same file, same model: only the reading changed.
    /// </remarks>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new ModelReader(gz);
        if (!r.Bytes(4).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Tarikh entity model (bad magic).");
        }

        var format = r.Int32();
        var features = r.Int32();
        if (format != FormatVersion || features != NerFeatures.Version)
        {
            throw new InvalidDataException($"Entity model format {format}/features {features}; this build reads {FormatVersion}/{NerFeatures.Version}. Retrain with `tarikh train ner`.");
        }

        var metadata = r.String();
        var labels = r.Int32();
        if (labels != L)
        {
            throw new InvalidDataException($"Entity model has {labels} labels; expected {L}.");
        }

        var transitions = new float[(L + 1) * L];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.Single();
        }

        var count = r.Int32();
        if (count < 0 || count > (1 << 26))
        {
            throw new InvalidDataException($"Entity model claims {count} feature rows.");
        }

        // Rows go into the sparse table as they are read: a mask and the half-precision weights it lists, widened to
        // float (exact), never a dense row × label array.
        var keys = new uint[count];
        var masks = new uint[count];
        var packed = new float[count * 5];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            keys[i] = r.UInt32();
            var mask = r.UInt32() & ((1u << L) - 1);
            masks[i] = mask;
            var k = System.Numerics.BitOperations.PopCount(mask);
            if (used + k > packed.Length)
            {
                Array.Resize(ref packed, Math.Max(used + k, packed.Length * 2));
            }

            for (var j = 0; j < k; j++)
            {
                packed[used++] = (float)r.Half();
            }
        }

        var table = FeatureTable.FromPacked(keys, masks, packed.AsSpan(0, used), L);

        var nameCount = r.Int32();
        var names = new List<string>(nameCount);
        for (var i = 0; i < nameCount; i++)
        {
            names.Add(r.String());
        }

        var statCount = r.Int32();
        var stats = new Dictionary<string, WordStat>(statCount, StringComparer.Ordinal);
        for (var i = 0; i < statCount; i++)
        {
            var word = r.String();
            var b = r.Bytes(3);
            stats[word] = new WordStat(b[0], b[1], b[2]);
        }

        var levels = r.Int32();
        var sizes = new int[levels];
        for (var i = 0; i < levels; i++)
        {
            sizes[i] = r.Int32();
        }

        var clusterCount = r.Int32();
        var codes = new Dictionary<string, uint>(clusterCount, StringComparer.Ordinal);
        for (var i = 0; i < clusterCount; i++)
        {
            var word = r.String();
            codes[word] = r.UInt32();
        }

        return new NerModel(table, transitions, metadata, names, new WordStats(stats), new WordClusters(sizes, codes));
    }

    private NerModel(FeatureTable rows, float[] transitions, string metadata, IReadOnlyCollection<string> nameWords, WordStats stats, WordClusters clusters)
    {
        Stats = stats;
        Clusters = clusters;
        _rows = rows;
        _transitions = transitions;
        Metadata = metadata;
        NameWords = nameWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, 7-bit length-prefixed UTF-8 strings) through
    /// a pooled 64 KB window refilled from the stream: no call per field into the stream, no copy of the whole file.
    /// </summary>
    private sealed class ModelReader(Stream stream) : IDisposable
    {
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _pos;
        private int _end;

        public ReadOnlySpan<byte> Bytes(int n)
        {
            if (n > _end - _pos)
            {
                Fill(n);
            }

            var span = _buffer.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        // Moves what is left to the front and reads until n bytes are there (growing the window for a long string).
        private void Fill(int n)
        {
            var left = _end - _pos;
            if (n > _buffer.Length)
            {
                var bigger = System.Buffers.ArrayPool<byte>.Shared.Rent(n);
                _buffer.AsSpan(_pos, left).CopyTo(bigger);
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }
            else
            {
                _buffer.AsSpan(_pos, left).CopyTo(_buffer);
            }

            _pos = 0;
            _end = left;
            while (_end < n)
            {
                var read = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    throw new InvalidDataException("The entity model ends early (truncated file).");
                }

                _end += read;
            }
        }

        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public uint UInt32() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public float Single() => System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

        public Half Half() => System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(Bytes(2));

        public string String()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28)
                {
                    throw new InvalidDataException("Bad string length in the entity model.");
                }

                var b = Bytes(1)[0];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            if (length < 0 || length > (1 << 26))
            {
                throw new InvalidDataException("Bad string length in the entity model.");
            }

            return Encoding.UTF8.GetString(Bytes(length));
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
