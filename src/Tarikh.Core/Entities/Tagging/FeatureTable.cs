namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// An immutable open-addressing map from feature key to weight row, built in linear time
/// (faster to load than a general dictionary, allocation-free to query). Thread-safe for reads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows; // -1 = empty
    private readonly int _mask;
    private readonly int _shift;

    public FeatureTable(IEnumerable<KeyValuePair<uint, int>> entries, int count)
    {
        (_keys, _rows, _mask, _shift) = Allocate(count);
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
        (_keys, _rows, _mask, _shift) = Allocate(keys.Length);
        var stored = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            stored += Insert(keys[row], row) ? 1 : 0;
        }

        Count = stored;
    }

    private static (uint[] Keys, int[] Rows, int Mask, int Shift) Allocate(int count)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        var rows = new int[capacity];
        Array.Fill(rows, -1);
        return (new uint[capacity], rows, capacity - 1, 32 - System.Numerics.BitOperations.Log2((uint)capacity));
    }

    /// <summary>Puts a key's row in its slot (linear probing); true when the key was not there yet.</summary>
    private bool Insert(uint key, int row)
    {
        var i = Slot(key);
        while (_rows[i] >= 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        var added = _rows[i] < 0;
        _keys[i] = key;
        _rows[i] = row;
        return added;
    }

    public int Count { get; }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift) & _mask;

    public bool TryGetValue(uint key, out int row)
    {
        var i = Slot(key);
        while (true)
        {
            var r = _rows[i];
            if (r < 0)
            {
                row = -1;
                return false;
            }

            if (_keys[i] == key)
            {
                row = r;
                return true;
            }

            i = (i + 1) & _mask;
        }
    }

    public IEnumerable<KeyValuePair<uint, int>> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_rows[i] >= 0)
            {
                yield return new(_keys[i], _rows[i]);
            }
        }
    }
}
