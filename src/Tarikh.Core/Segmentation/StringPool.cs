using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tarikh.Core.Segmentation;

/// <summary>
/// Shares string instances (and clitic analyses) of repeated tokens within one document.
/// An open-addressing table keyed by a seeded multiplicative hash of the characters: a hit costs one
/// probe into an array of inline entries plus one comparison, and no allocation. The seed is drawn at
/// random (per pool, or once for a pool and the shared pool behind it), so crafted inputs cannot aim at
/// collisions. Not thread-safe: one per run.
/// </summary>
public sealed class StringPool : IDisposable
{
    private Entry[] _entries;
    private int _count;
    private readonly uint _seed;
    private readonly StringPool? _shared;

    /// <summary>Creates an empty pool.</summary>
    /// <param name="capacity">Distinct strings expected (the table grows past it).</param>
    public StringPool(int capacity = 1024)
        : this(capacity, null)
    {
    }

    /// <summary>
    /// Creates an empty pool that takes a word it has not seen yet from <paramref name="shared"/> when that
    /// holds it (its string and analysis, instead of a new string and a new analysis). The shared pool is only
    /// read, so many documents may use it at once once it is filled.
    /// </summary>
    internal StringPool(int capacity, StringPool? shared)
    {
        _entries = RentTable((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 4 / 3 + 1)));

        // One seed with the shared pool: a word's key serves both tables.
        _seed = shared?._seed ?? ((uint)Random.Shared.Next() | 1);
        _shared = shared;
    }

    /// <summary>Number of distinct strings held.</summary>
    public int Count => _count;

    /// <summary>The pooled string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars) => Get(chars, KeyOf(chars));

    /// <summary>The pooled string of an Arabic word with its clitic analysis, computed once per distinct word.</summary>
    public (string Text, Proclitics Clitics, int Prefix) GetAnalyzed(ReadOnlySpan<char> chars, CliticAnalyzer analyzer) => GetAnalyzed(chars, KeyOf(chars), analyzer);

    /// <summary>The lookup key of some characters (hash and packed head), to compute ahead of <see cref="Prefetch"/>.</summary>
    internal PoolKey KeyOf(ReadOnlySpan<char> chars) => Key(chars, _seed);

    /// <summary>
    /// Asks the processor to fetch the table slot a key starts probing at. Prefetching the slots of a batch of
    /// words before looking them up lets their cache misses overlap instead of following one another. A hint
    /// only: nothing is read, and a stale address (the table may move) is harmless.
    /// </summary>
    internal unsafe void Prefetch(in PoolKey key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref _entries[(int)key.Hash & (_entries.Length - 1)]));
        }
    }

    /// <summary>As <see cref="Get(ReadOnlySpan{char})"/> with a key from <see cref="KeyOf"/>.</summary>
    internal string Get(ReadOnlySpan<char> chars, in PoolKey key)
    {
        // Find first: it may replace the table.
        var index = Find(chars, key);
        return _entries[index].Text!;
    }

    /// <summary>As <see cref="GetAnalyzed(ReadOnlySpan{char}, CliticAnalyzer)"/> with a key from <see cref="KeyOf"/>.</summary>
    internal (string Text, Proclitics Clitics, int Prefix) GetAnalyzed(ReadOnlySpan<char> chars, in PoolKey key, CliticAnalyzer analyzer)
    {
        var index = Find(chars, key);
        ref var e = ref _entries[index];
        if ((e.State & AnalyzedBit) == 0)
        {
            (e.Clitics, var prefix) = analyzer.Analyze(chars);
            e.State = (byte)(AnalyzedBit | Math.Min(prefix, 0x7F));
        }

        return (e.Text!, e.Clitics, e.State & ~AnalyzedBit);
    }

    /// <summary>Index of the entry for <paramref name="chars"/>, added when missing.</summary>
    private int Find(ReadOnlySpan<char> chars, in PoolKey key)
    {
        if (Probe(chars, key, out var free) is var found and >= 0)
        {
            return found;
        }

        if ((_count + 1) * 4 > _entries.Length * 3)
        {
            Grow();
            return Find(chars, key);
        }

        var entry = new Entry { Hash = key.Hash, Head0 = key.Head0, Head1 = key.Head1, Length = (ushort)chars.Length };
        if (_shared is not null && _shared.TryGetShared(chars, key) is { } known)
        {
            // A common word: its long-lived string and its analysis, computed once for the whole process.
            (entry.Text, entry.Clitics, entry.State) = (known.Text, known.Clitics, known.State);
        }
        else
        {
            entry.Text = chars.ToString();
        }

        _entries[free] = entry;
        _count++;
        return free;
    }

    /// <summary>The entry of a word already held, without adding it (for a filled, shared pool).</summary>
    private Entry? TryGetShared(ReadOnlySpan<char> chars, in PoolKey key) => Probe(chars, key, out _) is var i and >= 0 ? _entries[i] : null;

    /// <summary>The index of the entry holding <paramref name="chars"/>, or -1 with the free slot where it would go.</summary>
    private int Probe(ReadOnlySpan<char> chars, in PoolKey key, out int free)
    {
        var mask = _entries.Length - 1;
        var i = (int)key.Hash & mask;
        for (; _entries[i].Text is not null; i = (i + 1) & mask)
        {
            // The first eight characters live in the entry: most words are decided without touching their string.
            ref var e = ref _entries[i];
            if (e.Hash == key.Hash && e.Head0 == key.Head0 && e.Head1 == key.Head1 && e.Length == (ushort)chars.Length
                && (chars.Length <= HeadLength || chars[HeadLength..].SequenceEqual(e.Text.AsSpan(HeadLength))))
            {
                free = -1;
                return i;
            }
        }

        free = i;
        return -1;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = RentTable(old.Length * 2);
        var mask = _entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Text is null)
            {
                continue;
            }

            var i = (int)e.Hash & mask;
            while (_entries[i].Text is not null)
            {
                i = (i + 1) & mask;
            }

            _entries[i] = e;
        }

        ReturnTable(old);
    }

    /// <summary>A cleared table of exactly <paramref name="length"/> (a power of two) entries, from the shared array pool.</summary>
    private static Entry[] RentTable(int length)
    {
        var table = System.Buffers.ArrayPool<Entry>.Shared.Rent(length);
        if (table.Length == length)
        {
            return table;
        }

        System.Buffers.ArrayPool<Entry>.Shared.Return(table);
        return new Entry[length];
    }

    // Cleared on return: the entries hold a document's strings, which must not stay reachable from the pool.
    private static void ReturnTable(Entry[] table) => System.Buffers.ArrayPool<Entry>.Shared.Return(table, clearArray: true);

    /// <summary>Gives the table back to the shared array pool. The pool must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_entries.Length > 0)
        {
            ReturnTable(_entries);
            _entries = [];
        }
    }

    private const int HeadLength = 8;

    /// <summary>
    /// FNV-style hash of the characters from a per-pool seed, with a final avalanche so the low bits index
    /// well; and the first eight characters packed into two integers (zero-padded).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PoolKey Key(ReadOnlySpan<char> chars, uint seed)
    {
        var h = seed ^ 2166136261u;
        ulong head0 = 0, head1 = 0;
        for (var k = 0; k < chars.Length; k++)
        {
            var c = chars[k];
            h = (h ^ c) * 16777619u;
            if (k < 4)
            {
                head0 |= (ulong)c << (16 * k);
            }
            else if (k < HeadLength)
            {
                head1 |= (ulong)c << (16 * (k - 4));
            }
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        h *= 0x297A2D39u;
        h ^= h >> 15;
        return new PoolKey(h, head0, head1);
    }

    // Inline in the table (32 bytes, two per cache line): hash, length and head are compared before the string is touched.
    private struct Entry
    {
        public ulong Head0;
        public ulong Head1;
        public string? Text;
        public uint Hash;
        public ushort Length;
        public Proclitics Clitics;
        public byte State;
    }

    private const byte AnalyzedBit = 0x80;
}

/// <summary>The lookup key of a word in a <see cref="StringPool"/>: its hash and its first eight characters packed.</summary>
internal readonly record struct PoolKey(uint Hash, ulong Head0, ulong Head1);
