using NodaTime;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>calendar-equivalence: reading each side in its calendar, Julian/Old-Style fields, agreement and the messages' calendar names.</summary>
public sealed partial class CalendarEquivalenceRule
{
    /// <summary>
    /// A day named by a feast or season rather than written ("فريضة الحج عام 1241 هـ / 1825 م"): the pair states the
    /// year, so the side is read as its year of its calendar. A one-day feast equated with a written day ("العيد الكبير متاع عام
    /// 1400 هـ كان يوم 19 أكتوبر 1980") keeps its day: the pair states the day (round 19).
    /// </summary>
    private static GregorianInterval FeastAsYear(CheckContext ctx, Timex t, GregorianInterval g, CalendarKind calendar, GregorianInterval other, CalendarKind otherCalendar)
    {
        if (t.SharedParts || DateText.PrecisionOf(g, calendar) == DatePrecision.Year || ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null
            || (g.Start == g.End && other.Start == other.End && DateText.PrecisionOf(other, otherCalendar) == DatePrecision.Day))
        {
            return g;
        }

        var runs = 0;
        var inRun = false;
        foreach (var c in t.Text)
        {
            var digit = char.IsDigit(c);
            runs += digit && !inRun ? 1 : 0;
            inRun = digit;
        }

        if (runs != 1)
        {
            return g;
        }

        var system = DateText.System(calendar);
        var year = g.Start.WithCalendar(system).Year;
        var start = new LocalDate(year, 1, 1, system);
        return new GregorianInterval(start.WithCalendar(CalendarSystem.Iso), start.PlusYears(1).PlusDays(-1).WithCalendar(CalendarSystem.Iso));
    }

    /// <summary>True when the timex names a month (and maybe a day) but writes no year.</summary>
    private static bool YearLess(CheckContext ctx, Timex t)
        => !t.SharedParts && !t.YearInWords && !CheckContext.HasWrittenYear(t) && ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null;

    /// <summary>
    /// The year a year-less side is written in apposition to: a year of the same calendar, written with its digits, right
    /// before it in the sentence with only a comma between ("العام الهجري الجديد 1445، مستهل محرم"), or null.
    /// </summary>
    private static GregorianInterval? ApposedYear(CheckContext ctx, int index, CalendarKind calendar)
    {
        if (index == 0)
        {
            return null;
        }

        var year = ctx.Timexes[index - 1];
        var side = ctx.Timexes[index];
        if (ctx.SentenceOf(year) != ctx.SentenceOf(side) || !CheckContext.IsDated(year) || !CheckContext.HasWrittenYear(year) || year.Range is not null
            || Real(ctx, year, out var yc) is not { } g || yc != calendar || DateText.PrecisionOf(g, yc) != DatePrecision.Year)
        {
            return null;
        }

        var from = ctx.EndToken(year.Span);
        var to = ctx.FirstToken(side.Span);
        for (var k = from; k < to; k++)
        {
            if (!(ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Tokens[k].Norm is "،" or ","))
            {
                return null;
            }
        }

        return to > from ? g : null;
    }

    /// <summary>The same month (and day) of its calendar in the year nearest the other side of the pair.</summary>
    private static GregorianInterval Rebase(GregorianInterval g, CalendarKind calendar, GregorianInterval other)
    {
        var system = DateText.System(calendar);
        var precision = DateText.PrecisionOf(g, calendar);
        if (precision is not (DatePrecision.Day or DatePrecision.Month))
        {
            return g;
        }

        var start = g.Start.WithCalendar(system);
        var shift = other.Start.WithCalendar(system).Year - start.Year;
        GregorianInterval? best = null;
        var bestDistance = int.MaxValue;
        for (var k = shift - 1; k <= shift + 1; k++)
        {
            LocalDate s;
            try
            {
                s = start.PlusYears(k);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            var e = precision == DatePrecision.Day ? s : s.PlusMonths(1).PlusDays(-1);
            var candidate = new GregorianInterval(s.WithCalendar(CalendarSystem.Iso), e.WithCalendar(CalendarSystem.Iso));
            var distance = candidate.Overlaps(other) ? 0
                : Math.Min(Math.Abs(Period.Between(candidate.End, other.Start, PeriodUnits.Days).Days), Math.Abs(Period.Between(other.End, candidate.Start, PeriodUnits.Days).Days));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best ?? g;
    }

    /// <summary>
    /// A year side of a pair widened by a year of the same calendar written right beside it, outside the pair
    /// ("1346/1347 هـ الموافق 1927/1928 م": a school or fiscal year spans two years of each calendar).
    /// </summary>
    private static GregorianInterval WithAdjacentYear(CheckContext ctx, int index, int direction, GregorianInterval g, CalendarKind calendar)
    {
        var n = index + direction;
        if (n < 0 || n >= ctx.Timexes.Length || DateText.PrecisionOf(g, calendar) != DatePrecision.Year)
        {
            return g;
        }

        var other = ctx.Timexes[n];
        if (ctx.SentenceOf(other) != ctx.SentenceOf(ctx.Timexes[index]) || !CheckContext.IsDated(other) || !CheckContext.HasWrittenYear(other)
            || Real(ctx, other, out var oc) is not { } og || oc != calendar || DateText.PrecisionOf(og, oc) != DatePrecision.Year)
        {
            return g;
        }

        // A dual year is two consecutive years ("1346/1347 هـ"); two years further apart are the ends of a range
        // ("1310–1375 هـ / 1892–1950 م"), whose ends are paired each with its own.
        var system = DateText.System(calendar);
        if (Math.Abs(g.Start.WithCalendar(system).Year - og.Start.WithCalendar(system).Year) > 1)
        {
            return g;
        }

        var (first, second) = direction < 0 ? (other, ctx.Timexes[index]) : (ctx.Timexes[index], other);
        for (var k = ctx.EndToken(first.Span); k < ctx.FirstToken(second.Span); k++)
        {
            var t = ctx.Tokens[k];
            if (!(t.Kind == TokenKind.Punctuation && t.Norm.All(c => c is '/' or '-' or '–')) && ctx.MatchCue(k, "era-marker", out _) is null)
            {
                return g;
            }
        }

        return new GregorianInterval(g.Start < og.Start ? g.Start : og.Start, g.End > og.End ? g.End : og.End);
    }

    private static Flag DayFlag(CheckContext ctx, TextSpan[] spans, Timex ta, GregorianInterval a, CalendarKind ca, Timex tb, GregorianInterval b, CalendarKind cb, int diff, bool approx)
    {
        // Name the first-written date and its right equivalent in the second's calendar.
        var expected = a.Start.WithCalendar(DateText.System(cb));
        var expectedEn = cb == CalendarKind.Hijri || ca == CalendarKind.Hijri
            ? DateText.DayEn(expected, cb)
            : (expected.Year == b.Start.WithCalendar(DateText.System(cb)).Year ? DateText.DayMonthEn(expected, cb) + " " + DateText.YearEn(expected.Year) : DateText.DayEn(expected, cb));
        var expectedAr = DateText.DayAr(expected, cb);
        var statedEn = DateText.DayMonthEn(b.Start, cb);
        var statedAr = DateText.DayMonthAr(b.Start, cb);
        var tol = approx ? $" (±{ctx.Options.HijriToleranceDays} days)" : "";
        var tolAr = approx ? $" (بفارق يومين على الأكثر)" : "";
        return CheckContext.MakeFlag("calendar-equivalence", Severity.Error, spans,
            $"{DateText.DayAr(a.Start, ca)} ({CalendarAr(ca)}) يوافق {expectedAr} {CalendarAr(cb)}{tolAr}، لا {statedAr}.",
            $"{DateText.DayEn(a.Start, ca)} ({CalendarEn(ca)}) is {expectedEn} in the {CalendarEn(cb)} calendar{tol}, not {statedEn}.",
            ("first", DateText.DayEn(a.Start, ca)), ("first_calendar", Name(ca)), ("first_text", ta.Text),
            ("second", DateText.DayEn(b.Start, cb)), ("second_calendar", Name(cb)), ("second_text", tb.Text),
            ("expected", DateText.DayEn(expected, cb)), ("difference_days", diff.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static bool TryJulianFields(LocalDate written, out LocalDate real)
    {
        try
        {
            real = new LocalDate(written.Year, written.Month, written.Day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            real = written;
            return false;
        }
    }

    private static readonly LocalDate Reform = new(1582, 10, 15);

    /// <summary>True when the timex writes a date itself (a year or a month name), not a relative expression.</summary>
    private static bool Written(CheckContext ctx, Timex t)
        => t.SharedParts || t.YearInWords || CheckContext.HasWrittenYear(t) || ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null;

    /// <summary>An interval whose Gregorian fields are re-read as Julian.</summary>
    private static GregorianInterval? AsJulian(GregorianInterval g)
    {
        try
        {
            var s = new LocalDate(g.Start.Year, g.Start.Month, g.Start.Day, CalendarSystem.Julian);
            var e = new LocalDate(g.End.Year, g.End.Month, Math.Min(g.End.Day, CalendarSystem.Julian.GetDaysInMonth(g.End.Year, g.End.Month)), CalendarSystem.Julian);
            return new GregorianInterval(s, e);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Whether a Hijri interval and another agree: days within the tolerance, coarser intervals overlapping (widened by the tolerance).</summary>
    /// <summary>True when every day of the interval can be written in the calendar.</summary>
    internal static bool Expressible(GregorianInterval g, CalendarKind calendar)
    {
        var system = DateText.System(calendar);
        var first = new LocalDate(system.MinYear, 1, 1, system).WithCalendar(CalendarSystem.Iso);
        var last = new LocalDate(system.MaxYear, 1, 1, system).WithCalendar(CalendarSystem.Iso);
        return g.Start >= first && g.End < last;
    }

    private static bool Agrees(CheckContext ctx, GregorianInterval h, CalendarKind hc, GregorianInterval g, CalendarKind gc)
    {
        var tol = ctx.Options.HijriToleranceDays;
        if (DateText.PrecisionOf(h, hc) == DatePrecision.Day && DateText.PrecisionOf(g, gc) == DatePrecision.Day)
        {
            return Math.Abs(Period.Between(h.Start, g.Start, PeriodUnits.Days).Days) <= tol;
        }

        return h.Start.PlusDays(-tol) <= g.End && g.Start <= h.End.PlusDays(tol);
    }

    /// <summary>Days the Julian calendar lags the Gregorian at a date (10 in 1582–1700 … 13 in 1900–2100).</summary>
    internal static int JulianOffsetDays(LocalDate gregorian)
    {
        var j = gregorian.WithCalendar(CalendarSystem.Julian);
        var asIfSameFields = new LocalDate(j.Year, j.Month, Math.Min(j.Day, 28), CalendarSystem.Iso);
        return Period.Between(asIfSameFields, gregorian.PlusDays(Math.Min(j.Day, 28) - j.Day), PeriodUnits.Days).Days;
    }

    private static string Equivalent(GregorianInterval g, DatePrecision p, CalendarKind target, bool en)
    {
        var cal = DateText.System(target);
        var s = g.Start.WithCalendar(cal);
        var e = g.End.WithCalendar(cal);
        var suffix = target == CalendarKind.Hijri ? (en ? " AH" : " هـ") : "";
        if (p == DatePrecision.Day)
        {
            return en ? DateText.DayEn(g.Start, target) : DateText.DayAr(g.Start, target);
        }

        return s.Year == e.Year
            ? (en ? DateText.YearEn(s.Year) : DateText.YearAr(s.Year)) + suffix
            : (en ? $"{DateText.YearEn(s.Year)}–{DateText.YearEn(e.Year)}" : $"{DateText.YearAr(s.Year)}–{DateText.YearAr(e.Year)}") + suffix;
    }

    internal static string Name(CalendarKind c) => c.ToString().ToLowerInvariant();

    internal static string CalendarEn(CalendarKind c) => c switch
    {
        CalendarKind.Julian => "Julian (Old Style)",
        CalendarKind.Hijri => "Hijri",
        _ => "Gregorian",
    };

    internal static string CalendarAr(CalendarKind c) => c switch
    {
        CalendarKind.Julian => "في التقويم اليولياني (الشرقي)",
        CalendarKind.Hijri => "في التقويم الهجري",
        _ => "في التقويم الميلادي الغريغوري",
    };
}
