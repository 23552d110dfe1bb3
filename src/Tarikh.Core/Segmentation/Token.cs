using Tarikh.Core.Text;

namespace Tarikh.Core.Segmentation;

/// <summary>The character class of a token.</summary>
public enum TokenKind : byte
{
    /// <summary>Arabic letters (possibly with clitics).</summary>
    Arabic,
    /// <summary>Latin letters.</summary>
    Latin,
    /// <summary>Digits (any script; normalized to ASCII), possibly with a proclitic ("و1918").</summary>
    Number,
    /// <summary>Punctuation (. ، ؛ ؟ ! : ( ) " – / …).</summary>
    Punctuation,
    /// <summary>Anything else (symbols, other scripts).</summary>
    Symbol,
}

/// <summary>The proclitics attached to a token, in their fixed order: conjunction, preposition or future marker, article.</summary>
[Flags]
public enum Proclitics : byte
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>و "and".</summary>
    Wa = 1,
    /// <summary>ف "so, then".</summary>
    Fa = 2,
    /// <summary>ب "by, in, with".</summary>
    Bi = 4,
    /// <summary>ل "for, to" (before ال it merges: لل).</summary>
    Li = 8,
    /// <summary>ك "like, as".</summary>
    Ka = 16,
    /// <summary>س future marker (before an imperfect verb).</summary>
    Sa = 32,
    /// <summary>ال the definite article.</summary>
    Al = 64,
}

/// <summary>
/// A token of the original text. <see cref="Norm"/> is its normalized form (see
/// <see cref="Normalization.ArabicNormalizer"/>); the first <see cref="PrefixLength"/> characters of
/// <see cref="Norm"/> are its proclitics (<see cref="Clitics"/>), the rest is its base.
/// The clitic analysis is the longest plausible one; lexicon matchers should also try the shorter
/// ones (<see cref="BaseCandidate"/>), since "ولد" may be the verb "was born" and not "و + لد".
/// </summary>
/// <param name="Span">Span in the original text.</param>
/// <param name="NormSpan">Span in the normalized text.</param>
/// <param name="Norm">Normalized form.</param>
/// <param name="Kind">Character class.</param>
/// <param name="Clitics">Proclitics found.</param>
/// <param name="PrefixLength">Number of normalized characters the proclitics take.</param>
/// <param name="Sentence">Index of the sentence it belongs to.</param>
public readonly record struct Token(TextSpan Span, TextSpan NormSpan, string Norm, TokenKind Kind, Proclitics Clitics, byte PrefixLength, int Sentence) : ISpanned
{
    /// <summary>The normalized base (the token without its proclitics).</summary>
    public ReadOnlySpan<char> NormBase => Norm.AsSpan(PrefixLength);

    /// <summary>The normalized base as a string.</summary>
    public string Base => PrefixLength == 0 ? Norm : Norm[PrefixLength..];

    /// <summary>True when the token is a run of digits (with or without proclitics).</summary>
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>Number of proclitics.</summary>
    public int CliticCount => System.Numerics.BitOperations.PopCount((uint)Clitics);

    /// <summary>
    /// The normalized form with the first <paramref name="stripped"/> proclitics removed
    /// (0 = the whole token, <see cref="CliticCount"/> = the base).
    /// </summary>
    public ReadOnlySpan<char> BaseCandidate(int stripped) => Norm.AsSpan(CliticOffsets(Clitics, stripped));

    /// <summary>
    /// Number of normalized characters taken by the first <paramref name="count"/> proclitics of a chain.
    /// The article takes two characters ("ال"), or one after ل ("لل").
    /// </summary>
    public static int CliticOffsets(Proclitics clitics, int count)
    {
        var offset = 0;
        var taken = 0;
        foreach (var c in Order)
        {
            if (taken == count)
            {
                break;
            }

            if ((clitics & c) == 0)
            {
                continue;
            }

            offset += c == Proclitics.Al && (clitics & Proclitics.Li) == 0 ? 2 : 1;
            taken++;
        }

        return offset;
    }

    /// <summary>The order proclitics attach in.</summary>
    public static ReadOnlySpan<Proclitics> Order => [Proclitics.Wa, Proclitics.Fa, Proclitics.Bi, Proclitics.Li, Proclitics.Ka, Proclitics.Sa, Proclitics.Al];
}

/// <summary>Helpers that map a token's parts back to the original text.</summary>
public static class TokenParts
{
    /// <summary>The proclitics of a token with their spans in the original text, in order.</summary>
    public static IEnumerable<(Proclitics Kind, TextSpan Span)> CliticSpans(this Token token, Normalization.NormalizedText normalized)
    {
        var offset = token.NormSpan.Start;
        var taken = 0;
        for (var k = 0; k < Token.Order.Length; k++)
        {
            var c = Token.Order[k];
            if ((token.Clitics & c) == 0)
            {
                continue;
            }

            taken++;
            var next = token.NormSpan.Start + Token.CliticOffsets(token.Clitics, taken);
            yield return (c, normalized.ToSource(new TextSpan(offset, next)));
            offset = next;
        }
    }

    /// <summary>
    /// The span in the original text of proclitic number <paramref name="k"/> (1 = the first), as the
    /// <paramref name="k"/>-th item of <see cref="CliticSpans"/> gives it, without an iterator; null when the token has
    /// fewer proclitics.
    /// </summary>
    internal static TextSpan? CliticSpan(this Token token, Normalization.NormalizedText normalized, int k)
    {
        if (k < 1 || k > token.CliticCount)
        {
            return null;
        }

        var offset = token.NormSpan.Start + Token.CliticOffsets(token.Clitics, k - 1);
        var next = token.NormSpan.Start + Token.CliticOffsets(token.Clitics, k);
        return normalized.ToSource(new TextSpan(offset, next));
    }

    /// <summary>The span of the token's base (without proclitics) in the original text.</summary>
    public static TextSpan BaseSpan(this Token token, Normalization.NormalizedText normalized)
        => token.PrefixLength == 0 ? token.Span : new TextSpan(normalized.ToSource(new TextSpan(token.NormSpan.Start + token.PrefixLength, token.NormSpan.End)).Start, token.Span.End);
}
