using System.Collections.Concurrent;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// The keys, words and skeletons of <see cref="KbNames"/>, remembered: the linker and the verifier compare the same KB
/// names (every name of every candidate, for every cluster and event phrase) many times per document, and normalizing
/// them again was most of their time. Owned by one linker or verifier; thread-safe; bounded (cleared past
/// <see cref="Limit"/> entries). Same results as <see cref="KbNames"/>: arrays returned are shared, never to be changed.
/// </summary>
internal sealed class KbNameMemo(KbNames names)
{
    private const int Limit = 200_000;
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _skeletons = new(StringComparer.Ordinal);

    // One delegate for the instance method (a method group of an instance method is a new delegate at every call: round 14
    // measured 45–55 bytes per input byte of them in the knowledge stage).
    private readonly Func<string, string> _key = names.Key;

    // Entries added since the last clear, counted here: ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _keysAdded;
    private int _wordsAdded;
    private int _skeletonsAdded;

    /// <summary><see cref="KbNames.Key"/>.</summary>
    public string Key(string name) => Remember(_keys, name, _key, ref _keysAdded);

    /// <summary><see cref="KbNames.Words"/> (shared array).</summary>
    public string[] Words(string key) => Remember(_words, key, KbNames.Words, ref _wordsAdded);

    /// <summary><see cref="KbNames.Skeleton"/>.</summary>
    public string Skeleton(string key) => Remember(_skeletons, key, KbNames.Skeleton, ref _skeletonsAdded);

    private static T Remember<T>(ConcurrentDictionary<string, T> memo, string input, Func<string, T> compute, ref int added)
    {
        if (memo.TryGetValue(input, out var value))
        {
            return value;
        }

        value = compute(input);
        if (Interlocked.Increment(ref added) > Limit)
        {
            memo.Clear();
            Volatile.Write(ref added, 1);
        }

        memo[input] = value;
        return value;
    }
}
