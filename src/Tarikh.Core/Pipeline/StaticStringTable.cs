using System.Numerics;
using System.Runtime.InteropServices;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// An immutable set of strings, each with an integer value, laid out in four flat arrays (the characters of
/// every key, where each key starts, its value, and an open-addressing slot table) so that an image of it is
/// read back by copying the arrays, without creating a string or hashing a key. Keys compare ordinally (as
/// <see cref="StringComparer.Ordinal"/>). The hash is fixed (not seeded): the table is built once from known
/// keys at a load factor of at most one half, so the longest probe a lookup can make is fixed by those keys,
/// whatever text is looked up. Thread-safe.
/// </summary>
internal sealed class StaticStringTable
{
    private readonly char[] _chars;
    private readonly int[] _starts; // key i is _chars[_starts[i].._starts[i + 1]]
    private readonly int[] _values;
    private readonly int[] _slots; // key index + 1, or 0 for an empty slot

    private StaticStringTable(char[] chars, int[] starts, int[] values, int[] slots)
    {
        _chars = chars;
        _starts = starts;
        _values = values;
        _slots = slots;
    }

    /// <summary>Builds a table; the first value given for a key wins (as <c>Dictionary.TryAdd</c>).</summary>
    public static StaticStringTable Build(IEnumerable<KeyValuePair<string, int>> entries)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var values = new List<int>();
        foreach (var (key, value) in entries)
        {
            if (seen.TryAdd(key, keys.Count))
            {
                keys.Add(key);
                values.Add(value);
            }
        }

        var starts = new int[keys.Count + 1];
        var length = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            starts[i] = length;
            length += keys[i].Length;
        }

        starts[keys.Count] = length;
        var chars = new char[length];
        for (var i = 0; i < keys.Count; i++)
        {
            keys[i].CopyTo(0, chars, starts[i], keys[i].Length);
        }

        var slots = new int[SlotCount(keys.Count)];
        var mask = slots.Length - 1;
        for (var i = 0; i < keys.Count; i++)
        {
            var s = (int)(Hash(keys[i]) & (uint)mask);
            while (slots[s] != 0)
            {
                s = (s + 1) & mask;
            }

            slots[s] = i + 1;
        }

        return new StaticStringTable(chars, starts, [.. values], slots);
    }

    /// <summary>Builds a set (every value 0).</summary>
    public static StaticStringTable Build(IEnumerable<string> keys) => Build(keys.Select(k => new KeyValuePair<string, int>(k, 0)));

    private static int SlotCount(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, count * 2));

    /// <summary>Number of keys.</summary>
    public int Count => _values.Length;

    /// <summary>The value of a key, or false when it is not in the table.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var mask = _slots.Length - 1;
        for (var s = (int)(Hash(key) & (uint)mask); ; s = (s + 1) & mask)
        {
            var k = _slots[s] - 1;
            if (k < 0)
            {
                value = 0;
                return false;
            }

            if (key.SequenceEqual(_chars.AsSpan(_starts[k], _starts[k + 1] - _starts[k])))
            {
                value = _values[k];
                return true;
            }
        }
    }

    /// <summary>True when the key is in the table.</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>The keys with their values, in the order they were added.</summary>
    public IEnumerable<(string Key, int Value)> Entries
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                yield return (new string(_chars, _starts[i], _starts[i + 1] - _starts[i]), _values[i]);
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units (fixed, so an image's slots stay valid in every process).</summary>
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return h ^ (h >> 15);
    }

    /// <summary>Writes the four arrays.</summary>
    public void WriteImage(ImageWriter writer)
    {
        writer.Write(MemoryMarshal.AsBytes(_chars.AsSpan()), _chars.Length);
        writer.Write(MemoryMarshal.AsBytes(_starts.AsSpan()), _starts.Length);
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()), _values.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()), _slots.Length);
    }

    /// <summary>
    /// Reads a table written by <see cref="WriteImage"/>, checking that its arrays fit together (every start in
    /// order and within the characters, every slot pointing at a key, a power-of-two slot table with a free slot),
    /// so a damaged image cannot make a lookup read out of bounds or loop.
    /// </summary>
    /// <exception cref="FormatException">The arrays do not make a table.</exception>
    public static StaticStringTable ReadImage(ImageReader reader)
    {
        var chars = reader.ReadArray<char>();
        var starts = reader.ReadArray<int>();
        var values = reader.ReadArray<int>();
        var slots = reader.ReadArray<int>();
        if (starts.Length != values.Length + 1 || starts[0] != 0 || starts[^1] != chars.Length
            || slots.Length != SlotCount(values.Length))
        {
            throw new FormatException("image: table arrays do not fit together");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (starts[i] > starts[i + 1])
            {
                throw new FormatException("image: key starts out of order");
            }
        }

        var used = 0;
        foreach (var s in slots)
        {
            if ((uint)s > (uint)values.Length)
            {
                throw new FormatException("image: slot out of range");
            }

            used += s == 0 ? 0 : 1;
        }

        if (used != values.Length)
        {
            throw new FormatException("image: slots and keys disagree");
        }

        return new StaticStringTable(chars, starts, values, slots);
    }

    /// <summary>True when both tables hold the same keys with the same values (order aside).</summary>
    public bool SameEntriesAs(StaticStringTable other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!other.TryGetValue(_chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]), out var v) || v != _values[i])
            {
                return false;
            }
        }

        return true;
    }
}
