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
        using var buffer = new TokenBuffer(16);
        Tokenize(normalized, range, sentence, buffer, pool);
        output.AddRange(buffer.AsSpan());
    }

    /// <summary>As <see cref="Tokenize(NormalizedText, TextSpan, int, List{Token}, StringPool)"/>, into a pooled buffer (no per-document garbage).</summary>
    public void Tokenize(NormalizedText normalized, TextSpan range, int sentence, TokenBuffer output, StringPool pool)
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
            string norm;
            if (kind == TokenKind.Arabic)
            {
                // One clitic analysis per distinct word of the document.
                (norm, clitics, prefix) = pool.GetAnalyzed(text[start..i], _clitics);
            }
            else
            {
                norm = pool.Get(text[start..i]);
            }

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

/// <summary>
/// A growable list of tokens over arrays rented from <see cref="System.Buffers.ArrayPool{T}"/>, so that
/// tokenizing a large document leaves only its final, exactly sized array behind. Dispose to return the array.
/// Not thread-safe.
/// </summary>
public sealed class TokenBuffer : IDisposable
{
    private Token[] _items;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens.</summary>
    public TokenBuffer(int capacity) => _items = System.Buffers.ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity));

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token.</summary>
    public void Add(in Token token)
    {
        if (Count == _items.Length)
        {
            var bigger = System.Buffers.ArrayPool<Token>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            System.Buffers.ArrayPool<Token>.Shared.Return(_items, clearArray: true);
            _items = bigger;
        }

        _items[Count++] = token;
    }

    /// <summary>The tokens so far.</summary>
    public ReadOnlySpan<Token> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>An immutable copy, exactly sized.</summary>
    public System.Collections.Immutable.ImmutableArray<Token> ToImmutable() =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(_items.AsSpan(0, Count).ToArray());

    /// <inheritdoc />
    public void Dispose()
    {
        if (_items.Length > 0)
        {
            // Tokens hold string references: clear so the pool does not keep a document's words alive.
            System.Buffers.ArrayPool<Token>.Shared.Return(_items, clearArray: true);
            _items = [];
        }
    }
}

/// <summary>
/// Shares string instances (and clitic analyses) of repeated tokens within one document.
/// Not thread-safe: one per run.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, Entry> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var e))
        {
            return e.Text;
        }

        var s = chars.ToString();
        _strings[s] = new Entry(s, Proclitics.None, 0, Analyzed: false);
        return s;
    }

    /// <summary>The pooled string of an Arabic word with its clitic analysis, computed once per distinct word.</summary>
    public (string Text, Proclitics Clitics, int Prefix) GetAnalyzed(ReadOnlySpan<char> chars, CliticAnalyzer analyzer)
    {
        if (_lookup.TryGetValue(chars, out var e) && e.Analyzed)
        {
            return (e.Text, e.Clitics, e.Prefix);
        }

        var s = e.Text ?? chars.ToString();
        var (clitics, prefix) = analyzer.Analyze(chars);
        _strings[s] = new Entry(s, clitics, prefix, Analyzed: true);
        return (s, clitics, prefix);
    }

    // A struct value: a hit reads the entry from the dictionary's own array, without another pointer chase.
    private readonly record struct Entry(string Text, Proclitics Clitics, int Prefix, bool Analyzed);
}
