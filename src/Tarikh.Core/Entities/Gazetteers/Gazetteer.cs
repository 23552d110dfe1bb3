using Tarikh.Core.Normalization;
using Tarikh.Core.Pipeline;
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
    // Normalized phrases (words without a leading article, joined by one space), each with the index of its kind.
    private readonly StaticStringTable _phrases;
    private readonly string[] _kinds;
    private readonly StaticStringTable _firstWords;

    // Every proper prefix of two or more words of a phrase ("جامعة الدول" of "جامعة الدول العربية"), so that
    // matching extends a candidate word by word and stops as soon as no phrase continues it.
    private readonly StaticStringTable _prefixes;

    // One-word names exactly as listed (normalized, article kept): الإسكندرية is listed with its article, قيصري without.
    private readonly StaticStringTable _listedForms;

    /// <summary>Creates a gazetteer from (name, kind) pairs; names are normalized here.</summary>
    public Gazetteer(IEnumerable<(string Name, string Kind)> entries, ArabicNormalizer? normalizer = null)
    {
        normalizer ??= ArabicNormalizer.Default;
        var phrases = new List<KeyValuePair<string, int>>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindList = new List<string>();
        var first = new List<string>();
        var prefixes = new List<string>();
        var listed = new List<string>();
        var maxWords = 1;
        foreach (var (name, kind) in entries)
        {
            var words = normalizer.NormalizeString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var key = string.Join(' ', words.Select(w => Canonical(w).ToString()));
            if (kinds.TryAdd(kind, kindList.Count))
            {
                kindList.Add(kind);
            }

            // The first kind given wins (extra lists come after the generated one and may add variants only).
            phrases.Add(new(key, kinds[kind]));
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

        _phrases = StaticStringTable.Build(phrases);
        _kinds = [.. kindList];
        _firstWords = StaticStringTable.Build(first);
        _prefixes = StaticStringTable.Build(prefixes);
        _listedForms = StaticStringTable.Build(listed);
        MaxWords = maxWords;
    }

    // From an image: the tables exactly as the constructor above built them.
    private Gazetteer(StaticStringTable phrases, string[] kinds, StaticStringTable first, StaticStringTable prefixes, StaticStringTable listed, int maxWords)
    {
        _phrases = phrases;
        _kinds = kinds;
        _firstWords = first;
        _prefixes = prefixes;
        _listedForms = listed;
        MaxWords = maxWords;
    }

    /// <summary>
    /// Writes the gazetteer's tables (normalized phrases and their kinds, first words, phrase prefixes, listed
    /// forms) to an image, from which <see cref="ReadImage"/> rebuilds it by copying arrays: no parsing, no
    /// normalizing, no hashing.
    /// </summary>
    internal void WriteImage(ImageWriter writer)
    {
        writer.Write(MaxWords);
        writer.Write(_kinds);
        _phrases.WriteImage(writer);
        _firstWords.WriteImage(writer);
        _prefixes.WriteImage(writer);
        _listedForms.WriteImage(writer);
    }

    /// <summary>Reads a gazetteer written by <see cref="WriteImage"/>.</summary>
    /// <exception cref="FormatException">The image is not a gazetteer's.</exception>
    internal static Gazetteer ReadImage(ImageReader reader)
    {
        var maxWords = reader.ReadInt32();
        var kinds = reader.ReadStrings();
        var phrases = StaticStringTable.ReadImage(reader);
        foreach (var (_, kind) in phrases.Entries)
        {
            if ((uint)kind >= (uint)kinds.Length)
            {
                throw new FormatException("image: bad kind");
            }
        }

        return new Gazetteer(phrases, kinds, StaticStringTable.ReadImage(reader), StaticStringTable.ReadImage(reader), StaticStringTable.ReadImage(reader), maxWords);
    }

    /// <summary>
    /// True when both gazetteers hold the same tables (phrases with their kinds, first words, prefixes, listed
    /// forms, longest phrase): an image read back must equal the gazetteer built from the text.
    /// </summary>
    internal bool SameTablesAs(Gazetteer other)
        => MaxWords == other.MaxWords
           && _phrases.Count == other._phrases.Count
           && _phrases.Entries.All(p => other._phrases.TryGetValue(p.Key, out var k) && other._kinds[k] == _kinds[p.Value])
           && _firstWords.SameEntriesAs(other._firstWords)
           && _prefixes.SameEntriesAs(other._prefixes)
           && _listedForms.SameEntriesAs(other._listedForms);

    /// <summary>Number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Longest phrase in words.</summary>
    public int MaxWords { get; }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>The word without a leading article (when at least three letters remain).</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> word)
        => word.Length >= 5 && word[0] == '\u0627' && word[1] == '\u0644' ? word[2..] : word;

    /// <summary>True when a normalized word is the first word of some entry (وديع of "وديع الصافي").</summary>
    public bool BeginsAnEntry(ReadOnlySpan<char> normalizedWord) => _firstWords.Contains(Canonical(normalizedWord));

    /// <summary>True when this exact normalized word (article included) is a one-word entry as listed.</summary>
    public bool ListsExactly(string normalizedWord) => _listedForms.Contains(normalizedWord);

    /// <summary>As <see cref="ListsExactly(string)"/> for the characters of a span.</summary>
    internal bool ListsExactly(ReadOnlySpan<char> normalizedWord) => _listedForms.Contains(normalizedWord);

    /// <summary>The kind of a (normalized or not) phrase, or null.</summary>
    public string? KindOf(string phrase) => KindOf(phrase.AsSpan());

    /// <summary>As <see cref="KindOf(string)"/> for the characters of a span (normalized on the stack: no string made).</summary>
    internal string? KindOf(ReadOnlySpan<char> phrase)
    {
        // The phrase is normalized into a buffer, then the key (words without their article, one space between) is
        // built in a second buffer and looked up as a span.
        var normalizer = ArabicNormalizer.Default;
        var length = normalizer.NormalizedLength(phrase);
        char[]? rentedText = null;
        Span<char> text = length <= 256 ? stackalloc char[256] : (rentedText = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        text = text[..normalizer.NormalizeInto(phrase, text)];
        char[]? rented = null;
        Span<char> key = text.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var n = 0;
        foreach (var range in ((ReadOnlySpan<char>)text).Split(' '))
        {
            var word = ((ReadOnlySpan<char>)text)[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (n > 0)
            {
                key[n++] = ' ';
            }

            var canonical = Canonical(word);
            canonical.CopyTo(key[n..]);
            n += canonical.Length;
        }

        var found = _phrases.TryGetValue(key[..n], out var kind);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        if (rentedText is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rentedText);
        }

        return found ? _kinds[kind] : null;
    }

    /// <summary>
    /// Finds the longest phrases, left to right, without overlaps, in a run of tokens
    /// (the first word of a phrase may carry proclitics).
    /// </summary>
    public List<GazetteerHit> Match(ReadOnlySpan<Token> tokens)
    {
        var hits = new List<GazetteerHit>();
        foreach (var h in Hits(tokens))
        {
            hits.Add(h);
        }

        return hits;
    }

    /// <summary>The hits of <see cref="Match"/>, found one by one as they are enumerated (nothing allocated).</summary>
    internal HitEnumerator Hits(ReadOnlySpan<Token> tokens) => new(this, tokens);

    /// <summary>Enumerates the hits of <see cref="Hits"/>: longest phrases, left to right, without overlaps.</summary>
    internal ref struct HitEnumerator
    {
        private readonly Gazetteer _gazetteer;
        private readonly ReadOnlySpan<Token> _tokens;
        private int _next;

        internal HitEnumerator(Gazetteer gazetteer, ReadOnlySpan<Token> tokens)
        {
            _gazetteer = gazetteer;
            _tokens = tokens;
        }

        /// <summary>The current hit.</summary>
        public GazetteerHit Current { get; private set; }

        /// <summary>This enumerator (for <c>foreach</c>).</summary>
        public readonly HitEnumerator GetEnumerator() => this;

        /// <summary>Finds the next hit.</summary>
        public bool MoveNext()
        {
            while (_next < _tokens.Length)
            {
                if (_gazetteer.MatchAt(_tokens, _next) is { } h)
                {
                    Current = h;
                    _next += h.Length;
                    return true;
                }

                _next++;
            }

            return false;
        }
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
            if (_phrases.TryGetValue(first, out var one))
            {
                (bestKind, bestLen) = (_kinds[one], 1);
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
                if (_phrases.TryGetValue(key, out var kind))
                {
                    (bestKind, bestLen) = (_kinds[kind], len);
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
