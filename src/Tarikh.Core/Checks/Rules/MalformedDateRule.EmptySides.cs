using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, round 20 (issue-20d): a range "من … إلى …" with one side left empty. The start: "من" followed at once by
/// "إلى" and then the range's dated end ("في الفترة من  إلى 1944"). The end: a dated start "من 1956" and then "إلى" with
/// nothing where the end should be — punctuation, the sentence's end, or a word that opens a new clause ("ثم"، "لكن"، "وقد").
/// A line break between the words is layout, not a gap, and stays silent; so does an end written in words ("إلى اليوم"،
/// "إلى الآن"، "حتى وفاته"، "إلى حين"): only the closed words above count as the next clause.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>Words that open a new clause and can never be the end of a range: "ثم"، "لكن"، "ولكن"، "وقد"، "فقد".</summary>
    private static bool ClauseOpener(Token t) => t.Kind == TokenKind.Arabic && t.Norm is "ثم" or "لكن" or "ولكن" or "وقد" or "فقد";

    /// <summary>True for the closing word of a range: "إلى"، "الى"، "حتى"، "حتي".</summary>
    private static bool RangeTo(Token t) => t.Norm is "إلى" or "الى" or "الي" or "حتى" or "حتي";

    /// <summary>Only spaces (no line break, nothing else) between two tokens of one sentence.</summary>
    private static bool OnlySpacesBetween(CheckContext ctx, Token a, Token b)
        => a.Sentence == b.Sentence && b.Span.Start > a.Span.End && ctx.Document.Source.Slice(new TextSpan(a.Span.End, b.Span.Start)).IndexOfAnyExcept(' ') < 0;

    /// <summary>
    /// "في الفترة من  إلى 1944"، "من 1956 إلى  ثم نقل"، "من عام 1920 إلى ، ثم": one side of a range of dates left empty.
    /// </summary>
    private IEnumerable<Flag> RangesWithEmptySide(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence))
            {
                continue;
            }

            // The start: "من" and "إلى" side by side, a dated year right after.
            if (tk[k].Norm is "من" or "ومن" && RangeTo(tk[k + 1]) && OnlySpacesBetween(ctx, tk[k], tk[k + 1]) && DatedYearStartsAt(ctx, k + 1))
            {
                var span = new TextSpan(tk[k].Span.Start, tk[k + 1].Span.End);
                if (Incomplete(ctx, flagged, span, "الطرف الأول من المدة فارغ: لا شيء بين «من» و«إلى».",
                    "the range's first side is empty: nothing stands between “from” and “to”.", "missing-year") is { } flag)
                {
                    yield return flag;
                }

                continue;
            }

            // "بين عامي 1948 و ثم عاد": a dated side opened by "بين", then a lone "و" and no second side.
            if (k > 0 && tk[k].Norm == "و" && tk[k - 1].Sentence == tk[k].Sentence && BetweenOpenedEndsAt(ctx, k - 1) && SideCloses(ctx, k))
            {
                var andSpan = new TextSpan(tk[k].Span.Start, tk[k].Span.End);
                if (Incomplete(ctx, flagged, andSpan, "الطرف الثاني من «بين … و…» فارغ: لا تاريخ بعد «و».",
                    "the second side of “between … and …” is empty: no date follows “and”.", "missing-year") is { } andFlag)
                {
                    yield return andFlag;
                }

                continue;
            }

            // The end: a dated start opened by "من", then "إلى" and no date.
            if (k == 0 || !RangeTo(tk[k]) || tk[k - 1].Sentence != tk[k].Sentence || !(OpenedRangeEndsAt(ctx, k - 1) || OpenedRangeEndsAt(ctx, k)))
            {
                continue;
            }

            var closes = k + 1 >= tk.Length || tk[k + 1].Sentence != tk[k].Sentence
                || (tk[k + 1].Kind == TokenKind.Punctuation && tk[k + 1].Norm is "،" or "," or "." or "؛" or ";")
                || (ClauseOpener(tk[k + 1]) && OnlySpacesBetween(ctx, tk[k], tk[k + 1]));
            if (!closes || (k + 1 < tk.Length && TimexStartsAt(ctx, k + 1)))
            {
                continue;
            }

            var endSpan = new TextSpan(tk[k].Span.Start, tk[k].Span.End);
            if (Incomplete(ctx, flagged, endSpan, "الطرف الثاني من المدة فارغ: لا تاريخ بعد «إلى».",
                "the range's second side is empty: no date follows “to”.", "missing-year") is { } endFlag)
            {
                yield return endFlag;
            }
        }
    }

    /// <summary>True when a dated expression with a written year (digits or words) starts at token <paramref name="k"/> or right after it.</summary>
    private static bool DatedYearStartsAt(CheckContext ctx, int k)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[k].Sentence))
        {
            var t = ctx.Timexes[ti];
            var first = ctx.FirstToken(t.Span);
            if ((first == k || first == k + 1) && CheckContext.IsDated(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a dated expression with a written year ends at token <paramref name="last"/> and "من" opens it (in it or right before it).</summary>
    private static bool OpenedRangeEndsAt(CheckContext ctx, int last)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[last].Sentence))
        {
            var t = ctx.Timexes[ti];
            if (ctx.EndToken(t.Span) - 1 != last || !CheckContext.IsDated(t) || !(CheckContext.HasWrittenYear(t) || t.YearInWords))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            if (ctx.Tokens[first].Norm is "من" or "ومن" || (first > 0 && ctx.Tokens[first - 1].Norm is "من" or "ومن" && ctx.Tokens[first - 1].Sentence == ctx.Tokens[first].Sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing stands after token <paramref name="k"/> in its sentence but punctuation or a clause opener ("ثم"، "لكن").</summary>
    private static bool SideCloses(CheckContext ctx, int k)
    {
        var tk = ctx.Tokens;
        var closes = k + 1 >= tk.Length || tk[k + 1].Sentence != tk[k].Sentence
            || (tk[k + 1].Kind == TokenKind.Punctuation && tk[k + 1].Norm is "،" or "," or "." or "؛" or ";")
            || (ClauseOpener(tk[k + 1]) && OnlySpacesBetween(ctx, tk[k], tk[k + 1]));
        return closes && !(k + 1 < tk.Length && TimexStartsAt(ctx, k + 1));
    }

    /// <summary>True when a dated expression with a written year ends at token <paramref name="last"/> and "بين" opens it ("بين 1948"، "بين عامي 1948").</summary>
    private static bool BetweenOpenedEndsAt(CheckContext ctx, int last)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[last].Sentence))
        {
            var t = ctx.Timexes[ti];
            if (ctx.EndToken(t.Span) - 1 != last || !CheckContext.IsDated(t) || !(CheckContext.HasWrittenYear(t) || t.YearInWords))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            for (var j = Math.Max(0, first - 2); j <= Math.Min(first + 1, last); j++)
            {
                if (ctx.Tokens[j].Norm is "بين" or "وبين" && ctx.Tokens[j].Sentence == ctx.Tokens[last].Sentence)
                {
                    // one side only: "بين 1908 1909 و…" (a dash lost between two years) has both sides already
                    var numbers = 0;
                    for (var n = j + 1; n <= last; n++)
                    {
                        numbers += ctx.Tokens[n].IsNumber ? 1 : 0;
                    }

                    return numbers <= 1;
                }
            }
        }

        return false;
    }

    /// <summary>True when any expression of time starts at token <paramref name="k"/>.</summary>
    private static bool TimexStartsAt(CheckContext ctx, int k)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[k].Sentence))
        {
            if (ctx.FirstToken(ctx.Timexes[ti].Span) == k)
            {
                return true;
            }
        }

        return false;
    }
}
