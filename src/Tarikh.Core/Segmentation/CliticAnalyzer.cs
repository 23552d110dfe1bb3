using System.Collections.Frozen;

namespace Tarikh.Core.Segmentation;

/// <summary>
/// Finds the proclitic chain of a normalized Arabic word: (و|ف)? (ب|ل|ك|س)? (ال)? base, with ل + ال
/// written "لل". Conservative: a chain is only taken when the base left is long enough to be a word
/// (two letters after the article or for a known function word, three otherwise), ك and س only
/// where they are likely (ك before the article or a participle in م; س before an imperfect prefix).
/// Lexicon matchers try shorter chains too (<see cref="Token.BaseCandidate"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class CliticAnalyzer
{
    private const char Waw = '\u0648', Fa = '\u0641', Ba = '\u0628', Lam = '\u0644', Kaf = '\u0643', Sin = '\u0633', Alef = '\u0627', Mim = '\u0645';
    private readonly FrozenSet<string> _shortWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _shortLookup;

    /// <summary>Creates an analyzer; <paramref name="shortBases"/> are two-letter words a clitic may attach to (normalized).</summary>
    public CliticAnalyzer(IEnumerable<string>? shortBases = null)
    {
        _shortWords = (shortBases ?? DefaultShortBases).ToFrozenSet(StringComparer.Ordinal);
        _shortLookup = _shortWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Two-letter bases (normalized) clitics commonly attach to: prepositions, pronouns, particles.</summary>
    public static IReadOnlyList<string> DefaultShortBases { get; } =
    [
        "\u0641\u064A", "\u0645\u0646", "\u0639\u0646", "\u0647\u0648", "\u0647\u064A", "\u0647\u0645", "\u0644\u0645", "\u0644\u0627", "\u0645\u0627", "\u0642\u062F",
        "\u0647\u0627", "\u0647\u0646", "\u0644\u0646", "\u0627\u0646", "\u0630\u0627", "\u0643\u0644", "\u0627\u0648", "\u0627\u0645", "\u0645\u0639", "\u062B\u0645",
    ];

    /// <summary>The default analyzer.</summary>
    public static CliticAnalyzer Default { get; } = new();

    /// <summary>Analyzes a normalized word; returns its clitics and how many characters they take.</summary>
    public (Proclitics Clitics, int PrefixLength) Analyze(ReadOnlySpan<char> word)
    {
        var best = (Proclitics.None, 0);
        var pos = 0;
        var clitics = Proclitics.None;

        // Conjunction.
        if (word.Length > 2 && (word[0] == Waw || word[0] == Fa))
        {
            var conj = word[0] == Waw ? Proclitics.Wa : Proclitics.Fa;
            if (IsGoodBase(word[1..], hasArticle: false))
            {
                best = (conj, 1);
            }

            clitics = conj;
            pos = 1;
        }

        var rest = word[pos..];

        // لل = ل + ال (alef elided).
        if (rest.Length > 3 && rest[0] == Lam && rest[1] == Lam && IsGoodBase(rest[2..], hasArticle: true))
        {
            return (clitics | Proclitics.Li | Proclitics.Al, pos + 2);
        }

        // Preposition or future marker.
        var prep = Proclitics.None;
        if (rest.Length > 2)
        {
            prep = rest[0] switch
            {
                Ba => Proclitics.Bi,
                Lam => Proclitics.Li,
                Kaf => Proclitics.Ka,
                Sin => Proclitics.Sa,
                _ => Proclitics.None,
            };
        }

        if (prep != Proclitics.None)
        {
            var afterPrep = rest[1..];
            var withArticle = afterPrep.Length > 3 && afterPrep[0] == Alef && afterPrep[1] == Lam && prep != Proclitics.Sa;
            if (withArticle && IsGoodBase(afterPrep[2..], hasArticle: true))
            {
                return (clitics | prep | Proclitics.Al, pos + 3);
            }

            if (PrepositionFits(prep, afterPrep) && IsGoodBase(afterPrep, hasArticle: false))
            {
                return (clitics | prep, pos + 1);
            }
        }

        // Article alone.
        if (rest.Length > 3 && rest[0] == Alef && rest[1] == Lam && IsGoodBase(rest[2..], hasArticle: true))
        {
            return (clitics | Proclitics.Al, pos + 2);
        }

        return best;
    }

    private static bool PrepositionFits(Proclitics prep, ReadOnlySpan<char> after) => prep switch
    {
        // ك + participle or verbal noun in م (كممثل، كمساعد).
        Proclitics.Ka => after.Length >= 4 && after[0] == Mim,
        // س + imperfect verb (سيعود، ستكون، سنعمل), not nouns in ـه or ـات.
        Proclitics.Sa => after.Length >= 4 && after[0] is '\u064A' or '\u062A' or '\u0646' && after[^1] != '\u0647' && !after.EndsWith("\u0627\u062A"),
        _ => true,
    };

    private bool IsGoodBase(ReadOnlySpan<char> b, bool hasArticle)
    {
        if (b.Length >= 3)
        {
            return true;
        }

        return b.Length == 2 && (hasArticle || _shortLookup.Contains(b));
    }
}
