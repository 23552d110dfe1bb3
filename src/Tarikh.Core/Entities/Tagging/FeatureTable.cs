namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// An immutable open-addressing map from feature key to weight row, built in linear time
/// (faster to load than a general dictionary, allocation-free to query). Thread-safe for reads.
/// Each slot holds the key and its row in one 64-bit word (row in the high half, all ones when empty), so a lookup
/// reads one cache line per probe, not one in a key array and another in a row array: the table is megabytes and
/// every token looks up dozens of features, so the lookups are memory-bound.
/// </summary>
internal sealed class FeatureTable
{
    private const ulong Empty = ulong.MaxValue;

    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    public FeatureTable(IEnumerable<KeyValuePair<uint, int>> entries, int count)
    {
        (_slots, _mask, _shift) = Allocate(count);
        var stored = 0;
        foreach (var (key, row) in entries)
        {
            stored += Insert(key, row) ? 1 : 0;
        }

        Count = stored;
    }

    /// <summary>A table whose row of <c>keys[i]</c> is <c>i</c> (distinct keys, as a saved model holds them).</summary>
    public FeatureTable(ReadOnlySpan<uint> keys)
    {
        (_slots, _mask, _shift) = Allocate(keys.Length);
        var stored = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            stored += Insert(keys[row], row) ? 1 : 0;
        }

        Count = stored;
    }

    private static (ulong[] Slots, int Mask, int Shift) Allocate(int count)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        var slots = new ulong[capacity];
        Array.Fill(slots, Empty);
        return (slots, capacity - 1, 32 - System.Numerics.BitOperations.Log2((uint)capacity));
    }

    private static bool IsEmpty(ulong slot) => (slot >> 32) == uint.MaxValue;

    /// <summary>Puts a key's row in its slot (linear probing); true when the key was not there yet.</summary>
    private bool Insert(uint key, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        var i = Slot(key);
        while (!IsEmpty(_slots[i]) && (uint)_slots[i] != key)
        {
            i = (i + 1) & _mask;
        }

        var added = IsEmpty(_slots[i]);
        _slots[i] = ((ulong)(uint)row << 32) | key;
        return added;
    }

    public int Count { get; }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift) & _mask;

    public bool TryGetValue(uint key, out int row)
    {
        var slots = _slots;
        var i = Slot(key);
        while (true)
        {
            var slot = slots[i];
            if (IsEmpty(slot))
            {
                row = -1;
                return false;
            }

            if ((uint)slot == key)
            {
                row = (int)(slot >> 32);
                return true;
            }

            i = (i + 1) & _mask;
        }
    }

    public IEnumerable<KeyValuePair<uint, int>> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (!IsEmpty(_slots[i]))
            {
                yield return new((uint)_slots[i], (int)(_slots[i] >> 32));
            }
        }
    }
}
