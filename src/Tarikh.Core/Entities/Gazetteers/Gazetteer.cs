using System.Collections.Frozen;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Gazetteers;

/// <summary>A gazetteer hit: a phrase of <see cref="Length"/> tokens starting at a token, with its kind.</summary>
/// <param name="Start">Index of the first token (in the array given to <see cref="Gazetteer.Match"/>).</param>
/// <param name="Length">Number of tokens.</param>
/// <param name="Kind">country, city, region, river, sea, continent…</param>
public readonly record struct GazetteerHit(int Start, int Length, string Kind);

/// <summary>
/// Place names (possibly several words) with their kind, matched on normalized tokens: the first
/// word may carry proclitics (و ب ل ك ف) and the article; words are compared without a leading
/// article. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, string> _phrases;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly FrozenSet<string> _firstWordSet;

    // Every proper prefix of two or more words of a phrase ("جامعة الدول" of "جامعة الدول العربية"), so that
    // matching extends a candidate word by word and stops as soon as no phrase continues it.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    // One-word names exactly as listed (normalized, article kept): الإسكندرية is listed with its article, قيصري without.
    private readonly FrozenSet<string> _listedForms;

    /// <summary>Creates a gazetteer from (name, kind) pairs; names are normalized here.</summary>
    public Gazetteer(IEnumerable<(string Name, string Kind)> entries, ArabicNormalizer? normalizer = null)
    {
        normalizer ??= ArabicNormalizer.Default;
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var (name, kind) in entries)
        {
            var words = normalizer.NormalizeString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var key = string.Join(' ', words.Select(w => Canonical(w).ToString()));
            // The first kind given wins (extra lists come after the generated one and may add variants only).
            phrases.TryAdd(key, kind);
            first.Add(Canonical(words[0]).ToString());
            if (words.Length == 1)
            {
                listed.Add(words[0]);
            }

            for (var cut = key.IndexOf(' '); cut >= 0; cut = key.IndexOf(' ', cut + 1))
            {
                var next = key.IndexOf(' ', cut + 1);
                if (next >= 0)
                {
                    prefixes.Add(key[..next]);
                }
            }

            maxWords = Math.Max(maxWords, words.Length);
        }

        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordSet = first.ToFrozenSet(StringComparer.Ordinal);
        _firstWords = _firstWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _listedForms = listed.ToFrozenSet(StringComparer.Ordinal);
        MaxWords = maxWords;
    }

    /// <summary>Number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Longest phrase in words.</summary>
    public int MaxWords { get; }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>The word without a leading article (when at least three letters remain).</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> word)
        => word.Length >= 5 && word[0] == '\u0627' && word[1] == '\u0644' ? word[2..] : word;

    /// <summary>True when this exact normalized word (article included) is a one-word entry as listed.</summary>
    public bool ListsExactly(string normalizedWord) => _listedForms.Contains(normalizedWord);

    /// <summary>The kind of a (normalized or not) phrase, or null.</summary>
    public string? KindOf(string phrase)
    {
        var words = ArabicNormalizer.Default.NormalizeString(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = string.Join(' ', words.Select(w => Canonical(w).ToString()));
        return _phrases.GetValueOrDefault(key);
    }

    /// <summary>
    /// Finds the longest phrases, left to right, without overlaps, in a run of tokens
    /// (the first word of a phrase may carry proclitics).
    /// </summary>
    public List<GazetteerHit> Match(ReadOnlySpan<Token> tokens)
    {
        var hits = new List<GazetteerHit>();
        var i = 0;
        while (i < tokens.Length)
        {
            var hit = MatchAt(tokens, i);
            if (hit is { } h)
            {
                hits.Add(h);
                i += h.Length;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    private GazetteerHit? MatchAt(ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[256];
        var n = t.CliticCount;
        for (var k = n; k >= 0; k--)
        {
            var first = Canonical(t.BaseCandidate(k));
            if (!_firstWords.Contains(first) || first.Length > buffer.Length)
            {
                continue;
            }

            // Extend the candidate word by word while some phrase continues it; keep the longest phrase seen.
            var maxLen = Math.Min(MaxWords, tokens.Length - i);
            first.CopyTo(buffer);
            var used = first.Length;
            string? bestKind = null;
            var bestLen = 0;
            if (_phraseLookup.TryGetValue(first, out var one))
            {
                (bestKind, bestLen) = (one, 1);
            }

            for (var len = 2; len <= maxLen; len++)
            {
                var tj = tokens[i + len - 1];
                var word = Canonical(tj.Norm);
                if (tj.Kind != TokenKind.Arabic || used + 1 + word.Length > buffer.Length)
                {
                    break;
                }

                buffer[used++] = ' ';
                word.CopyTo(buffer[used..]);
                used += word.Length;
                var key = buffer[..used];
                if (_phraseLookup.TryGetValue(key, out var kind))
                {
                    (bestKind, bestLen) = (kind, len);
                }

                if (!_prefixes.Contains(key))
                {
                    break;
                }
            }

            if (bestKind is not null)
            {
                return new GazetteerHit(i, bestLen, bestKind);
            }
        }

        return null;
    }

    /// <summary>Parses gazetteer lines (<c>name&lt;TAB&gt;kind</c>, <c>#</c> comments).</summary>
    public static IEnumerable<(string Name, string Kind)> ParseTsv(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length >= 2 && parts[0].Length > 0)
            {
                yield return (parts[0].Trim(), parts[1].Trim());
            }
        }
    }
}
