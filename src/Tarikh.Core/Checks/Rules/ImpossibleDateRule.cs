using System.Globalization;
using NodaTime;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// impossible-date: a day its month does not have (31 شباط, 31 of a Hijri month, 29 February
/// of a common year), month 13, year 0. A Hijri 30th is never flagged: a Hijri month has 29 or 30 days by the sighting
/// of the crescent, and the tables differ from it by a day. Uses the time stage's invalid timexes and its own scan of
/// "day + month name (+ year)" and numeric d/m/y dates, so a date the time stage skipped is still seen.
/// </summary>
public sealed class ImpossibleDateRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "impossible-date";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var flagged = new List<TextSpan>();
        var tokens = ctx.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsNumber || !ctx.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            if (ScanDayMonth(ctx, i) is { } f1)
            {
                flagged.Add(f1.Spans[0]);
                yield return f1;
            }
            else if (ScanNumeric(ctx, i) is { } f2)
            {
                flagged.Add(f2.Spans[0]);
                yield return f2;
            }
        }

        var matches = new List<LexMatch>();
        for (var i = 1; i + 2 < tokens.Length; i++)
        {
            if (ctx.IsContent(tokens[i].Sentence) && ScanWordDay(ctx, i, matches) is { } f3 && !flagged.Any(s => s.Overlaps(f3.Spans[0])))
            {
                flagged.Add(f3.Spans[0]);
                yield return f3;
            }
        }

        foreach (var t in ctx.Timexes)
        {
            if (t.Valid || t.Reason is not ("day-out-of-range" or "month-out-of-range" or "year-zero") || flagged.Any(s => s.Overlaps(t.Span)))
            {
                continue;
            }

            if (t.Reason == "year-zero" && DecimalPart(ctx, t))
            {
                continue; // "(2، 0 م)": the fraction of a measure in metres written with a decimal comma, not a year
            }

            var (ar, en) = t.Reason switch
            {
                "year-zero" => ($"«{t.Text}»: لا توجد سنة صفر؛ بعد سنة 1 قبل الميلاد تأتي سنة 1 للميلاد.", $"“{t.Text}”: there is no year 0; 1 BC is followed by AD 1."),
                "month-out-of-range" => ($"«{t.Text}»: لا يوجد شهر بهذا الرقم؛ للسنة اثنا عشر شهراً.", $"“{t.Text}”: no such month; a year has twelve months."),
                _ => ($"«{t.Text}»: الشهر لا يضم هذا العدد من الأيام.", $"“{t.Text}”: the month does not have that many days."),
            };
            yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span], ar, en, ("reason", t.Reason), ("text", t.Text), ("value", t.Value ?? ""));
        }
    }

    /// <summary>True when the number of a timex follows a number and a comma or point ("2، 0"، "6, 500"): the digits after a separator.</summary>
    private static bool DecimalPart(CheckContext ctx, Time.Timex t)
    {
        var first = ctx.FirstToken(t.Span);
        return first >= 2 && ctx.Tokens[first].IsNumber && ctx.Tokens[first - 1].Kind == TokenKind.Punctuation
            && ctx.Tokens[first - 1].Norm is "،" or "," or "." && ctx.Tokens[first - 2].IsNumber && ctx.Tokens[first - 2].Sentence == ctx.Tokens[first].Sentence;
    }

    private Flag? ScanDayMonth(CheckContext ctx, int i)
    {
        var tokens = ctx.Tokens;
        var t = tokens[i];
        if (t.Clitics != Proclitics.None || t.Norm.Length > 2 || !int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        // day [من] [شهر] month-name
        var k = i + 1;
        while (k < tokens.Length && k < i + 3 && tokens[k].Sentence == t.Sentence && tokens[k].Norm is "من" or "شهر")
        {
            k++;
        }

        var month = ctx.MonthAt(k, out var monthLen);

        if (month is null)
        {
            return null;
        }

        // optional "/ alternative month name" and year word, then the year
        var y = k + monthLen;
        var end = y - 1;
        int? year = null;
        for (var s = 0; s < 6 && y < tokens.Length && tokens[y].Sentence == t.Sentence; s++, y++)
        {
            var tok = tokens[y];
            if (tok.IsNumber)
            {
                if (tok.Base.Length is >= 3 and <= 4 && int.TryParse(tok.Base, NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
                {
                    year = yy;
                    end = y;
                }

                break;
            }

            if (tok.Norm is "/" or "-" || ctx.MatchCue(y, "year-word", out _) is not null || ctx.MonthAt(y, out _) is not null || tok.Norm is "الاول" or "الثاني")
            {
                continue;
            }

            break;
        }

        var hijri = month.Hijri || (year is not null && EraAfter(ctx, end + 1) == "hijri");
        var span = new TextSpan(t.Span.Start, tokens[end].Span.End);
        var text = ctx.Text(span);
        if (hijri)
        {
            if (day > 30 || day == 0)
            {
                return Make(span, text, day, month.Month, true, year, "day-out-of-range", 30, Severity.Error);
            }

            return null;
        }

        if (day == 0)
        {
            return Make(span, text, day, month.Month, false, year, "day-out-of-range", 0, Severity.Error);
        }

        var max = month.Month == 2 ? (year is { } gy ? (CalendarSystem.Iso.IsLeapYear(gy) ? 29 : 28) : 29) : CalendarSystem.Iso.GetDaysInMonth(2001, month.Month);
        if (day <= max)
        {
            return null;
        }

        if (month.Month == 2 && day == 29 && year is { } jy && jy % 4 == 0 && jy < 1923)
        {
            // The time stage read the day as Julian (the text names the Old Style): it exists, nothing to say.
            if (ctx.Timexes.Any(x => x.Calendar == CalendarKind.Julian && x.Valid && x.Span.Overlaps(span)))
            {
                return null;
            }

            // A Julian leap day (29 February 1900 Old Style) exists.
            return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"«{text}»: سنة {jy} ليست كبيسة في التقويم الغريغوري، فليس فيها 29 شباط/فبراير إلا إذا كان التاريخ بالتقويم اليولياني (الشرقي).",
                $"“{text}”: {jy} is not a leap year in the Gregorian calendar, so it has no 29 February unless the date is Julian (Old Style).",
                ("day", "29"), ("month", "2"), ("year", jy.ToString(CultureInfo.InvariantCulture)), ("reason", "day-out-of-range"), ("max_day", "28"));
        }

        return Make(span, text, day, month.Month, false, year, "day-out-of-range", max, Severity.Error);
    }

    /// <summary>
    /// "في اليوم الثاني والثلاثين من شهر رمضان"، "يوم الخامس والأربعين من ذي القعدة": an ordinal day in words (Time's number
    /// words: a unit ordinal with the article, "و" and a ten) after a day word ("اليوم"، "يوم"، "ليلة"، "في"), then "من"/"شهر"
    /// and a month name, past every month's days (32 or more; 31 of a Hijri month) (round 22). A count of lessons or
    /// sessions ("المجلس الثاني والثلاثين") follows no day word and stays silent.
    /// </summary>
    private Flag? ScanWordDay(CheckContext ctx, int i, List<LexMatch> matches)
    {
        var tokens = ctx.Tokens;
        var t = tokens[i];
        if (t.Kind != TokenKind.Arabic || (t.Clitics & Proclitics.Al) == 0 || tokens[i - 1].Sentence != t.Sentence || tokens[i + 1].Sentence != t.Sentence
            || tokens[i - 1].Norm is not ("اليوم" or "يوم" or "واليوم" or "ليلة" or "الليلة" or "في" or "وفي"))
        {
            return null;
        }

        var sentenceEnd = ctx.SentenceTokens(t.Sentence).End;
        matches.Clear();
        CheckContext.TimeLexicon.Trie.MatchAt(tokens, i, sentenceEnd, matches);
        var unit = 0;
        foreach (var m in matches)
        {
            if (m.Entry.Kind == LexKind.Number && m.Entry.B == 1 && m.Entry.A is >= 1 and <= 9 && m.End == i + 1)
            {
                unit = m.Entry.A;
            }
        }

        if (unit == 0 || (tokens[i + 1].Clitics & Proclitics.Wa) == 0)
        {
            return null;
        }

        matches.Clear();
        CheckContext.TimeLexicon.Trie.MatchAt(tokens, i + 1, sentenceEnd, matches);
        var tens = 0;
        foreach (var m in matches)
        {
            if (m.Entry.Kind == LexKind.Number && m.End == i + 2 && m.Entry.A is 30 or 40 or 50 or 60 or 70 or 80 or 90)
            {
                tens = m.Entry.A;
            }
        }

        var day = unit + tens;
        if (tens == 0 || day < 31)
        {
            return null;
        }

        var k = i + 2;
        while (k < sentenceEnd && k < i + 4 && tokens[k].Norm is "من" or "شهر")
        {
            k++;
        }

        if (k == i + 2 || ctx.MonthAt(k, out var monthLen) is not { } month || (day == 31 && !month.Hijri))
        {
            return null;
        }

        var span = new TextSpan(tokens[i - 1].Span.Start, tokens[k + monthLen - 1].Span.End);
        return Make(span, ctx.Text(span), day, month.Month, month.Hijri, null, "day-out-of-range", month.Hijri ? 30 : CalendarSystem.Iso.GetDaysInMonth(2000, month.Month), Severity.Error);
    }

    private Flag? ScanNumeric(CheckContext ctx, int i)
    {
        // d/m/yyyy or d-m-yyyy or d.m.yyyy written as adjacent tokens.
        var tokens = ctx.Tokens;
        if (i + 4 >= tokens.Length || tokens[i].Clitics != Proclitics.None)
        {
            return null;
        }

        var sep = tokens[i + 1].Norm;
        if (sep is not ("/" or "-" or ".") || tokens[i + 3].Norm != sep || !tokens[i + 2].IsNumber || !tokens[i + 4].IsNumber
            || tokens[i + 4].Sentence != tokens[i].Sentence
            || tokens[i + 1].Span.Start != tokens[i].Span.End || tokens[i + 4].Span.Start != tokens[i + 3].Span.End)
        {
            return null;
        }

        if (tokens[i].Norm.Length > 2 || tokens[i + 2].Norm.Length > 2 || tokens[i + 4].Norm.Length != 4
            || (i > 0 && tokens[i - 1].Span.End == tokens[i].Span.Start && tokens[i - 1].Kind is TokenKind.Punctuation or TokenKind.Number))
        {
            return null;
        }

        var d = int.Parse(tokens[i].Norm, CultureInfo.InvariantCulture);
        var m = int.Parse(tokens[i + 2].Norm, CultureInfo.InvariantCulture);
        var y = int.Parse(tokens[i + 4].Norm, CultureInfo.InvariantCulture);
        var span = new TextSpan(tokens[i].Span.Start, tokens[i + 4].Span.End);
        var text = ctx.Text(span);
        bool Valid(int dd, int mm) => mm is >= 1 and <= 12 && dd >= 1 && dd <= CalendarSystem.Iso.GetDaysInMonth(Math.Max(1, y), mm);
        if (Valid(d, m) || Valid(m, d))
        {
            return null;
        }

        if (m > 12 && d > 12)
        {
            return CheckContext.MakeFlag(Id, Severity.Error, [span],
                $"«{text}»: لا يوجد شهر رقمه {m} ولا {d}؛ للسنة اثنا عشر شهراً.",
                $"“{text}”: neither {m} nor {d} is a month number; a year has twelve months.",
                ("reason", "month-out-of-range"), ("text", text));
        }

        var month = m <= 12 ? m : d;
        var day = m <= 12 ? d : m;
        var max = month is >= 1 and <= 12 ? CalendarSystem.Iso.GetDaysInMonth(Math.Max(1, y), month) : 0;
        return Make(span, text, day, month, false, y, month is >= 1 and <= 12 ? "day-out-of-range" : "month-out-of-range", max, Severity.Error);
    }

    private static string? EraAfter(CheckContext ctx, int k)
    {
        if (k < ctx.Tokens.Length && ctx.MatchCue(k, "era-marker", out _) is { } cue)
        {
            return cue.Tokens[0].StartsWith('ه') || cue.Tokens[0].Contains("هجر", StringComparison.Ordinal) ? "hijri" : "gregorian";
        }

        return null;
    }

    private Flag Make(TextSpan span, string text, int day, int month, bool hijri, int? year, string reason, int max, Severity severity)
    {
        var monthEn = DateText.MonthEn(month, hijri);
        var monthAr = DateText.MonthAr(month, hijri);
        var yearEn = year is { } y ? $" {y}{(hijri ? " AH" : "")}" : "";
        var yearAr = year is { } y2 ? $" {y2}{(hijri ? " هـ" : "")}" : "";
        string ar, en;
        if (day == 0)
        {
            ar = $"«{text}»: لا يوجد يوم صفر في الشهر.";
            en = $"“{text}”: there is no day 0 in a month.";
        }
        else if (hijri)
        {
            ar = $"«{text}»: الشهر الهجري لا يتجاوز 30 يوماً، فلا يوم {day} في {monthAr}.";
            en = $"“{text}”: a Hijri month has at most 30 days, so {monthEn} has no day {day}.";
        }
        else
        {
            ar = $"«{text}»: شهر {monthAr}{yearAr} {max} يوماً، فلا يوم {day} فيه.";
            en = $"“{text}”: {monthEn}{yearEn} has {max} days, so there is no {Ordinal(day)}.";
        }

        return CheckContext.MakeFlag(Id, severity, [span], ar, en,
            ("day", day.ToString(CultureInfo.InvariantCulture)), ("month", month.ToString(CultureInfo.InvariantCulture)),
            ("calendar", hijri ? "hijri" : "gregorian"), ("year", year?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("max_day", max.ToString(CultureInfo.InvariantCulture)), ("reason", reason));
    }

    private static string Ordinal(int n) => n % 100 is 11 or 12 or 13 ? n + "th" : (n % 10) switch { 1 => n + "st", 2 => n + "nd", 3 => n + "rd", _ => n + "th" };
}
