using Tarikh.Core.Normalization;
using Tarikh.Core.Text;

namespace Tarikh.Core.Segmentation;

/// <summary>
/// Splits normalized text into tokens: Arabic words (with their proclitic chain), Latin words,
/// numbers (with a proclitic chain written against them: "و1918"), punctuation and symbols.
/// Immutable and thread-safe.
/// </summary>
public sealed class Tokenizer
{
    private readonly CliticAnalyzer _clitics;
    private readonly StringPool _common;

    /// <summary>Creates a tokenizer.</summary>
    public Tokenizer(CliticAnalyzer? clitics = null)
    {
        _clitics = clitics ?? CliticAnalyzer.Default;

        // The analyzer's attested words, analyzed once here: documents take their strings and analyses
        // from this read-only pool instead of allocating and analyzing them again (and a token pointing at a
        // long-lived string costs the garbage collector nothing later).
        _common = new StringPool(_clitics.AttestedForms.Count, null);
        foreach (var form in _clitics.AttestedForms)
        {
            _common.GetAnalyzed(form, _clitics);
        }
    }

    /// <summary>A string pool for one document, backed by the tokenizer's pool of common words.</summary>
    public StringPool CreatePool(int capacity) => new(capacity, _common);

    /// <summary>The default tokenizer.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>
    /// Tokenizes the normalized range <paramref name="range"/> of <paramref name="normalized"/> and
    /// appends the tokens (tagged with <paramref name="sentence"/>) to <paramref name="output"/>.
    /// <paramref name="pool"/> shares the strings of repeated words.
    /// </summary>
    public void Tokenize(NormalizedText normalized, TextSpan range, int sentence, List<Token> output, StringPool pool)
    {
        var tokens = new Token[Count(normalized, range)];
        Tokenize(normalized, range, sentence, tokens, pool);
        output.AddRange(tokens);
    }

    /// <summary>
    /// Number of tokens in a normalized range: a scan without string pooling, clitic analysis or offset
    /// mapping, so that callers can size the token array exactly before filling it (one array per document,
    /// no growth or copy of tokens).
    /// </summary>
    public int Count(NormalizedText normalized, TextSpan range)
    {
        var text = normalized.Text.AsSpan(0, range.End);
        var count = 0;
        for (var i = range.Start; i < text.Length;)
        {
            if (Scan(text, ref i, out _, out _, out _))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Tokenizes a normalized range into <paramref name="destination"/> (at least <see cref="Count"/> long)
    /// and returns the number of tokens written.
    /// </summary>
    public int Tokenize(NormalizedText normalized, TextSpan range, int sentence, Span<Token> destination, StringPool pool)
    {
        var text = normalized.Text.AsSpan(0, range.End);
        var written = 0;
        Span<Pending> batch = stackalloc Pending[BatchSize];
        for (var i = range.Start; i < text.Length;)
        {
            // Scan a batch of words and prefetch their pool slots first, so that the cache misses of a batch overlap.
            var n = 0;
            while (n < batch.Length && i < text.Length)
            {
                var start = i;
                if (Scan(text, ref i, out var kind, out var clitics, out var prefix))
                {
                    var key = pool.KeyOf(text[start..i]);
                    pool.Prefetch(key);
                    batch[n++] = new Pending(start, i, kind, clitics, (byte)prefix, key);
                }
            }

            foreach (ref readonly var p in batch[..n])
            {
                var word = text[p.Start..p.End];
                string norm;
                var (clitics, prefix) = (p.Clitics, (int)p.Prefix);
                if (p.Kind == TokenKind.Arabic)
                {
                    // One clitic analysis per distinct word of the document.
                    (norm, clitics, prefix) = pool.GetAnalyzed(word, p.Key, _clitics);
                }
                else
                {
                    norm = pool.Get(word, p.Key);
                }

                var normSpan = new TextSpan(p.Start, p.End);
                destination[written++] = new Token(normalized.ToSource(normSpan), normSpan, norm, p.Kind, clitics, (byte)prefix, sentence);
            }
        }

        return written;
    }

    private const int BatchSize = 32;

    private readonly record struct Pending(int Start, int End, TokenKind Kind, Proclitics Clitics, byte Prefix, PoolKey Key);

    /// <summary>
    /// Reads one token or one run of white space from <paramref name="i"/> (which it advances); false for
    /// white space. For a number written against proclitics ("و1918") it returns them with their length.
    /// </summary>
    private static bool Scan(ReadOnlySpan<char> text, ref int i, out TokenKind kind, out Proclitics clitics, out int prefix)
    {
        var end = text.Length;
        var start = i;
        var c = text[i];
        clitics = Proclitics.None;
        prefix = 0;
        if (CharClass.IsArabicLetter(c))
        {
            i++;
            while (i < end && CharClass.IsArabicLetter(text[i]))
            {
                i++;
            }

            if (i < end && CharClass.IsDigit(text[i]) && IsNumberClitic(text[start..i], out var numClitics))
            {
                clitics = numClitics;
                prefix = i - start;
                i = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else
            {
                kind = TokenKind.Arabic;
            }

            return true;
        }

        if (IsSpace(c))
        {
            i++;
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            kind = default;
            return false;
        }

        if (CharClass.IsDigit(c))
        {
            i = ScanNumber(text, i, end);
            kind = TokenKind.Number;
        }
        else if (CharClass.IsLatinLetter(c) || CharClass.IsOtherLetter(c))
        {
            while (i < end && (CharClass.IsLatinLetter(text[i]) || CharClass.IsOtherLetter(text[i]) || CharClass.IsDigit(text[i])
                || (text[i] == '\'' && i + 1 < end && CharClass.IsLatinLetter(text[i + 1]))))
            {
                i++;
            }

            kind = TokenKind.Latin;
        }
        else if (CharClass.IsPunctuation(c))
        {
            i++;
            kind = TokenKind.Punctuation;
        }
        else
        {
            i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            kind = TokenKind.Symbol;
        }

        return true;
    }

    /// <summary>White space, without a Unicode table lookup for the Arabic letter that usually follows a space.</summary>
    private static bool IsSpace(char c) => c == ' ' || (c < '\u0100' ? char.IsWhiteSpace(c) : !CharClass.IsArabicLetter(c) && char.IsWhiteSpace(c));

    /// <summary>Scans digits with inner decimal or thousands separators ("3.5", "1,000") from <paramref name="i"/>.</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && CharClass.IsDigit(text[i]))
        {
            i++;
        }

        while (i + 1 < end && text[i] is '.' or ',' && CharClass.IsDigit(text[i + 1]))
        {
            // "1917,1918" is two numbers; a thousands group has exactly three digits.
            var j = i + 1;
            while (j < end && CharClass.IsDigit(text[j]))
            {
                j++;
            }

            if (text[i] == ',' && j - i - 1 != 3)
            {
                break;
            }

            i = j;
        }

        return i;
    }

    private static bool IsNumberClitic(ReadOnlySpan<char> letters, out Proclitics clitics)
    {
        clitics = Proclitics.None;
        if (letters.Length is 0 or > 3)
        {
            return false;
        }

        var allowedNext = Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka;
        foreach (var ch in letters)
        {
            var p = ch switch
            {
                '\u0648' => Proclitics.Wa,
                '\u0641' => Proclitics.Fa,
                '\u0628' => Proclitics.Bi,
                '\u0644' => Proclitics.Li,
                '\u0643' => Proclitics.Ka,
                _ => Proclitics.None,
            };
            if (p == Proclitics.None || (allowedNext & p) == 0)
            {
                return false;
            }

            clitics |= p;
            allowedNext = p is Proclitics.Wa or Proclitics.Fa ? Proclitics.Bi | Proclitics.Li | Proclitics.Ka : Proclitics.None;
        }

        return true;
    }
}
