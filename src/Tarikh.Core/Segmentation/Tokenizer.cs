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

    /// <summary>Creates a tokenizer.</summary>
    public Tokenizer(CliticAnalyzer? clitics = null) => _clitics = clitics ?? CliticAnalyzer.Default;

    /// <summary>The default tokenizer.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>
    /// Tokenizes the normalized range <paramref name="range"/> of <paramref name="normalized"/> and
    /// appends the tokens (tagged with <paramref name="sentence"/>) to <paramref name="output"/>.
    /// <paramref name="pool"/> shares the strings of repeated words.
    /// </summary>
    public void Tokenize(NormalizedText normalized, TextSpan range, int sentence, List<Token> output, StringPool pool)
    {
        var text = normalized.Text.AsSpan();
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            var clitics = Proclitics.None;
            var prefix = 0;
            if (CharClass.IsArabicLetter(c))
            {
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
                    (clitics, prefix) = _clitics.Analyze(text[start..i]);
                }
            }
            else if (CharClass.IsDigit(c))
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

            var normSpan = new TextSpan(start, i);
            var norm = pool.Get(text[start..i]);
            output.Add(new Token(normalized.ToSource(normSpan), normSpan, norm, kind, clitics, (byte)prefix, sentence));
        }
    }

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

/// <summary>Shares string instances of repeated tokens within one document. Not thread-safe: one per run.</summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var s))
        {
            return s;
        }

        s = chars.ToString();
        _strings[s] = s;
        return s;
    }
}
