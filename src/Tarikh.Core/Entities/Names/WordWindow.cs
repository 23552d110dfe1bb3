using System.Collections;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// The first <see cref="Count"/> words of a buffer, as a read-only list: one object per document that the passes
/// over a sentence's words read, moved from sentence to sentence (an <see cref="ArraySegment{T}"/> passed as a list
/// would be boxed for every sentence). Not thread-safe; per document.
/// </summary>
internal sealed class WordWindow : IReadOnlyList<string>
{
    private string[] _words;

    /// <summary>Creates a window over a buffer of at least <paramref name="capacity"/> words.</summary>
    public WordWindow(int capacity) => _words = new string[Math.Max(1, capacity)];

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <inheritdoc />
    public string this[int index] => (uint)index < (uint)Count ? _words[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Empties the window and makes room for <paramref name="count"/> words, to be set with <see cref="Set"/>.</summary>
    public void Reset(int count)
    {
        if (_words.Length < count)
        {
            _words = new string[count];
        }

        Array.Clear(_words, 0, Count);
        Count = count;
    }

    /// <summary>Sets word <paramref name="index"/> (below the count given to <see cref="Reset"/>).</summary>
    public void Set(int index, string word)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        _words[index] = word;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _words[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
