using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Checks;

/// <summary>How precise an interval is.</summary>
public enum DatePrecision
{
    /// <summary>One day.</summary>
    Day,
    /// <summary>One month of its calendar.</summary>
    Month,
    /// <summary>One year of its calendar.</summary>
    Year,
    /// <summary>Anything else (decade, season, range).</summary>
    Other,
}

/// <summary>Calendar conversions and the date wording of flag messages (Arabic and English).</summary>
public static class DateText
{
    /// <summary>The tabular Islamic calendar used for Hijri arithmetic (civil epoch, base-16 leap years).</summary>
    public static CalendarSystem Hijri => TarikhCalendars.Default.HijriTabular;

    private static readonly string[] GregorianEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] GregorianAr = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"];
    private static readonly string[] HijriEn = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qada", "Dhu al-Hijja"];
    private static readonly string[] HijriAr = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    /// <summary>The NodaTime calendar of a calendar kind (Time's; for Hijri its tabular calendar).</summary>
    public static CalendarSystem System(CalendarKind kind) => kind switch
    {
        CalendarKind.Julian => TarikhCalendars.Julian,
        CalendarKind.Hijri => Hijri,
        _ => TarikhCalendars.Gregorian,
    };

    /// <summary>A day read in a calendar exactly as Time converts it (the official Umm al-Qura table where Time uses it).</summary>
    public static CalendarDay In(LocalDate iso, CalendarKind kind)
    {
        if (kind == CalendarKind.Hijri)
        {
            var (y, m, d) = TarikhCalendars.Default.ToHijri(iso);
            return new CalendarDay(y, m, d);
        }

        var day = TarikhCalendars.Default.ToCalendar(iso, kind);
        return new CalendarDay(day.Year, day.Month, day.Day);
    }

    /// <summary>
    /// The precision of an interval read in a calendar. A Hijri interval is read as Time converted it: by the official
    /// Umm al-Qura table, or tabularly for a year outside it — the last year before the table (1342 AH) ends on a tabular
    /// day that the table reads as the first of the next year's months, so both readings are tried.
    /// </summary>
    public static DatePrecision PrecisionOf(GregorianInterval g, CalendarKind kind)
    {
        if (g.Start == g.End)
        {
            return DatePrecision.Day;
        }

        var p = PrecisionOf(In(g.Start, kind), In(g.End, kind), In(g.End.PlusDays(1), kind));
        if (p != DatePrecision.Other || kind != CalendarKind.Hijri)
        {
            return p;
        }

        var tab = TarikhCalendars.Default.HijriTabular;
        CalendarDay T(LocalDate d)
        {
            var t = d.WithCalendar(tab);
            return new CalendarDay(t.Year, t.Month, t.Day);
        }

        return PrecisionOf(T(g.Start), T(g.End), T(g.End.PlusDays(1)));
    }

    private static DatePrecision PrecisionOf(CalendarDay s, CalendarDay e, CalendarDay after)
    {
        if (s.Day == 1 && after.Day == 1 && s.Year == e.Year)
        {
            if (s.Month == e.Month)
            {
                return DatePrecision.Month;
            }

            if (s.Month == 1 && after.Month == 1)
            {
                return DatePrecision.Year;
            }
        }

        return DatePrecision.Other;
    }

    /// <summary>Formats a day in English, in the given calendar ("8 March 1917", "1 Muharram 1400 AH").</summary>
    public static string DayEn(LocalDate date, CalendarKind kind)
    {
        var d = In(date, kind);
        return kind == CalendarKind.Hijri
            ? $"{d.Day} {HijriEn[d.Month - 1]} {Year(d.Year)} AH"
            : $"{d.Day} {GregorianEn[d.Month - 1]} {YearEn(d.Year)}";
    }

    /// <summary>Formats a day in Arabic, in the given calendar ("8 آذار/مارس 1917", "1 محرم 1400 هـ").</summary>
    public static string DayAr(LocalDate date, CalendarKind kind)
    {
        var d = In(date, kind);
        return kind == CalendarKind.Hijri
            ? $"{d.Day} {HijriAr[d.Month - 1]} {Year(d.Year)} هـ"
            : $"{d.Day} {GregorianAr[d.Month - 1]} {YearAr(d.Year)}";
    }

    /// <summary>Formats a day and month without the year, in English.</summary>
    public static string DayMonthEn(LocalDate date, CalendarKind kind)
    {
        var d = In(date, kind);
        return $"{d.Day} {(kind == CalendarKind.Hijri ? HijriEn : GregorianEn)[d.Month - 1]}";
    }

    /// <summary>Formats a day and month without the year, in Arabic.</summary>
    public static string DayMonthAr(LocalDate date, CalendarKind kind)
    {
        var d = In(date, kind);
        return $"{d.Day} {(kind == CalendarKind.Hijri ? HijriAr : GregorianAr)[d.Month - 1]}";
    }

    /// <summary>English month name of a month number.</summary>
    public static string MonthEn(int month, bool hijri) => (hijri ? HijriEn : GregorianEn)[Math.Clamp(month, 1, 12) - 1];

    /// <summary>Arabic month name of a month number.</summary>
    public static string MonthAr(int month, bool hijri) => (hijri ? HijriAr : GregorianAr)[Math.Clamp(month, 1, 12) - 1];

    /// <summary>Formats an interval in English at its own precision.</summary>
    public static string IntervalEn(GregorianInterval g, CalendarKind kind = CalendarKind.Gregorian) => Interval(g, kind, english: true);

    /// <summary>Formats an interval in Arabic at its own precision.</summary>
    public static string IntervalAr(GregorianInterval g, CalendarKind kind = CalendarKind.Gregorian) => Interval(g, kind, english: false);

    private static string Interval(GregorianInterval g, CalendarKind kind, bool english)
    {
        var s = In(g.Start, kind);
        var e = In(g.End, kind);
        var hijri = kind == CalendarKind.Hijri;
        var suffix = hijri ? (english ? " AH" : " هـ") : "";
        Func<int, string> year = english ? YearEn : YearAr;
        return PrecisionOf(g, kind) switch
        {
            DatePrecision.Day => english ? DayEn(g.Start, kind) : DayAr(g.Start, kind),
            DatePrecision.Month => $"{(english ? MonthEn(s.Month, hijri) : MonthAr(s.Month, hijri))} {year(s.Year)}{suffix}",
            DatePrecision.Year => year(s.Year) + suffix,
            _ => s.Year == e.Year ? year(s.Year) + suffix : $"{year(s.Year)}–{year(e.Year)}{suffix}",
        };
    }

    /// <summary>Year range of a Gregorian interval ("864" or "864–865").</summary>
    public static string YearsOf(GregorianInterval g)
        => g.Start.Year == g.End.Year ? YearEn(g.Start.Year) : $"{YearEn(g.Start.Year)}–{YearEn(g.End.Year)}";

    /// <summary>ISO form of an interval for evidence ("1917-03-08" or "1917-03-01..1917-03-31").</summary>
    public static string Iso(GregorianInterval g) => g.Start == g.End ? GregorianInterval.Format(g.Start) : g.ToString();

    /// <summary>A year number (astronomical numbering kept positive with BC suffix).</summary>
    public static string YearEn(int year) => year > 0 ? Year(year) : $"{Year(1 - year)} BC";

    /// <summary>A year number in Arabic wording (ق.م for BC).</summary>
    public static string YearAr(int year) => year > 0 ? Year(year) : $"{Year(1 - year)} ق.م";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whole years between two days (age at <paramref name="later"/> of someone born <paramref name="earlier"/>).</summary>
    public static int YearsBetween(LocalDate earlier, LocalDate later)
        => later >= earlier ? Period.Between(earlier, later, PeriodUnits.Years).Years : -Period.Between(later, earlier, PeriodUnits.Years).Years;

    /// <summary>Number of days in a month of a calendar year, or null when the year is outside the calendar's range.</summary>
    public static int? DaysInMonth(CalendarSystem calendar, int year, int month)
    {
        if (year < calendar.MinYear || year > calendar.MaxYear || month < 1 || month > calendar.GetMonthsInYear(year))
        {
            return null;
        }

        return calendar.GetDaysInMonth(year, month);
    }
}

/// <summary>A day as a calendar numbers it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1-based.</param>
/// <param name="Day">The day of the month, 1-based.</param>
public readonly record struct CalendarDay(int Year, int Month, int Day);
