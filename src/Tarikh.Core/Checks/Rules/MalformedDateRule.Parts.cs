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
                || (ctx.MatchCue(k + 4, "era-marker", out _) is null && !OpenAfterSlash(ctx, k + 3))
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

            var era = ctx.MatchCue(k + 4, "era-marker", out _) is not null;
            var span = new TextSpan(tk[k].Span.Start, tk[era ? k + 4 : k + 3].Span.End);
            var flag = era
                ? Incomplete(ctx, flagged, span, "السنة فارغة بين علامة الفصل وعلامة التقويم.", "its year is empty between the slash and the era mark.")
                : Incomplete(ctx, flagged, span, "السنة فارغة بعد علامة الفصل الأخيرة.", "its year is empty after the last slash.");
            if (flag is null)
            {
                continue;
            }

            yield return flag;
            k += 4;
        }
    }

    /// <summary>
    /// "في /رجب/ 683 هـ"، "/مايو/ 1998": a month name between two slashes with the day's slot before the first left empty and
    /// a year of three or four digits after the second. The first slash must open the chain (no word glued before it).
    /// </summary>
    private IEnumerable<Flag> EmptyDaysBeforeMonthNames(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 3 < tk.Length; k++)
        {
            if (tk[k].Norm != "/" || !ctx.IsContent(tk[k].Sentence) || ctx.MonthAt(k + 1, out var ml) is null || k + ml + 2 >= tk.Length)
            {
                continue;
            }

            var slash = k + 1 + ml;
            var year = slash + 1;
            if (tk[slash].Norm != "/" || tk[year].Sentence != tk[k].Sentence || !AsciiNumber(tk[year]) || tk[year].Norm.Length is not (3 or 4)
                || (k > 0 && tk[k - 1].Span.End == tk[k].Span.Start && (tk[k - 1].Kind != TokenKind.Punctuation || tk[k - 1].Norm.Contains('/')))
                || (year + 1 < tk.Length && tk[year + 1].Span.Start == tk[year].Span.End && tk[year + 1].Norm.Contains('/')))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[year].Span.End);
            if (Incomplete(ctx, flagged, span, "الجزء الأول (اليوم غالباً) فارغ قبل علامة الفصل.",
                "its first part (usually the day) is empty before the slash.") is not { } flag)
            {
                continue;
            }

            yield return flag;
            k = year;
        }
    }

    /// <summary>
    /// "(ولد 19 – توفي 1966)"، "(ولد 1905 – توفي 19)": a lifespan in parentheses whose bounds carry their labels, one a
    /// four-digit year and the other one to three digits that begin a year within a life of it (before it for the birth,
    /// after it for the death). A two-digit death year after the birth's own last digits is its short form ("توفي 85" after
    /// 1905 is 1985) and stays silent.
    /// </summary>
    private IEnumerable<Flag> CutLabelledLifespanBounds(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 6 < tk.Length; k++)
        {
            if (tk[k].Norm != "(" || !ctx.IsContent(tk[k].Sentence) || !BirthLabel(tk[k + 1]) || !AsciiNumber(tk[k + 2])
                || tk[k + 3].Norm is not ("-" or "–" or "—") || !DeathLabel(tk[k + 4]) || !AsciiNumber(tk[k + 5]) || tk[k + 6].Norm != ")"
                || tk[k + 6].Sentence != tk[k].Sentence)
            {
                continue;
            }

            var (b, d) = (tk[k + 2].Norm, tk[k + 5].Norm);
            var birthCut = b.Length <= 3 && d.Length == 4;
            var deathCut = d.Length <= 3 && b.Length == 4;
            if (!birthCut && !deathCut)
            {
                continue;
            }

            var whole = int.Parse(birthCut ? d : b, CultureInfo.InvariantCulture);
            var cut = int.Parse(birthCut ? b : d, CultureInfo.InvariantCulture);
            var scale = (int)Math.Pow(10, 4 - (birthCut ? b : d).Length);
            var (lo, hi) = (cut * scale, (cut * scale) + scale - 1);
            var (wlo, whi) = birthCut ? (whole - 120, whole) : (whole, whole + 120);
            if (whole is < 1000 or > 2100 || (deathCut && d.Length == 2 && cut > whole % 100 && !(cut == whole / 100 || cut == (whole / 100) + 1)))
            {
                continue;
            }

            var at = tk[birthCut ? k + 2 : k + 5].Span;
            if (OverlapsAny(flagged, at))
            {
                continue;
            }

            var range = ctx.Text(new TextSpan(tk[k + 1].Span.Start, tk[k + 5].Span.End));
            flagged.Add(at);
            if (hi < wlo || lo > whi)
            {
                // No year of one life begins with these digits ("(ولدت 12 – توفيت 1990)"): a part of the date is missing (round 11).
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [at],
                    $"في «{range}» لا يمكن أن تكون «{ctx.Text(at)}» سنة {(birthCut ? "الولادة" : "الوفاة")} في حياة واحدة مع {whole}؛ جزء من التاريخ ناقص.",
                    $"In “{range}” “{ctx.Text(at)}” cannot be the year of {(birthCut ? "birth" : "death")} in one life with {whole}; a part of the date is missing.",
                    ("written", ctx.Text(at)), ("reason", "missing-part"));
                continue;
            }

            var likely = $"{Math.Max(lo, wlo)}–{Math.Min(hi, whi)}";
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [at],
                $"في «{range}» سنة {(birthCut ? "الولادة" : "الوفاة")} «{ctx.Text(at)}» مبتورة، والأرجح أنها إحدى السنوات {likely}.",
                $"In “{range}” the year of {(birthCut ? "birth" : "death")} “{ctx.Text(at)}” is cut short; it is probably one of {likely}.",
                ("written", ctx.Text(at)), ("likely", likely), ("reason", "cut-short"));
        }
    }

    private static bool BirthLabel(Token t) => t.Kind == TokenKind.Arabic && t.Norm is "ولد" or "ولدت" or "مواليد" or "الولاده" or "ولاده";

    private static bool DeathLabel(Token t) => t.Kind == TokenKind.Arabic && t.Norm is "توفي" or "توفيت" or "ت" or "الوفاه" or "وفاه" or "توفى";

    /// <summary>
    /// True when nothing follows the slash at <paramref name="slash"/> in its date: a word after a space ("في 17/9/ وانتقلت")
    /// or the end of the clause ("17/9/،"), never a number (a year after a stray space is still written).
    /// </summary>
    private static bool OpenAfterSlash(CheckContext ctx, int slash)
    {
        var tk = ctx.Tokens;
        if (slash + 1 >= tk.Length || tk[slash + 1].Sentence != tk[slash].Sentence)
        {
            return true;
        }

        var next = tk[slash + 1];
        return (next.Kind == TokenKind.Arabic && next.Span.Start > tk[slash].Span.End && ctx.MonthAt(slash + 1, out _) is null)
            || (next.Kind == TokenKind.Punctuation && next.Norm is "," or "،" or "." or "؛" or ";")
            || (next.Kind == TokenKind.Punctuation && next.Norm is "-" or "–" or "—" or ")" && next.Span.Start > tk[slash].Span.End); // "(ولدت 7/8/ – توفيت 1999)"
    }

    /// <summary>
    /// "في 12 من عام 1890"، "يوم 5 من سنة 1300 هـ"، "في الـ 12 من 1974": a day number right after "في"/"يوم"/"بتاريخ" (or
    /// "الـ" after one of them) and before "من" and a year (<see cref="YearAfterMin"/>), with no month between: the month is
    /// missing. A count has its noun after it ("في 12 من أعضائه"), and "الأول من عام" (the start of a year) is no day.
    /// </summary>
    private IEnumerable<Flag> DaysWithoutMonth(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 2 < tk.Length; k++)
        {
            if (!AsciiNumber(tk[k]) || tk[k].Norm.Length > 2 || tk[k].Clitics != Proclitics.None || !ctx.IsContent(tk[k].Sentence)
                || !DayIntroducedAt(ctx, k) || tk[k + 1].Norm != "من" || YearAfterMin(ctx, k + 2) is not (>= 0 and var y)
                || int.Parse(tk[k].Norm, CultureInfo.InvariantCulture) is < 1 or > 31)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[y].Span.End);
            if (Incomplete(ctx, flagged, span, "يذكر اليوم والسنة ولا يذكر الشهر.",
                "it gives a day and a year but no month.", "missing-month") is not { } flag)
            {
                continue;
            }

            yield return flag;
        }
    }

    /// <summary>
    /// True when the day at token <paramref name="k"/> follows "في"، "يوم" or "بتاريخ" in its sentence, or the colloquial article
    /// "الـ" written apart after one of them ("في الـ 12"), as a day of the month is introduced.
    /// </summary>
    private static bool DayIntroducedAt(CheckContext ctx, int k)
    {
        var tk = ctx.Tokens;
        static bool Introducer(Token t) => t.Base is "في" or "يوم" or "بتاريخ";
        if (k < 1 || tk[k - 1].Sentence != tk[k].Sentence)
        {
            return false;
        }

        return Introducer(tk[k - 1])
            || (k >= 2 && tk[k - 1].Norm is "ال" or "الـ" && tk[k - 2].Sentence == tk[k].Sentence && Introducer(tk[k - 2]));
    }

    /// <summary>
    /// The last token of a year written right at <paramref name="from"/> (after a day and "من"), or -1: a year word and a year of
    /// three or four digits ("من عام 1890"); a year word and a year in number words that Time reads ("من سنة اثنتين وخمسين
    /// وثمانمائة"); a year word and a colloquial year of two digits closing its phrase ("من سنة 62،"); or a bare year of four digits
    /// that Time reads as a year and nothing counted after it ("من 1974."، "من 2018 بحضور": a word with ب or ل is no counted
    /// noun, nor "حسب" of a calendar named after the year, "1881 حسب التقويم القديم"). A number with a noun after it ("من 1500
    /// مشارك") is a count, not a year.
    /// </summary>
    private static int YearAfterMin(CheckContext ctx, int from)
    {
        var tk = ctx.Tokens;
        if (from >= tk.Length)
        {
            return -1;
        }

        if (ctx.MatchCue(from, "year-word", out var yl) is not null)
        {
            var y = from + yl;
            if (y >= tk.Length || tk[y].Sentence != tk[from].Sentence)
            {
                return -1;
            }

            if (AsciiNumber(tk[y]) && tk[y].Clitics == Proclitics.None)
            {
                var closes = y + 1 >= tk.Length || tk[y + 1].Sentence != tk[y].Sentence || tk[y + 1].Kind == TokenKind.Punctuation;
                return tk[y].Norm.Length is 3 or 4 || (tk[y].Norm.Length == 2 && closes) ? y : -1;
            }

            foreach (var t in ctx.Timexes)
            {
                if (t.YearInWords && t.Span.Start <= tk[y].Span.Start && t.Span.End >= tk[y].Span.End)
                {
                    var last = y;
                    while (last + 1 < tk.Length && tk[last + 1].Span.End <= t.Span.End)
                    {
                        last++;
                    }

                    return last;
                }
            }

            return -1;
        }

        if (!AsciiNumber(tk[from]) || tk[from].Norm.Length != 4 || tk[from].Clitics != Proclitics.None
            || int.Parse(tk[from].Norm, CultureInfo.InvariantCulture) is < 1000 or > 2100
            || (CountedNounAfter(ctx, from) && (tk[from + 1].Clitics & (Proclitics.Bi | Proclitics.Li)) == 0 && tk[from + 1].Norm != "حسب"))
        {
            return -1;
        }

        foreach (var t in ctx.Timexes)
        {
            if (t.Span == tk[from].Span && t.Type == Time.TimexType.Date && t.Value == tk[from].Norm)
            {
                return from;
            }
        }

        return -1;
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

    /// <summary>
    /// "عمر الزعيم ( –1987) خطّاط": a lifespan in parentheses whose start is empty — a dash right after the parenthesis, then
    /// a four-digit year (round 11). An empty end ("(1950– )") is how a living person's span is written and stays silent.
    /// </summary>
    private IEnumerable<Flag> EmptyLifespanStarts(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 3 < tk.Length; k++)
        {
            if (tk[k].Norm != "(" || !ctx.IsContent(tk[k].Sentence) || tk[k + 1].Norm is not ("-" or "–" or "—") || !AsciiNumber(tk[k + 2])
                || tk[k + 2].Norm.Length != 4 || tk[k + 3].Norm != ")" || tk[k + 3].Sentence != tk[k].Sentence
                || k == 0 || tk[k - 1].Sentence != tk[k].Sentence || tk[k - 1].Kind != TokenKind.Arabic)
            {
                continue;
            }

            var at = new TextSpan(tk[k].Span.Start, tk[k + 3].Span.End);
            if (OverlapsAny(flagged, at))
            {
                continue;
            }

            flagged.Add(at);
            var written = ctx.Text(at);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [at],
                $"«{written}»: بداية المدة فارغة؛ سنة الولادة ناقصة.",
                $"“{written}”: the start of the span is empty; the year of birth is missing.",
                ("written", written), ("reason", "empty-part"));
        }
    }
}
