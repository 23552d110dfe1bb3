using System.Text;

namespace Tarikh.Core.Normalization;

/// <summary>Which foldings the normalizer applies.</summary>
/// <param name="FoldAlef">أ إ آ ٱ ٲ ٳ → ا.</param>
/// <param name="FoldYa">ى (alef maksura) and Farsi ی → ي.</param>
/// <param name="FoldTaMarbuta">ة → ه.</param>
/// <param name="FoldHamzaCarriers">ؤ → و and ئ → ي (off by default: they distinguish words).</param>
/// <param name="LowerLatin">A–Z → a–z.</param>
public sealed record NormalizerOptions(
    bool FoldAlef = true,
    bool FoldYa = true,
    bool FoldTaMarbuta = true,
    bool FoldHamzaCarriers = false,
    bool LowerLatin = true)
{
    /// <summary>The defaults used for matching throughout Tarikh.</summary>
    public static NormalizerOptions Default { get; } = new();
}

/// <summary>
/// Arabic normalization for matching, keeping an exact map back to the original text:
/// removes tatweel, harakat (U+064B–U+065F, U+0670, Quranic marks) and invisible format characters;
/// folds alef forms, alef maksura, ta marbuta; maps Eastern Arabic and Persian digits to ASCII;
/// maps Arabic punctuation (، ؛ ؟ ٪ ٫ ٬) and typographic dashes/quotes/spaces to ASCII;
/// decomposes Arabic presentation forms (ﻻ → لا). Immutable and thread-safe: build once, reuse.
/// </summary>
public sealed class ArabicNormalizer
{
    private const char Delete = '\uFFFF';
    private const char Expand = '\uFFFE'; // the character expands to several (see _expansions)
    private readonly char[] _map; // BMP → mapped char, the char itself, or Delete
    private readonly Dictionary<char, string> _expansions;

    /// <summary>Creates a normalizer with the given options.</summary>
    public ArabicNormalizer(NormalizerOptions? options = null)
    {
        Options = options ?? NormalizerOptions.Default;
        _map = new char[65536];
        for (var i = 0; i < _map.Length; i++)
        {
            _map[i] = (char)i;
        }

        _expansions = [];
        BuildTable(Options);
    }

    /// <summary>The default normalizer.</summary>
    public static ArabicNormalizer Default { get; } = new();

    /// <summary>The options in force.</summary>
    public NormalizerOptions Options { get; }

    /// <summary>True when the character is removed by normalization (haraka, tatweel, format mark).</summary>
    public bool IsDeleted(char c) => _map[c] == Delete;

    /// <summary>The normalized form of one character (its first character when it expands), or <c>\uFFFF</c> when deleted.</summary>
    public char Map(char c) => _map[c] == Expand ? _expansions[c][0] : _map[c];

    /// <summary>Normalizes a text and keeps the offset map.</summary>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Length;
        var pool = System.Buffers.ArrayPool<char>.Shared;
        var chars = pool.Rent(n + 8);
        var breaks = new ShiftBreaks(64);
        var map = _map;
        var k = 0;
        var shift = int.MinValue;
        try
        {
            for (var i = 0; i < n; i++)
            {
                var c = text[i];
                var m = map[c];
                if (m == Delete)
                {
                    // A deleted mark belongs to the character before it (its source range ends after the mark).
                    continue;
                }

                if (m == Expand)
                {
                    var expansion = _expansions[c];
                    if (k + expansion.Length >= chars.Length)
                    {
                        var bigger = pool.Rent(chars.Length * 2 + expansion.Length);
                        chars.AsSpan(0, k).CopyTo(bigger);
                        pool.Return(chars);
                        chars = bigger;
                    }

                    foreach (var e in expansion)
                    {
                        // Every character of an expansion starts at the same source character.
                        if (i - k != shift)
                        {
                            shift = i - k;
                            breaks.Add(k, shift);
                        }

                        chars[k++] = e;
                    }

                    continue;
                }

                if (i - k != shift)
                {
                    shift = i - k;
                    breaks.Add(k, shift);
                }

                chars[k++] = m;
            }

            return new NormalizedText(new string(chars, 0, k), breaks.Positions, breaks.Shifts, n);
        }
        finally
        {
            pool.Return(chars);
            breaks.Dispose();
        }
    }

    /// <summary>The breakpoints of the source-minus-normalized shift, in pooled arrays.</summary>
    private struct ShiftBreaks(int capacity) : IDisposable
    {
        private int[] _positions = System.Buffers.ArrayPool<int>.Shared.Rent(capacity);
        private int[] _shifts = System.Buffers.ArrayPool<int>.Shared.Rent(capacity);
        private int _count;

        public readonly ReadOnlySpan<int> Positions => _positions.AsSpan(0, _count);

        public readonly ReadOnlySpan<int> Shifts => _shifts.AsSpan(0, _count);

        public void Add(int position, int shift)
        {
            if (_count == _positions.Length)
            {
                Grow(ref _positions, _count);
                Grow(ref _shifts, _count);
            }

            _positions[_count] = position;
            _shifts[_count] = shift;
            _count++;
        }

        private static void Grow(ref int[] array, int count)
        {
            var bigger = System.Buffers.ArrayPool<int>.Shared.Rent(array.Length * 2);
            array.AsSpan(0, count).CopyTo(bigger);
            System.Buffers.ArrayPool<int>.Shared.Return(array);
            array = bigger;
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_positions);
            System.Buffers.ArrayPool<int>.Shared.Return(_shifts);
            _positions = _shifts = [];
        }
    }

    /// <summary>Normalizes a short string (a lexicon entry, a query) without keeping a map.</summary>
    public string NormalizeString(ReadOnlySpan<char> text)
    {
        // Two passes, the first to measure: the characters go into one buffer (on the stack for a word), then one string.
        var length = NormalizedLength(text);
        char[]? rented = null;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        NormalizeInto(text, buffer);
        var result = new string(buffer);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The length of <see cref="NormalizeString"/>'s result, without making it.</summary>
    internal int NormalizedLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        foreach (var c in text)
        {
            var m = _map[c];
            length += m == Delete ? 0 : m == Expand ? _expansions[c].Length : 1;
        }

        return length;
    }

    /// <summary>Writes <see cref="NormalizeString"/>'s characters into <paramref name="buffer"/> (at least
    /// <see cref="NormalizedLength"/> long); returns how many were written.</summary>
    internal int NormalizeInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in text)
        {
            var m = _map[c];
            if (m == Delete)
            {
                continue;
            }

            if (m == Expand)
            {
                _expansions[c].AsSpan().CopyTo(buffer[n..]);
                n += _expansions[c].Length;
            }
            else
            {
                buffer[n++] = m;
            }
        }

        return n;
    }

    private void BuildTable(NormalizerOptions o)
    {
        // Harakat, Quranic annotation marks, superscript alef, tatweel.
        for (var c = '\u064B'; c <= '\u065F'; c++)
        {
            _map[c] = Delete;
        }

        _map['\u0670'] = Delete;
        _map['\uFFFE'] = Delete; // noncharacters; U+FFFE doubles as the expansion marker
        _map['\uFFFF'] = Delete;
        _map['\u0640'] = Delete;
        for (var c = '\u0610'; c <= '\u061A'; c++)
        {
            _map[c] = Delete;
        }

        for (var c = '\u06D6'; c <= '\u06DC'; c++)
        {
            _map[c] = Delete;
        }

        for (var c = '\u06DF'; c <= '\u06E8'; c++)
        {
            _map[c] = Delete;
        }

        for (var c = '\u06EA'; c <= '\u06ED'; c++)
        {
            _map[c] = Delete;
        }

        // Invisible format characters: ZWNJ, ZWJ, LRM, RLM, bidi embeddings/isolates, BOM, soft hyphen.
        foreach (var c in "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u00AD\u061C")
        {
            _map[c] = Delete;
        }

        // Digits.
        for (var d = 0; d < 10; d++)
        {
            _map['\u0660' + d] = (char)('0' + d);
            _map['\u06F0' + d] = (char)('0' + d);
        }

        // Punctuation.
        _map['\u060C'] = ','; // ،
        _map['\u061B'] = ';'; // ؛
        _map['\u061F'] = '?'; // ؟
        _map['\u066A'] = '%'; // ٪
        _map['\u066B'] = '.'; // ٫ decimal separator
        _map['\u066C'] = ','; // ٬ thousands separator
        _map['\u06D4'] = '.'; // ۔ full stop
        foreach (var c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
        {
            _map[c] = '-';
        }

        foreach (var c in "\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033")
        {
            _map[c] = '"';
        }

        foreach (var c in "\u2018\u2019\u201A\u201B\u2032")
        {
            _map[c] = '\'';
        }

        foreach (var c in "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000")
        {
            _map[c] = ' ';
        }

        _map['\u2026'] = '.'; // … keeps one unit per character

        // Letter variants.
        _map['\u06A9'] = '\u0643'; // ک → ك
        _map['\u06AA'] = '\u0643';
        _map['\u06CC'] = '\u064A'; // ی → ي
        _map['\u06D0'] = '\u064A';
        if (o.FoldAlef)
        {
            foreach (var c in "\u0622\u0623\u0625\u0671\u0672\u0673")
            {
                _map[c] = '\u0627';
            }
        }

        if (o.FoldYa)
        {
            _map['\u0649'] = '\u064A';
        }

        if (o.FoldTaMarbuta)
        {
            _map['\u0629'] = '\u0647';
        }

        if (o.FoldHamzaCarriers)
        {
            _map['\u0624'] = '\u0648';
            _map['\u0626'] = '\u064A';
        }

        if (o.LowerLatin)
        {
            for (var c = 'A'; c <= 'Z'; c++)
            {
                _map[c] = (char)(c + 32);
            }
        }

        // Arabic presentation forms (FB50–FDFF, FE70–FEFC): decompose with NFKC, then fold.
        for (var c = 0xFB50; c <= 0xFEFC; c++)
        {
            if (c is > 0xFDFF and < 0xFE70)
            {
                continue;
            }

            var ch = (char)c;
            string decomposed;
            try
            {
                decomposed = ch.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (decomposed.Length == 1 && decomposed[0] == ch)
            {
                continue;
            }

            var folded = new StringBuilder();
            foreach (var d in decomposed)
            {
                var m = _map[d];
                if (m != Delete && d != ' ')
                {
                    folded.Append(m);
                }
            }

            if (folded.Length == 0)
            {
                _map[ch] = Delete;
            }
            else if (folded.Length == 1)
            {
                _map[ch] = folded[0];
            }
            else
            {
                _map[ch] = Expand;
                _expansions[ch] = folded.ToString();
            }
        }
    }
}
