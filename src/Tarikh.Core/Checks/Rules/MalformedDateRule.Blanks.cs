using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, round 23 (issue 12): a form's slots left blank and a range whose first year word stands empty. "ولدت في / / 1951"،
/// "حرر في   /  / 1306" (day and month empty before the year), "بتاريخ / 9 / ،"، "تاريخ الوثيقة:   /12/ ." (day and year empty around
/// the month); "من سنة إلى سنة 1958"، "من عام لعام ثمانين" (the start's year word without its year, the end's written). A blank the
/// text itself marks as one ("[بياض في الأصل]") is a faithful copy of a damaged record, not a slip, and stays silent.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>Words (normalized) after which a form's date slots stand: "في"، "بتاريخ"، "تاريخ"، "يوم"، and a colon.</summary>
    private static bool SlotIntroducer(Token t) => t.Norm is "في" or "بتاريخ" or "تاريخ" or "يوم" or ":" || (t.Kind == TokenKind.Arabic && t.Base == "تاريخ");

    /// <summary>True when the sentence of token <paramref name="k"/> says a blank is in the source ("بياض"، "في الأصل"، "كذا").</summary>
    private static bool BlankMarked(CheckContext ctx, int k)
    {
        var (s, e) = ctx.SentenceTokens(ctx.Tokens[k].Sentence);
        var text = ctx.Text(new TextSpan(ctx.Tokens[s].Span.Start, ctx.Tokens[e - 1].Span.End));
        return text.Contains("بياض", StringComparison.Ordinal) || text.Contains("في الأصل", StringComparison.Ordinal) || text.Contains("في الاصل", StringComparison.Ordinal)
            || text.Contains("كذا", StringComparison.Ordinal) || text.Contains("مطموس", StringComparison.Ordinal) || text.Contains("ممحو", StringComparison.Ordinal);
    }

    /// <summary>True when the token is made of slashes only.</summary>
    private static bool Slashes(Token t) => t.Norm.Length > 0 && t.Norm.AsSpan().IndexOfAnyExcept('/') < 0;

    /// <summary>
    /// "في / / 1951"، "حرر في   /  / 1306"، "بتاريخ / 9 / ،"، "تاريخ الوثيقة:   /12/ .": slots of a numeric date left blank after a word
    /// that introduces a date: two slashes with nothing between them and a year of three or four digits after (day and month empty), or
    /// a slash, a month (1–12), a slash and no year (day and year empty). The first slash stands apart from the word before it.
    /// </summary>
    private IEnumerable<Flag> BlankFormSlots(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 2 < tk.Length; k++)
        {
            if (!Slashes(tk[k]) || tk[k].Norm.Length != 1 || !ctx.IsContent(tk[k].Sentence) || tk[k - 1].Sentence != tk[k].Sentence || !SlotIntroducer(tk[k - 1])
                || tk[k].Span.Start == tk[k - 1].Span.End || tk[k + 1].Sentence != tk[k].Sentence)
            {
                continue;
            }

            TextSpan? span = null;
            string? ar = null, en = null;
            if (Slashes(tk[k + 1]) && tk[k + 1].Norm.Length == 1 && tk[k + 2].Sentence == tk[k].Sentence && AsciiNumber(tk[k + 2]) && tk[k + 2].Norm.Length is 3 or 4
                && !(k + 3 < tk.Length && tk[k + 3].Span.Start == tk[k + 2].Span.End && Slashes(tk[k + 3])))
            {
                span = new TextSpan(tk[k].Span.Start, tk[k + 2].Span.End);
                (ar, en) = ("خانتا اليوم والشهر فارغتان قبل السنة.", "the day and month slots are empty before the year.");
            }
            else if (k + 3 < tk.Length && AsciiNumber(tk[k + 1]) && tk[k + 1].Norm.Length <= 2 && int.TryParse(tk[k + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && month is >= 1 and <= 12 && Slashes(tk[k + 2]) && tk[k + 2].Norm.Length == 1 && tk[k + 2].Sentence == tk[k].Sentence
                && (tk[k + 3].Sentence != tk[k].Sentence || (tk[k + 3].Kind == TokenKind.Punctuation && !Slashes(tk[k + 3]) && tk[k + 3].Norm != "("))
                && !AsciiNumber(tk[k - 1]))
            {
                span = new TextSpan(tk[k].Span.Start, tk[k + 2].Span.End);
                (ar, en) = ("خانتا اليوم والسنة فارغتان حول الشهر.", "the day and year slots are empty around the month.");
            }

            if (span is not { } sp || BlankMarked(ctx, k))
            {
                continue;
            }

            if (Incomplete(ctx, flagged, sp, ar!, en!, "missing-part") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>
    /// "من سنة إلى سنة 1958"، "من عام لعام ثمانين": "من" and a year word alone, then the range's end — "إلى"/"حتى" and a dated year opened
    /// by its own year word, or the year word with "ل" — so the start's year was left out of its slot. "من سنة إلى سنة" alone (year by
    /// year) has no dated end and stays silent; so does "من سنة كذا".
    /// </summary>
    private IEnumerable<Flag> RangeStartsWithoutYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 2 < tk.Length; k++)
        {
            if (tk[k].Norm is not ("من" or "ومن") || !ctx.IsContent(tk[k].Sentence) || tk[k + 1].Sentence != tk[k].Sentence || tk[k + 2].Sentence != tk[k].Sentence
                || tk[k + 1].Kind != TokenKind.Arabic || tk[k + 1].Clitics != Proclitics.None || tk[k + 1].Norm is not ("سنه" or "سنة" or "عام")
                || !OnlySpacesBetween(ctx, tk[k], tk[k + 1]) || TimexStartsAt(ctx, k + 1) || InAnyTimex(ctx, k + 1))
            {
                continue;
            }

            var end = -1;
            if (RangeTo(tk[k + 2]) && k + 3 < tk.Length && tk[k + 3].Sentence == tk[k].Sentence && tk[k + 3].Clitics == Proclitics.None && YearWordBase(tk[k + 3]))
            {
                end = k + 3;
            }
            else if ((tk[k + 2].Clitics & Proclitics.Li) != 0 && YearWordBase(tk[k + 2]))
            {
                end = k + 2;
            }

            if (end < 0 || !DatedYearAt(ctx, end) || BlankMarked(ctx, k))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 1].Span.End);
            if (Incomplete(ctx, flagged, span, "الطرف الأول من المدة فارغ: كلمة «سنة» أو «عام» لا تتبعها السنة.",
                "the range's first year is empty: the word for “year” is not followed by the year.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True for a year word ("سنة"، "عام") as the token's base.</summary>
    private static bool YearWordBase(Token t) => t.Kind == TokenKind.Arabic && t.Base is "سنه" or "سنة" or "عام";

    /// <summary>True when a dated timex with its year written (in digits or words) begins at token <paramref name="k"/>.</summary>
    private static bool DatedYearAt(CheckContext ctx, int k)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[k].Sentence))
        {
            var t = ctx.Timexes[ti];
            if (ctx.FirstToken(t.Span) == k && CheckContext.IsDated(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="k"/> lies inside a timex of its sentence.</summary>
    private static bool InAnyTimex(CheckContext ctx, int k)
    {
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[k].Sentence))
        {
            if (ctx.Timexes[ti].Span.Contains(ctx.Tokens[k].Span))
            {
                return true;
            }
        }

        return false;
    }
}
