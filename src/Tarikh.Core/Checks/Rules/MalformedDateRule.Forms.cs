using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms that need no other year of the text (round 7): a numeric date with an empty part ("15/ /912
/// هـ"), one side of a Hijri/Gregorian pair whose digits begin the other side's right equivalent ("1318 هـ / 190 م"), an
/// Old-Style pair whose New-Style day is missing ("28 أغسطس ( سبتمبر) 1828") and a news dateline dated before the press
/// ("المنامة – بنا – 12 مايو 201:").
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>Longest lead (place, agency, punctuation) before a dateline's date, in characters.</summary>
    private const int DatelineLead = 40;

    /// <summary>
    /// "15/ /912 هـ"، "7/ /2013"، "2013//7": a numeric date whose middle part is left empty between its two slashes. The
    /// outer parts must be a day and a year (one or two digits on one side, three or four on the other); a chain that goes
    /// on with another slash is a path or an address, not a date.
    /// </summary>
    private IEnumerable<Flag> EmptyNumericParts(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 2 < tk.Length; i++)
        {
            if (!AsciiNumber(tk[i]) || !ctx.IsContent(tk[i].Sentence) || tk[i + 1].Span.Start != tk[i].Span.End)
            {
                continue;
            }

            var j = i + 1;
            var slashes = 0;
            while (j < tk.Length && tk[j].Sentence == tk[i].Sentence && tk[j].Norm.Length > 0 && tk[j].Norm.All(c => c == '/')
                && (j == i + 1 || ctx.Text(new TextSpan(tk[j - 1].Span.End, tk[j].Span.Start)).All(char.IsWhiteSpace)))
            {
                slashes += tk[j].Norm.Length;
                j++;
            }

            if (slashes != 2 || j >= tk.Length || !AsciiNumber(tk[j]) || tk[j].Sentence != tk[i].Sentence || tk[j].Span.Start != tk[j - 1].Span.End)
            {
                continue;
            }

            var (a, b) = (tk[i].Norm.Length, tk[j].Norm.Length);
            if (!((a <= 2 && b is 3 or 4) || (a == 4 && b <= 2))
                || (i > 0 && tk[i - 1].Norm.Contains('/') && tk[i - 1].Span.End == tk[i].Span.Start)
                || (j + 1 < tk.Length && tk[j + 1].Norm.Contains('/') && tk[j + 1].Span.Start == tk[j].Span.End))
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[j].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"التاريخ «{written}» ناقص: الجزء الأوسط (الشهر غالباً) فارغ بين علامتي الفصل.",
                $"The date “{written}” is incomplete: its middle part (usually the month) is empty between the slashes.",
                ("written", written), ("reason", "missing-part"));
            i = j;
        }
    }

    /// <summary>
    /// "(ولد 1318 هـ / 190 م)": one side of a Hijri/Gregorian pair written with two or three digits whose digits begin a
    /// year of the other side's right equivalent in its calendar (1318 AH is 1900–1901 AD). Years of either era reach four
    /// digits only after 1000, and a right pair never puts a three-digit year beside a four-digit one of the other
    /// calendar in this way, so the side is cut short; the flag names the year it begins.
    /// </summary>
    private IEnumerable<Flag> CutPairSides(CheckContext ctx, List<TextSpan> flagged)
    {
        var timexes = ctx.Timexes;
        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            if (t.Equivalent is not { } e || e < 0 || e >= timexes.Length || !CheckContext.IsDated(t) || !CheckContext.IsDated(timexes[e]) || t.YearInWords
                || OverlapsAny(flagged, t.Span))
            {
                continue;
            }

            var o = timexes[e];
            if ((t.Calendar == CalendarKind.Hijri) == (o.Calendar == CalendarKind.Hijri))
            {
                continue;
            }

            var digits = WrittenYearDigits(ctx, t);
            if (digits is not { Length: 2 or 3 } || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cut))
            {
                continue;
            }

            var g = o.Gregorian!.Value;
            int from, to;
            if (t.Calendar == CalendarKind.Hijri)
            {
                // A Gregorian side before the Hijri era has no Hijri year to compare with (an ancient or cut year).
                if (TarikhCalendars.Default.TryToHijri(g.Start) is not { } hs || TarikhCalendars.Default.TryToHijri(g.End) is not { } he)
                {
                    continue;
                }

                (from, to) = (hs.Year, he.Year);
            }
            else
            {
                (from, to) = (g.Start.Year, g.End.Year);
            }

            var scale = digits.Length == 3 ? 10 : 100;
            var matches = Enumerable.Range(from, Math.Max(0, to - from + 1)).Where(y => y >= 1000 && y / scale == cut).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            flagged.Add(t.Span);
            var likely = matches.Count == 1 ? matches[0].ToString(CultureInfo.InvariantCulture) : $"{matches[0]}–{matches[^1]}";
            yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span, o.Span],
                $"السنة «{digits}» في «{t.Text}» مبتورة: ما يقابل «{o.Text}» هو {likely}، وأرقامها الأولى هي المكتوبة.",
                $"The year “{digits}” in “{t.Text}” is cut short: “{o.Text}” corresponds to {likely}, which begins with the digits written.",
                ("written", digits), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>
    /// "28 أغسطس ( سبتمبر) 1828": a day and month, then in parentheses only the next month, in a year when Old and New Style
    /// were both written (1582–1918): the New-Style day that crosses into the next month is missing. The same month named
    /// twice ("28 آب (أغسطس)") is a second name, not a pair, and a day early in the month cannot cross into the next.
    /// </summary>
    private IEnumerable<Flag> OldStylePairsWithoutDay(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 4 < tk.Length; i++)
        {
            if (!AsciiNumber(tk[i]) || tk[i].Norm.Length > 2 || !int.TryParse(tk[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 16 or > 31
                || ctx.MonthAt(i + 1, out var l1) is not { Hijri: false } m1)
            {
                continue;
            }

            var open = i + 1 + l1;
            if (open + 2 >= tk.Length || tk[open].Norm != "(" || ctx.MonthAt(open + 1, out var l2) is not { Hijri: false } m2 || m2.Month != (m1.Month % 12) + 1)
            {
                continue;
            }

            var close = open + 1 + l2;
            var y = close + 1;
            if (y < tk.Length && ctx.MatchCue(y, "year-word", out var yl) is not null)
            {
                y += yl;
            }

            if (close >= tk.Length || tk[close].Norm != ")" || y >= tk.Length || !AsciiNumber(tk[y]) || tk[y].Sentence != tk[i].Sentence
                || !int.TryParse(tk[y].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1582 or > 1918)
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[y].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"التاريخ «{written}» ناقص: بين القوسين شهر التقويم الجديد بلا يومه.",
                $"The date “{written}” is incomplete: the parenthesis gives the New-Style month without its day.",
                ("written", written), ("reason", "missing-part"));
        }
    }

    /// <summary>
    /// "المنامة – بنا – 12 مايو 201: …"، "الرباط (و.م.ع) 12 نونبر 201 - …": a news dateline (a full date opening its sentence after a place and an agency at
    /// most, followed by a colon or a dash) whose year has two or three digits. News is dated in the age of the press, so
    /// the year is cut short when its digits begin a year of that age (from 1800, or 1200 AH).
    /// </summary>
    private IEnumerable<Flag> CutDatelineYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || t.YearInWords || t.Value is not { Length: 10 } || OverlapsAny(flagged, t.Span) || !ctx.IsContent(ctx.SentenceOf(t)))
            {
                continue;
            }

            var digits = WrittenYearDigits(ctx, t);
            if (digits is not { Length: 2 or 3 } || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cut))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var end = ctx.EndToken(t.Span);
            var sentenceStart = ctx.SentenceTokens(tk[first].Sentence).Start;
            var lead = ctx.Text(new TextSpan(tk[sentenceStart].Span.Start, t.Span.Start));
            // The place and the agency are set off by a dash or a comma, or the agency stands in parentheses ("الرباط (و.م.ع) 12 …").
            if (first == sentenceStart || lead.Length > DatelineLead || !lead.Any(c => c is '-' or '–' or '—' or '،' or ',' or ')')
                || end >= tk.Length || tk[end].Sentence != tk[first].Sentence || tk[end].Norm is not (":" or "-" or "–" or "—"))
            {
                continue;
            }

            var scale = digits.Length == 3 ? 10 : 100;
            var likely = $"{cut * scale}–{(cut * scale) + scale - 1}";
            if (cut * scale < (t.Calendar == CalendarKind.Hijri ? 1200 : 1800))
            {
                continue;
            }

            flagged.Add(t.Span);
            yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span],
                $"السنة «{digits}» في تاريخ الخبر «{t.Text}» مبتورة: الأرجح أنها إحدى السنوات {likely}.",
                $"The year “{digits}” in the news dateline “{t.Text}” is cut short: it is probably one of {likely}.",
                ("written", digits), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>The digits of the year a timex writes (its last number token of digits), or null.</summary>
    private static string? WrittenYearDigits(CheckContext ctx, Timex t)
    {
        for (var k = ctx.EndToken(t.Span) - 1; k >= ctx.FirstToken(t.Span); k--)
        {
            if (AsciiNumber(ctx.Tokens[k]))
            {
                return ctx.Tokens[k].Norm;
            }
        }

        return null;
    }

    /// <summary>True for a number token of digits only.</summary>
    private static bool AsciiNumber(Token t) => t.IsNumber && t.Norm.Length > 0 && t.Norm.All(char.IsAsciiDigit);
}
