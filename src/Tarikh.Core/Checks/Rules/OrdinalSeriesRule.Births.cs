using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// ordinal-series, round 19 (issue-19d): children numbered in the order of their births. A son or a daughter numbered by an
/// ordinal ("ابني الثاني"، "بنتها الثالثة") is kept out of the any-noun series (a child's date is often a death or a wedding),
/// except where a birth verb governs the items: "وُلد ابني الثاني سنة 1975، ثم ابني الأول سنة 1978" — the dates are births, and
/// the ordinal is the birth order. Likewise a list a colon opens after a birth verb numbers the born, whatever ordinal it
/// begins with: "ولادي الكل تولدو في صفاقس: الثاني عام 1985 والثالث عام 1983".
/// </summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>Nouns of a child (normalized lemma, no article or owner), numbered by the order of birth.</summary>
    private static readonly HashSet<string> Offspring = new(["ابن", "ابنه", "بنت", "ولد", "طفل", "طفله", "مولود", "مولوده"], StringComparer.Ordinal);

    /// <summary>
    /// Birth verbs, written and spoken (normalized, without "و"/"ف"): ولد (ولدت، ولدوا)، يولد، and the Maghrebi, Egyptian and
    /// Levantine forms تولد، اتولد، انولد، Moroccan ازداد.
    /// </summary>
    private static readonly HashSet<string> BirthVerbs = new(
    [
        "ولد", "ولدت", "ولدوا", "ولدو", "يولد", "تولد", "تولدت", "تولدوا", "تولدو", "اتولد", "اتولدت", "اتولدوا", "اتولدو",
        "انولد", "انولدت", "انولدوا", "انولدو", "ازداد", "ازدادت", "ازدادوا", "ازدادو",
    ], StringComparer.Ordinal);

    /// <summary>Tokens searched back from an item or a colon for the birth verb that governs it.</summary>
    private const int BirthWindow = 16;

    /// <summary>True for a birth verb, with or without a leading "و" or "ف".</summary>
    private static bool IsBirthVerb(Token t)
        => t.Kind == TokenKind.Arabic && (BirthVerbs.Contains(t.Norm) || (t.Norm.Length > 3 && t.Norm[0] is 'و' or 'ف' && BirthVerbs.Contains(t.Norm[1..])));

    /// <summary>
    /// True when a birth verb governs the child noun at <paramref name="noun"/>: it stands before it in its sentence with only
    /// the earlier items of the series between (child nouns, ordinals, dates, "ثم"، "و", commas) — "وُلد ابني الثاني سنة 1975،
    /// ثم ابني الأول سنة 1978". A clause with another verb between ("… وتوفي ابني الأول") is not one of births.
    /// </summary>
    private static bool BornChild(CheckContext ctx, int noun)
    {
        var tk = ctx.Tokens;
        var sentence = tk[noun].Sentence;
        for (var k = noun - 1; k >= Math.Max(0, noun - BirthWindow) && tk[k].Sentence == sentence; k--)
        {
            var t = tk[k];
            if (IsBirthVerb(t))
            {
                return true;
            }

            if (InTimex(ctx, k) || t.Norm is "ثم" or "و" or "،" or "," or "؛" || ctx.OrdinalAt(k, out _) > 0
                || (t.Kind == TokenKind.Arabic && Offspring.Contains(ChildLemma(t))))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>The lemma of a child noun: without the article, "و", and an owner's pronoun ("ابني" → ابن، "وبنتها" → بنت).</summary>
    private static string ChildLemma(Token t)
    {
        var b = Bare(t);
        foreach (var suffix in Owners)
        {
            if (b.Length > suffix.Length + 2 && b.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = b[..^suffix.Length];
                return stem.EndsWith('ت') && stem.Length > 3 ? stem[..^1] + TaMarbuta : stem;
            }
        }

        return b;
    }

    /// <summary>
    /// True when the clause before the colon at <paramref name="colon"/> tells births ("ولادي الكل تولدو في صفاقس:"): a birth
    /// verb in its sentence, within a few words before the colon.
    /// </summary>
    private static bool BirthOrderColon(CheckContext ctx, int colon)
    {
        var tk = ctx.Tokens;
        for (var k = colon - 1; k >= Math.Max(0, colon - BirthWindow) && tk[k].Sentence == tk[colon].Sentence; k--)
        {
            if (tk[k].Norm is ":" or "." or "؛")
            {
                return false;
            }

            if (IsBirthVerb(tk[k]))
            {
                return true;
            }
        }

        return false;
    }
}
