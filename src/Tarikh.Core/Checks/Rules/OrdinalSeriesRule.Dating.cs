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
        if (ce + 1 >= tk.Length || tk[ce].Norm is not ("،" or "," or ":") || tk[ce + 1].Sentence != sentence || !OwnerUpTo(ctx, ctx.EndToken(item.Span), ce))
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
        if (to - from == 1 && Qualifier(ctx, from) is not null)
        {
            // "الدورة 12 للكأس:": an owner with "ل" (round 18).
            return true;
        }

        if (to - from is >= 2 and <= 4 && Qualifier(ctx, from) is not null && Enumerable.Range(from + 1, to - from - 1)
            .All(k => tk[k].Kind == TokenKind.Arabic && !tk[k].IsNumber && !InTimex(ctx, k) && ctx.OrdinalAt(k, out _) is null))
        {
            // "في الطبعة الثالثة لمهرجان الراي بوهران، صيف 1987": an owner with "ل" and its name, up to three words (round 23).
            return true;
        }

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

    /// <summary>
    /// "أما النسخة الأولى، المعروضة في القاعة المجاورة، فمؤرخة بسنة 1895": an item that opens a clause of "أما" is told of in the
    /// answer that "ف" opens after it, past any description set off by commas. The usable timex nearest in that answer's clause, or
    /// null when the item follows no "أما" or no answer comes within the sentence.
    /// </summary>
    private static Time.Timex? PredicateOfAmma(CheckContext ctx, Item item, int ordinalToken)
    {
        var tk = ctx.Tokens;
        var first = ctx.FirstToken(item.Span);
        var sentence = tk[ordinalToken].Sentence;
        if (first < 1 || tk[first - 1].Sentence != sentence || tk[first - 1].Norm is not ("اما" or "واما"))
        {
            return null;
        }

        var end = ctx.SentenceTokens(sentence).End;
        for (var k = ctx.EndToken(item.Span); k < end && k < ordinalToken + AmmaWindow; k++)
        {
            if (tk[k].Kind == TokenKind.Arabic && (tk[k].Clitics & Proclitics.Fa) != 0)
            {
                var (cs, ce) = ctx.ClauseOf(k);
                return ce > cs ? Nearest(ctx, item, ordinalToken, cs, ce) : null;
            }
        }

        return null;
    }

    /// <summary>Tokens searched after an item of "أما" for the "ف" of its answer.</summary>
    private const int AmmaWindow = 16;

    /// <summary>
    /// Verbs and nouns of doing a thing again ("أعاد تسجيل الختمة الأولى سنة 1975"، "أُعيد طبع الجزء الثاني"، "إعادة افتتاح"): the date
    /// of their clause is of the new doing, not of the numbered item. Normalized forms.
    /// </summary>
    private static readonly HashSet<string> Again = new(
        ["اعاد", "اعادت", "اعادوا", "اعيد", "اعيدت", "يعيد", "تعيد", "يعاد", "تعاد", "اعاده", "جدد", "جددت", "تجديد"], StringComparer.Ordinal);

    /// <summary>
    /// True when a verb or noun of doing again (<see cref="Again"/>) governs the item, in its clause (from <paramref name="cs"/>): right
    /// before it or with one verbal noun between ("ثم أعاد تسجيل الختمة الأولى سنة 1975" dates the new recording, not the first; round
    /// 18). "أعيد انتخابه في الدوما الثالثة" does again something else in the item, whose date stays its own.
    /// </summary>
    private static bool Redone(CheckContext ctx, Item item, int cs)
    {
        var first = ctx.FirstToken(item.Span);
        for (var k = Math.Max(cs, first - 2); k < first; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Arabic && (Again.Contains(ctx.Tokens[k].Base) || Again.Contains(ctx.Tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The usable timex that opens right after a parenthesis that opens at <paramref name="open"/> and closes within a few words
    /// without a date inside ("الحرب الثانية (العدوان الثلاثي) 1967"), in the sentence; null otherwise.
    /// </summary>
    private static Time.Timex? DateAfterParenthesis(CheckContext ctx, int open, int sentence)
    {
        var tk = ctx.Tokens;
        for (var k = open + 1; k < tk.Length && k <= open + ParenthesisWords + 1 && tk[k].Sentence == sentence; k++)
        {
            if (tk[k].IsNumber || InTimex(ctx, k))
            {
                return null;
            }

            if (tk[k].Norm == ")")
            {
                foreach (var ti in ctx.TimexesInSentence(sentence))
                {
                    var t = ctx.Timexes[ti];
                    if (ctx.FirstToken(t.Span) == k + 1 && ctx.Usable(t) && t.Range is null && t.Anchor is null && CheckContext.HasWrittenYear(t)
                        && DateText.PrecisionOf(t.Gregorian!.Value, t.Calendar) != DatePrecision.Other)
                    {
                        return t;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>Words a parenthesis between an item and its date may hold.</summary>
    private const int ParenthesisWords = 4;

    /// <summary>
    /// "عاد إلى السلطنة سنة تسع وسبعمائة، وهي سلطنته الثانية": an item that a pronoun identifies with what the sentence told before it
    /// ("وهي"، "وهو"، "هي"، "هو" right before it) is dated by the nearest usable date told before it in the sentence; null otherwise.
    /// </summary>
    private static Time.Timex? IdentifiedEvent(CheckContext ctx, Item item, int ordinalToken)
    {
        var tk = ctx.Tokens;
        var first = ctx.FirstToken(item.Span);
        var sentence = tk[ordinalToken].Sentence;
        if (first < 1 || tk[first - 1].Sentence != sentence || tk[first - 1].Norm is not ("وهي" or "وهو" or "هي" or "هو"))
        {
            return null;
        }

        var (ss, _) = ctx.SentenceTokens(sentence);
        return first - 1 > ss ? Nearest(ctx, item, ordinalToken, ss, first - 1) : null;
    }

    /// <summary>
    /// The last item, in this sentence or the one before, of a series noun of two or more words whose first word is
    /// <paramref name="one"/> ("الفصل التشريعي" for "الفصل"), when only one such series is told there; null otherwise.
    /// </summary>
    private static Item? ShortenedHead(List<Item> items, string one, int sentence)
    {
        var longer = items.Where(x => !x.Inferred && !x.Joined && x.Head.StartsWith(one + " ", StringComparison.Ordinal) && sentence - x.Sentence is 0 or 1).ToList();
        return longer.Select(x => x.Head).Distinct().Count() == 1 ? longer[^1] : null;
    }
}
