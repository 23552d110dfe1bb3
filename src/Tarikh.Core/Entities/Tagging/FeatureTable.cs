using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// The model's feature weights in one compact, read-only layout: an open-addressing table whose slot is one
/// 64-bit word (feature key in the low half, start of the row's data plus one in the high half, 0 = empty), and
/// the rows packed one after the other in one <c>uint</c> array as a label mask followed by the weights of the
/// labels in the mask, in label order (as float bits). A saved model keeps ≈ 4 of 17 labels per feature, so
/// this is ≈ 5 MB for what was a 17 MB dense <c>rows × labels</c> array plus two 2 MB probe arrays, and a
/// lookup touches one cache line for the slot and usually one for the row. Labels outside a row's mask weigh
/// exactly zero, so adding only the stored weights gives the same sums, bit for bit, as adding the dense row.
/// Thread-safe for reads.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Set in a row's first word when the row is stored dense (every label's weight, zeros included).</summary>
    private const uint Dense = 1u << 31;

    /// <summary>Rows with more stored weights than this are kept dense: added with vector instructions, not one label at a time.</summary>
    private const int SparseAtMost = 4;

    private readonly ulong[] _slots;
    private readonly uint[] _data;
    private readonly int _mask;
    private readonly int _shift;

    private FeatureTable(ulong[] slots, uint[] data, int count)
    {
        _slots = slots;
        _data = data;
        _mask = slots.Length - 1;
        _shift = 64 - BitOperations.Log2((uint)slots.Length);
        Count = count;
    }

    /// <summary>Number of feature rows.</summary>
    public int Count { get; }

    /// <summary>Builds the table from key → dense row (<paramref name="labels"/> weights per row in <paramref name="weights"/>); zero weights are not stored.</summary>
    public static FeatureTable FromDense(IEnumerable<KeyValuePair<uint, int>> rows, int count, ReadOnlySpan<float> weights, int labels)
    {
        var builder = new Builder(count, labels);
        foreach (var (key, row) in rows)
        {
            builder.Add(key, weights.Slice(row * labels, labels));
        }

        return builder.Build();
    }

    /// <summary>Adds the weights of <paramref name="key"/>'s row to <paramref name="scores"/> (one score per label); false when the key has no row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AddTo(uint key, Span<float> scores)
    {
        var slots = _slots;
        var i = Slot(key);
        while (true)
        {
            var s = slots[i];
            if (s == 0)
            {
                return false;
            }

            if ((uint)s == key)
            {
                var data = _data;
                var at = (int)(s >> 32) - 1;
                var mask = data[at];
                if ((mask & Dense) != 0)
                {
                    AddDense(MemoryMarshal.Cast<uint, float>(data.AsSpan(at + 1, scores.Length)), scores);
                    return true;
                }

                var w = at + 1;
                while (mask != 0)
                {
                    var l = BitOperations.TrailingZeroCount(mask);
                    scores[l] += BitConverter.UInt32BitsToSingle(data[w++]);
                    mask &= mask - 1;
                }

                return true;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds a dense weight row to a score row, sixteen or eight lanes at a time where the hardware allows (each lane's sum is the scalar sum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense(ReadOnlySpan<float> weights, Span<float> scores)
    {
        var l = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; l + Vector512<float>.Count <= scores.Length; l += Vector512<float>.Count)
            {
                (Vector512.Create(scores.Slice(l, Vector512<float>.Count)) + Vector512.Create(weights.Slice(l, Vector512<float>.Count))).CopyTo(scores.Slice(l, Vector512<float>.Count));
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (; l + Vector256<float>.Count <= scores.Length; l += Vector256<float>.Count)
            {
                (Vector256.Create(scores.Slice(l, Vector256<float>.Count)) + Vector256.Create(weights.Slice(l, Vector256<float>.Count))).CopyTo(scores.Slice(l, Vector256<float>.Count));
            }
        }

        for (; l < scores.Length; l++)
        {
            scores[l] += weights[l];
        }
    }

    /// <summary>Hints the processor to load the slot of <paramref name="key"/> (a lookup soon after then finds it in cache).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(uint key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), Slot(key))));
        }
    }

    /// <summary>
    /// Hints the processor to load the row of <paramref name="key"/> when its slot is the first probed (the slot
    /// itself should have been prefetched a little earlier with <see cref="Prefetch"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchRow(uint key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            var s = _slots[Slot(key)];
            if ((uint)s == key && s != 0)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), (int)(s >> 32) - 1)));
            }
        }
    }

    /// <summary>Every row: its key and its dense weights (zero where nothing is stored), in slot order.</summary>
    public IEnumerable<(uint Key, float[] Weights)> Entries(int labels)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            var s = _slots[i];
            if (s != 0)
            {
                var row = new float[labels];
                var at = (int)(s >> 32) - 1;
                var mask = _data[at];
                if ((mask & Dense) != 0)
                {
                    MemoryMarshal.Cast<uint, float>(_data.AsSpan(at + 1, labels)).CopyTo(row);
                    yield return ((uint)s, row);
                    continue;
                }

                var w = at + 1;
                while (mask != 0)
                {
                    row[BitOperations.TrailingZeroCount(mask)] = BitConverter.UInt32BitsToSingle(_data[w++]);
                    mask &= mask - 1;
                }

                yield return ((uint)s, row);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Collects rows (keys distinct or not: a later row replaces an earlier one of the same key) and builds the table.</summary>
    internal sealed class Builder
    {
        private readonly int _labels;
        private readonly ulong[] _slots;
        private uint[] _data;
        private int _used;
        private int _count;

        /// <summary>A builder for about <paramref name="count"/> rows of <paramref name="labels"/> labels (at most 32).</summary>
        public Builder(int count, int labels)
        {
            if (labels is < 1 or > 32)
            {
                throw new ArgumentOutOfRangeException(nameof(labels));
            }

            _labels = labels;
            var capacity = 16;
            while (capacity < count * 2)
            {
                capacity <<= 1;
            }

            _slots = new ulong[capacity];
            _data = new uint[Math.Max(16, count * 6)];
        }

        /// <summary>Adds a row from its dense weights (zeros are not stored).</summary>
        public void Add(uint key, ReadOnlySpan<float> weights)
        {
            uint mask = 0;
            for (var l = 0; l < _labels; l++)
            {
                if (weights[l] != 0)
                {
                    mask |= 1u << l;
                }
            }

            if (BitOperations.PopCount(mask) > SparseAtMost)
            {
                var dense = Reserve(_labels);
                _data[dense] = Dense;
                MemoryMarshal.Cast<float, uint>(weights[.._labels]).CopyTo(_data.AsSpan(dense + 1));
                Place(key, dense);
                return;
            }

            var at = Reserve(BitOperations.PopCount(mask));
            _data[at] = mask;
            var w = at + 1;
            for (var l = 0; l < _labels; l++)
            {
                if (weights[l] != 0)
                {
                    _data[w++] = BitConverter.SingleToUInt32Bits(weights[l]);
                }
            }

            Place(key, at);
        }

        /// <summary>Adds a row from its label mask and the weights of the labels in it, in label order (zeros among them are dropped).</summary>
        public void Add(uint key, uint mask, ReadOnlySpan<float> packed)
        {
            uint kept = 0;
            var m = mask;
            for (var j = 0; m != 0; j++)
            {
                var bit = m & (0u - m);
                if (packed[j] != 0)
                {
                    kept |= bit;
                }

                m &= m - 1;
            }

            if (BitOperations.PopCount(kept) > SparseAtMost)
            {
                var dense = Reserve(_labels);
                _data[dense] = Dense;
                var d = MemoryMarshal.Cast<uint, float>(_data.AsSpan(dense + 1, _labels));
                d.Clear();
                var bits = kept;
                for (var j = 0; j < packed.Length; j++)
                {
                    if (packed[j] != 0)
                    {
                        d[BitOperations.TrailingZeroCount(bits)] = packed[j];
                        bits &= bits - 1;
                    }
                }

                Place(key, dense);
                return;
            }

            var at = Reserve(BitOperations.PopCount(kept));
            _data[at] = kept;
            var w = at + 1;
            for (var j = 0; j < packed.Length; j++)
            {
                if (packed[j] != 0)
                {
                    _data[w++] = BitConverter.SingleToUInt32Bits(packed[j]);
                }
            }

            Place(key, at);
        }

        private int Reserve(int weights)
        {
            var need = _used + 1 + weights;
            if (need > _data.Length)
            {
                Array.Resize(ref _data, Math.Max(need, _data.Length * 2));
            }

            var at = _used;
            _used = need;
            return at;
        }

        private void Place(uint key, int at)
        {
            var mask = _slots.Length - 1;
            var shift = 64 - BitOperations.Log2((uint)_slots.Length);
            var i = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);
            while (_slots[i] != 0 && (uint)_slots[i] != key)
            {
                i = (i + 1) & mask;
            }

            if (_slots[i] == 0)
            {
                _count++;
            }

            _slots[i] = key | ((ulong)(uint)(at + 1) << 32);
        }

        /// <summary>The table (the builder must not be used afterwards).</summary>
        public FeatureTable Build()
        {
            if (_count * 2 > _slots.Length)
            {
                throw new InvalidOperationException("More feature rows than the table was sized for.");
            }

            return new FeatureTable(_slots, _used == _data.Length ? _data : _data.AsSpan(0, _used).ToArray(), _count);
        }
    }
}
