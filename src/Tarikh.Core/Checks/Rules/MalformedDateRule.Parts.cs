using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms of round 10: a numeric date whose year is left empty before its era mark ("12/7/ هـ"), a day
/// with no month before a year ("في 12 من عام 1890"), and a year written with two digits and an era mark where the
/// story's own years say its century was dropped ("ولد سنة 742 … وولي التدريس سنة 79 هـ").
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "12/7/ هـ"، "3/11/ م": a day and a month joined by a slash, a second slash, and then the era mark with no year between.
    /// The chain must open the date (no slash or word glued before it): a path or an address is not a date.
    /// </summary>
    private IEnumerable<Flag> EmptyTrailingYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 4 < tk.Length; k++)
        {
            if (!AsciiNumber(tk[k]) || tk[k].Norm.Length > 2 || !ctx.IsContent(tk[k].Sentence) || tk[k + 1].Norm != "/" || !AsciiNumber(tk[k + 2])
                || tk[k + 2].Norm.Length > 2 || tk[k + 3].Norm != "/" || tk[k + 4].Sentence != tk[k].Sentence
                || tk[k + 1].Span.Start != tk[k].Span.End || tk[k + 2].Span.Start != tk[k + 1].Span.End || tk[k + 3].Span.Start != tk[k + 2].Span.End
                || ctx.MatchCue(k + 4, "era-marker", out _) is null
                || (k > 0 && tk[k - 1].Span.End == tk[k].Span.Start && (tk[k - 1].Kind != TokenKind.Punctuation || tk[k - 1].Norm.Contains('/'))))
            {
                continue;
            }

            var first = int.Parse(tk[k].Norm, CultureInfo.InvariantCulture);
            var second = int.Parse(tk[k + 2].Norm, CultureInfo.InvariantCulture);
            if (first is < 1 or > 31 || second is < 1 or > 31 || (first > 12 && second > 12))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 4].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"التاريخ «{written}» ناقص: السنة فارغة بين علامة الفصل وعلامة التقويم.",
                $"The date “{written}” is incomplete: its year is empty between the slash and the era mark.",
                ("written", written), ("reason", "missing-part"));
            k += 4;
        }
    }

    /// <summary>
    /// "في 12 من عام 1890"، "يوم 5 من سنة 1300 هـ": a day number right after "في"/"يوم"/"بتاريخ" and before "من" and a year
    /// word with its year, with no month between: the month is missing. A count has its noun after it ("في 12 من أعضائه"),
    /// and "الأول من عام" (the start of a year) is no day.
    /// </summary>
    private IEnumerable<Flag> DaysWithoutMonth(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 3 < tk.Length; k++)
        {
            if (!AsciiNumber(tk[k]) || tk[k].Norm.Length > 2 || tk[k].Clitics != Proclitics.None || !ctx.IsContent(tk[k].Sentence)
                || tk[k - 1].Sentence != tk[k].Sentence || tk[k - 1].Base is not ("في" or "يوم" or "بتاريخ")
                || tk[k + 1].Norm != "من" || ctx.MatchCue(k + 2, "year-word", out var yl) is null || k + 2 + yl >= tk.Length)
            {
                continue;
            }

            var y = k + 2 + yl;
            if (!AsciiNumber(tk[y]) || tk[y].Norm.Length is not (3 or 4) || tk[y].Sentence != tk[k].Sentence
                || int.Parse(tk[k].Norm, CultureInfo.InvariantCulture) is < 1 or > 31)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[y].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"التاريخ «{written}» ناقص: يذكر اليوم والسنة ولا يذكر الشهر.",
                $"The date “{written}” is incomplete: it gives a day and a year but no month.",
                ("written", written), ("reason", "missing-month"));
        }
    }

    /// <summary>
    /// "ولد سنة 742، ورحل سنة 778، وولي التدريس سنة 79 هـ": a year of two digits after a year word, marked as Hijri (so
    /// never the colloquial "عام 95", nor a year before Christ), or unmarked in a sentence whose earlier year has three digits (a classical text), told
    /// after a year of the same sentence that it would precede by more than a century, while the same two digits in that
    /// year's century (or the next) fall within sixty years after it: the century was dropped. A warning: the writer may
    /// be recalling an older event.
    /// </summary>
    private IEnumerable<Flag> CenturyDroppedYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 1 < tk.Length; i++)
        {
            if (!ctx.IsContent(tk[i].Sentence) || ctx.MatchCue(i, "year-word", out var len) is null || i + len >= tk.Length)
            {
                continue;
            }

            var n = i + len;
            if (!AsciiNumber(tk[n]) || tk[n].Norm.Length != 2 || tk[n].Clitics != Proclitics.None || tk[n].Sentence != tk[i].Sentence)
            {
                continue;
            }

            // Only a Hijri mark: "عام 48 ق. م" (before Christ) or "سنة 30 م" in a history recalls an older age on purpose.
            var era = n + 1 < tk.Length && tk[n + 1].Sentence == tk[n].Sentence && ctx.MatchCue(n + 1, "era-marker", out _) is not null;
            var marked = era && HijriMark(tk[n + 1]);
            var before = EarlierYearInSentence(ctx, i);
            if (before is not { } py || (era && !marked) || (!marked && py.Digits != 3))
            {
                continue;
            }

            var v = int.Parse(tk[n].Norm, CultureInfo.InvariantCulture);
            var filled = (py.Year / 100 * 100) + v;
            if (filled < py.Year)
            {
                filled += 100;
            }

            if (py.Year - v <= 100 || filled - py.Year > 60)
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[marked ? n + 1 : n].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var likely = filled.ToString(CultureInfo.InvariantCulture);
            var earlier = py.Year.ToString(CultureInfo.InvariantCulture);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"السنة «{tk[n].Norm}» تبدو ناقصة المئات: يرويها النص بعد سنة {earlier}، فالأرجح أنها {likely}.",
                $"The year “{tk[n].Norm}” seems to have lost its century: the text tells it after {earlier}, so it is probably {likely}.",
                ("written", tk[n].Norm), ("likely", likely), ("candidates", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>True for a Hijri era mark: "هـ"، "ه"، "هجري"، "هجرية"، "للهجرة".</summary>
    private static bool HijriMark(Token t) => (t.Norm.Length <= 2 ? t.Norm.StartsWith('ه') : t.Base.Contains("هجر", StringComparison.Ordinal));

    /// <summary>The last year (three or four digits after a year word) written before token <paramref name="i"/> in its sentence, or null.</summary>
    private static (int Year, int Digits)? EarlierYearInSentence(CheckContext ctx, int i)
    {
        var tk = ctx.Tokens;
        for (var k = i - 1; k >= 1 && tk[k].Sentence == tk[i].Sentence; k--)
        {
            if (AsciiNumber(tk[k]) && tk[k].Norm.Length is 3 or 4 && ctx.MatchCue(k - 1, "year-word", out var l) is not null && l == 1)
            {
                return (int.Parse(tk[k].Norm, CultureInfo.InvariantCulture), tk[k].Norm.Length);
            }
        }

        return null;
    }
}
