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
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _articleShortLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notArticleLookup;
    private readonly WordFrequencies _frequencies;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="shortBases">Two-letter words a conjunction or preposition may attach to (normalized).</param>
    /// <param name="frequencies">Word-form counts used to keep attested words whole (والده، فيها); empty for none.</param>
    /// <param name="notArticle">Words whose initial ال is not the article (ألمانيا، ألقى), normalized or not.</param>
    /// <param name="articleShortBases">Two-letter bases the article attaches to (الأب، اليد، الآن).</param>
    public CliticAnalyzer(IEnumerable<string>? shortBases = null, WordFrequencies? frequencies = null, IEnumerable<string>? notArticle = null, IEnumerable<string>? articleShortBases = null)
    {
        _shortWords = (shortBases ?? DefaultShortBases).ToFrozenSet(StringComparer.Ordinal);
        _shortLookup = _shortWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _articleShortLookup = (articleShortBases ?? DefaultArticleShortBases).Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _notArticleLookup = (notArticle ?? []).Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _frequencies = frequencies ?? WordFrequencies.Empty;
    }

    /// <summary>Two-letter bases (normalized) clitics commonly attach to: prepositions, pronouns, particles.</summary>
    public static IReadOnlyList<string> DefaultShortBases { get; } =
    [
        "\u0641\u064A", "\u0645\u0646", "\u0639\u0646", "\u0647\u0648", "\u0647\u064A", "\u0647\u0645", "\u0644\u0645", "\u0644\u0627", "\u0645\u0627", "\u0642\u062F",
        "\u0647\u0627", "\u0647\u0646", "\u0644\u0646", "\u0627\u0646", "\u0630\u0627", "\u0643\u0644", "\u0627\u0648", "\u0627\u0645", "\u0645\u0639", "\u062B\u0645",
    ];

    /// <summary>Two-letter nouns the article attaches to: الأب الأخ الأم اليد الدم الفم الغد الآن الذي التي الله العم.</summary>
    public static IReadOnlyList<string> DefaultArticleShortBases { get; } = ["أب", "أخ", "أم", "يد", "دم", "فم", "غد", "آن", "ذي", "تي", "له", "عم", "جد", "حج", "حق", "رب", "سن", "شك", "حد", "كل", "بر"];

    /// <summary>The default analyzer, with the embedded word frequencies and not-article list.</summary>
    public static CliticAnalyzer Default { get; } = new(frequencies: WordFrequencies.Default, notArticle: WordFrequencies.EmbeddedLines("not-article.txt"));

    /// <summary>The normalized word forms of the frequency table (words whose analysis is worth sharing).</summary>
    public IReadOnlyCollection<string> AttestedForms => _frequencies.Forms;

    /// <summary>Analyzes a normalized word; returns its clitics and how many characters they take.</summary>
    public (Proclitics Clitics, int PrefixLength) Analyze(ReadOnlySpan<char> word)
    {
        var (clitics, prefix) = AnalyzeShape(word);
        if (prefix == 0 || _frequencies.Count == 0)
        {
            return (clitics, prefix);
        }

        // Keep an attested word whole when what is left after its conjunction/preposition is much rarer
        // (والده is "his father", not و + الده; فيها is not ف + يها). The article alone is never vetoed here:
        // القاهرة is as rare without ال as ألمانيا (see the not-article list for those).
        var whole = Attested(word);
        if (whole < 3 || clitics == Proclitics.Al)
        {
            return (clitics, prefix);
        }

        var best = 0;
        var count = System.Numerics.BitOperations.PopCount((uint)clitics);
        for (var k = 1; k <= count; k++)
        {
            var offset = Token.CliticOffsets(clitics, k);
            best = Math.Max(best, Attested(word[offset..]));
        }

        return best * 2 < whole ? (Proclitics.None, 0) : (clitics, prefix);
    }

    /// <summary>
    /// How often a form is attested: its own count, or else the count of its stem without a pronoun suffix
    /// (والدته → والده، كتبهم → كتب), restoring ta marbuta before the suffix (ـته → ـه).
    /// </summary>
    private int Attested(ReadOnlySpan<char> form)
    {
        var n = _frequencies[form];
        if (n > 0)
        {
            return n;
        }

        Span<char> buffer = stackalloc char[64];
        foreach (var suffix in PronounSuffixes)
        {
            if (form.Length - suffix.Length < 3 || !form.EndsWith(suffix) || form.Length > buffer.Length)
            {
                continue;
            }

            var stem = form[..^suffix.Length];
            n = Math.Max(n, _frequencies[stem]);
            if (stem[^1] == '\u062A')
            {
                stem.CopyTo(buffer);
                buffer[stem.Length - 1] = '\u0647';
                n = Math.Max(n, _frequencies[buffer[..stem.Length]]);
            }
        }

        return n;
    }

    private static readonly string[] PronounSuffixes = ["\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645", "\u0646\u0627", "\u0647", "\u0643", "\u064A"];

    private (Proclitics Clitics, int PrefixLength) AnalyzeShape(ReadOnlySpan<char> word)
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
            if (withArticle && IsGoodBase(afterPrep[2..], hasArticle: true) && !_notArticleLookup.Contains(afterPrep))
            {
                return (clitics | prep | Proclitics.Al, pos + 3);
            }

            if (PrepositionFits(prep, afterPrep) && IsGoodBase(afterPrep, hasArticle: false))
            {
                return (clitics | prep, pos + 1);
            }
        }

        // Article alone.
        if (rest.Length > 3 && rest[0] == Alef && rest[1] == Lam && IsGoodBase(rest[2..], hasArticle: true) && !_notArticleLookup.Contains(rest))
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

        return b.Length == 2 && (hasArticle ? _articleShortLookup.Contains(b) : _shortLookup.Contains(b));
    }
}
