using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>ordinal-series: dates an item reads beyond the nearest timex of its clause (round 17, issue-12d).</summary>
public sealed partial class OrdinalSeriesRule
{
    /// <summary>
    /// True for a timex whose interval may date an item: one day, month or year of its calendar, or a season of a written year
    /// ("في ربيع سنة 1925", TIMEX3 <c>1925-SP</c>): a season is three whole months, as exact for an order of years as the year itself.
    /// Decades, centuries and ranges stay out.
    /// </summary>
    private static bool Dating(Time.Timex t) =>
        DateText.PrecisionOf(t.Gregorian!.Value, t.Calendar) != DatePrecision.Other
        || (t.Value is { Length: 7 } v && v[4] == '-' && v[5..] is "SP" or "SU" or "FA" or "WI" && v[..4].All(char.IsAsciiDigit));

    /// <summary>
    /// "رقم 72: الإصدار الثاني، سنة 1879"، "الإصدار الثالث من طوابع البريد، سنة 1872": an item that ends its clause (or whose owner,
    /// "من" and a few words, ends it) with a comma, and a clause right after it that opens with a date, is dated by that date (a
    /// catalogue's or a list's apposition). Null when the clause after does not start with a usable timex with a written year, or
    /// other words stand between the item and the comma.
    /// </summary>
    private static Time.Timex? AppositionDate(CheckContext ctx, Item item, int ordinalToken, int ce)
    {
        var tk = ctx.Tokens;
        var sentence = tk[ordinalToken].Sentence;
        if (ce + 1 >= tk.Length || tk[ce].Norm is not ("،" or ",") || tk[ce + 1].Sentence != sentence || !OwnerUpTo(ctx, ctx.EndToken(item.Span), ce))
        {
            return null;
        }

        foreach (var ti in ctx.TimexesInSentence(sentence))
        {
            var t = ctx.Timexes[ti];
            if (ctx.FirstToken(t.Span) == ce + 1 && ctx.Usable(t) && t.Range is null && t.Anchor is null && CheckContext.HasWrittenYear(t))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the tokens [<paramref name="from"/>, <paramref name="to"/>) are nothing, or the item's owner: "من" and up to four
    /// words, none a number (a date or a count would be the clause's own).
    /// </summary>
    private static bool OwnerUpTo(CheckContext ctx, int from, int to)
    {
        if (from == to)
        {
            return true;
        }

        var tk = ctx.Tokens;
        if (from > to || to - from > 5 || tk[from].Norm != "من")
        {
            return false;
        }

        for (var k = from + 1; k < to; k++)
        {
            if (tk[k].Kind != TokenKind.Arabic || tk[k].IsNumber)
            {
                return false;
            }
        }

        return true;
    }
}
