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
        var keys = new List<uint>(count);
        var masks = new List<uint>(count);
        var packed = new List<float>(count * 4);
        foreach (var (key, row) in rows)
        {
            uint mask = 0;
            for (var l = 0; l < labels; l++)
            {
                var v = weights[(row * labels) + l];
                if (v != 0)
                {
                    mask |= 1u << l;
                    packed.Add(v);
                }
            }

            keys.Add(key);
            masks.Add(mask);
        }

        return FromPacked(CollectionsMarshal.AsSpan(keys), CollectionsMarshal.AsSpan(masks), CollectionsMarshal.AsSpan(packed), labels);
    }

    /// <summary>
    /// Builds the table from rows given as key, label mask, and the weights of the labels in the mask in label order
    /// (all rows' weights one after the other in <paramref name="packed"/>); a later row of a key already seen replaces it.
    /// One method with plain loops: it runs once per process, before the tiered compiler has optimized anything.
    /// </summary>
    public static FeatureTable FromPacked(ReadOnlySpan<uint> keys, ReadOnlySpan<uint> masks, ReadOnlySpan<float> packed, int labels)
    {
        if (labels is < 1 or > 31 || keys.Length != masks.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(labels));
        }

        var size = 0L;
        var total = 0;
        foreach (var m in masks)
        {
            var k = BitOperations.PopCount(m);
            total += k;
            size += 1 + (k > SparseAtMost ? labels : k);
        }

        if (total != packed.Length || size > int.MaxValue - 1)
        {
            throw new ArgumentException("The packed weights do not match the masks.", nameof(packed));
        }

        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        var slots = new ulong[capacity];
        var data = GC.AllocateUninitializedArray<uint>((int)size);
        var slotMask = capacity - 1;
        var shift = 64 - BitOperations.Log2((uint)capacity);
        var at = 0;
        var from = 0;
        var count = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            var mask = masks[r];
            var k = BitOperations.PopCount(mask);
            var row = at;
            if (k > SparseAtMost)
            {
                data[at] = Dense;
                var dense = data.AsSpan(at + 1, labels);
                dense.Clear();
                for (var j = 0; j < k; j++)
                {
                    dense[BitOperations.TrailingZeroCount(mask)] = BitConverter.SingleToUInt32Bits(packed[from + j]);
                    mask &= mask - 1;
                }

                at += 1 + labels;
            }
            else
            {
                data[at] = mask;
                for (var j = 0; j < k; j++)
                {
                    data[at + 1 + j] = BitConverter.SingleToUInt32Bits(packed[from + j]);
                }

                at += 1 + k;
            }

            from += k;
            var key = keys[r];
            var i = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);
            while (slots[i] != 0 && (uint)slots[i] != key)
            {
                i = (i + 1) & slotMask;
            }

            count += slots[i] == 0 ? 1 : 0;
            slots[i] = key | ((ulong)(uint)(row + 1) << 32);
        }

        return new FeatureTable(slots, data, count);
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
    /// <remarks>A prefetch never faults and changes no state: if the collector moves the array in between, it only misses.</remarks>
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
}
