using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// One word as the tagger sees it: the pipeline's <see cref="Token"/> (normalized form and clitic
/// analysis) and its surface form. Built from a document's tokens or from a raw CoNLL word.
/// </summary>
/// <param name="Token">The token (spans are unused when built from a raw word).</param>
/// <param name="Surface">The original characters.</param>
public readonly record struct NerWord(Token Token, ReadOnlyMemory<char> Surface)
{
    /// <summary>
    /// The clitic analysis the tagger's features use: the shape-only analyzer (no word-frequency
    /// vetoes), pinned here so that a trained model keeps seeing the same bases when the pipeline's
    /// default analyzer is tuned.
    /// </summary>
    public static CliticAnalyzer FeatureClitics { get; } = new();

    /// <summary>This word with its clitics re-analyzed by <see cref="FeatureClitics"/>.</summary>
    public NerWord ForFeatures()
    {
        var t = Token;
        if (t.Kind != TokenKind.Arabic)
        {
            return this;
        }

        var (cl, prefix) = FeatureClitics.Analyze(t.Norm);

        // A function word spelled with alef maksura (على) keeps that spelling: never the name علي.
        var norm = Gazetteers.FunctionWords.ProtectedForm(Surface.Span, t.Norm, prefix);
        return cl == t.Clitics && prefix == t.PrefixLength && ReferenceEquals(norm, t.Norm) ? this : new NerWord(t with { Norm = norm, Clitics = cl, PrefixLength = (byte)prefix }, Surface);
    }

    /// <summary>Builds a word from raw text (a CoNLL token), normalizing and analyzing clitics as the pipeline does.</summary>
    public static NerWord FromRaw(string word, ArabicNormalizer? normalizer = null, CliticAnalyzer? clitics = null)
    {
        normalizer ??= ArabicNormalizer.Default;
        clitics ??= FeatureClitics;
        var norm = normalizer.NormalizeString(word);
        if (norm.Length == 0)
        {
            norm = word;
        }

        var kind = Classify(norm);
        var (cl, prefix) = kind == TokenKind.Arabic ? clitics.Analyze(norm) : (Proclitics.None, 0);
        if (kind == TokenKind.Number && norm.Length > 1 && CharClass.IsArabicLetter(norm[0]))
        {
            // "و1918": letters then digits; the letters are proclitics.
            var p = 0;
            while (p < norm.Length && CharClass.IsArabicLetter(norm[p]))
            {
                p++;
            }

            (cl, prefix) = (Proclitics.None, 0);
            if (p <= 2)
            {
                cl = norm[0] == '\u0648' ? Proclitics.Wa : norm[0] == '\u0628' ? Proclitics.Bi : Proclitics.None;
                prefix = cl == Proclitics.None ? 0 : 1;
            }
        }

        if (kind == TokenKind.Arabic)
        {
            norm = Gazetteers.FunctionWords.ProtectedForm(word, norm, prefix);
        }

        var token = new Token(default, default, norm, kind, cl, (byte)prefix, 0);
        return new NerWord(token, word.AsMemory());
    }

    private static TokenKind Classify(string norm)
    {
        var arabic = 0;
        var latin = 0;
        var digit = 0;
        var punct = 0;
        foreach (var c in norm)
        {
            if (CharClass.IsArabicLetter(c))
            {
                arabic++;
            }
            else if (CharClass.IsDigit(c))
            {
                digit++;
            }
            else if (CharClass.IsLatinLetter(c))
            {
                latin++;
            }
            else if (CharClass.IsPunctuation(c))
            {
                punct++;
            }
        }

        if (digit > 0)
        {
            return TokenKind.Number;
        }

        if (arabic > 0)
        {
            return TokenKind.Arabic;
        }

        if (latin > 0)
        {
            return TokenKind.Latin;
        }

        return punct > 0 ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
