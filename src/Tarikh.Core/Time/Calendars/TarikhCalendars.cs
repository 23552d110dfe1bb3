using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;

namespace Tarikh.Core.Time.Calendars;

/// <summary>Which arithmetic converted a Hijri date.</summary>
public enum HijriArithmetic
{
    /// <summary>Tabular Islamic calendar (leap-year pattern and epoch as configured).</summary>
    Tabular,
    /// <summary>The official Umm al-Qura calendar of Saudi Arabia, from its month-start table (1343–1500 AH, 1924-08-01..2077-11-16).</summary>
    UmAlQura,
}

/// <summary>
/// The calendars Tarikh converts between, on NodaTime. Years are astronomical (1 BC = 0, 330 BC = -329).
/// <list type="bullet">
/// <item>Gregorian: proleptic ISO.</item>
/// <item>Julian: proleptic Julian (NodaTime <see cref="CalendarSystem.Julian"/>).</item>
/// <item>Tabular Hijri: NodaTime <see cref="IslamicLeapYearPattern.Base16"/> (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29
/// of each 30-year cycle: the "Kuwaiti" pattern) with the <see cref="IslamicEpoch.Civil"/> epoch (1 Muharram 1 AH =
/// Friday 16 July 622 Julian), the convention of the Wüstenfeld–Mahler conversion tables historians use. .NET's
/// <c>HijriCalendar</c> (HijriAdjustment 0) is the same pattern with the <see cref="IslamicEpoch.Astronomical"/>
/// epoch, one day earlier; both are tested.</item>
/// <item>Umm al-Qura: the official month starts (<see cref="OfficialUmmAlQura"/>), used for Hijri years 1343–1500 when
/// <see cref="PreferUmAlQura"/> is set; before 1343 AH (the calendar did not exist yet) and after 1500 the tabular calendar
/// is used. <see cref="ConversionName"/> says which.</item>
/// </list>
/// Impossible dates come back as reason codes (<see cref="TimexReasons"/>), never exceptions. Immutable.
/// </summary>
public sealed class TarikhCalendars
{
    /// <summary>Creates the calendar set.</summary>
    public TarikhCalendars(IslamicLeapYearPattern hijriPattern = IslamicLeapYearPattern.Base16, IslamicEpoch hijriEpoch = IslamicEpoch.Civil, bool preferUmAlQura = true)
    {
        HijriPattern = hijriPattern;
        HijriEpoch = hijriEpoch;
        HijriTabular = CalendarSystem.GetIslamicCalendar(hijriPattern, hijriEpoch);
        PreferUmAlQura = preferUmAlQura;
    }

    /// <summary>The default set: Base16 + Civil tabular Hijri, Umm al-Qura where it applies.</summary>
    public static TarikhCalendars Default { get; } = new();

    /// <summary>The tabular leap-year pattern.</summary>
    public IslamicLeapYearPattern HijriPattern { get; }

    /// <summary>The tabular epoch.</summary>
    public IslamicEpoch HijriEpoch { get; }

    /// <summary>The tabular Hijri calendar.</summary>
    public CalendarSystem HijriTabular { get; }

    /// <summary>Use Umm al-Qura for the years it covers.</summary>
    public bool PreferUmAlQura { get; }

    /// <summary>Proleptic Gregorian.</summary>
    public static CalendarSystem Gregorian => CalendarSystem.Iso;

    /// <summary>Proleptic Julian.</summary>
    public static CalendarSystem Julian => CalendarSystem.Julian;

    /// <summary>Umm al-Qura.</summary>
    public static CalendarSystem UmAlQura => CalendarSystem.UmAlQura;

    /// <summary>
    /// The NodaTime calendar whose arithmetic shifts dates of a kind and (for Hijri) a year ("بعد ذلك بعامين" from a Hijri
    /// date). For Hijri years of the official table this is NodaTime's Umm al-Qura arithmetic, which can differ from the
    /// official month starts by a day or two before 1402 AH; conversions (<see cref="TryDay"/>, <see cref="TryMonth"/>,
    /// <see cref="ToHijri"/>) use the official table.
    /// </summary>
    public CalendarSystem For(CalendarKind kind, int year) => kind switch
    {
        CalendarKind.Julian => Julian,
        CalendarKind.Hijri => UsesUmAlQura(year) ? UmAlQura : HijriTabular,
        _ => Gregorian,
    };

    /// <summary>True when a Hijri year is converted with Umm al-Qura.</summary>
    public bool UsesUmAlQura(int hijriYear) => PreferUmAlQura && OfficialUmmAlQura.Covers(hijriYear);

    /// <summary>The official Umm al-Qura table.</summary>
    public static OfficialUmmAlQura Official => OfficialUmmAlQura.Default;

    /// <summary>
    /// A short name of the conversion used (<c>gregorian</c>, <c>julian</c>, <c>hijri-umalqura-official</c> for the official
    /// table of 1343–1500 AH, <c>hijri-tabular-base16-civil</c> outside it).
    /// </summary>
    public string ConversionName(CalendarKind kind, int year) => kind switch
    {
        CalendarKind.Julian => "julian",
        CalendarKind.Hijri => UsesUmAlQura(year) ? "hijri-umalqura-official" : $"hijri-tabular-{HijriPattern.ToString().ToLowerInvariant()}-{HijriEpoch.ToString().ToLowerInvariant()}",
        _ => "gregorian",
    };

    /// <summary>Checks a year (astronomical) is representable in the calendar; returns a reason code or null.</summary>
    public string? CheckYear(CalendarKind kind, int year)
    {
        var cal = For(kind, year);
        return year < cal.MinYear || year > cal.MaxYear ? TimexReasons.YearOutOfRange : null;
    }

    /// <summary>The reason a year and month cannot be written in a calendar, or null; gives the calendar used.</summary>
    private string? CheckYearMonth(CalendarKind kind, int year, int month, out CalendarSystem cal)
    {
        cal = For(kind, year);
        return CheckYear(kind, year)
            ?? (month < 1 || month > cal.GetMonthsInYear(year) ? TimexReasons.MonthOutOfRange : null);
    }

    /// <summary>Converts a day; on failure returns false and a reason code (<see cref="TimexReasons"/>).</summary>
    public bool TryDay(CalendarKind kind, int year, int month, int day, out LocalDate iso, out string? reason)
    {
        iso = default;
        reason = CheckYearMonth(kind, year, month, out var cal);
        if (reason is not null)
        {
            return false;
        }

        var official = kind == CalendarKind.Hijri && UsesUmAlQura(year);
        if (day < 1 || day > (official ? Math.Max(MaxDaysInMonth(kind, month), Official.DaysInMonth(year, month)) : kind == CalendarKind.Hijri ? MaxDaysInMonth(kind, month) : cal.GetDaysInMonth(year, month)))
        {
            reason = TimexReasons.DayOutOfRange;
            return false;
        }

        // A Hijri month has 29 or 30 days by the sighting of the crescent, and the tables (tabular, Umm al-Qura) differ
        // from it and from each other by a day: a 30th is a possible day of any Hijri month. Past the table's last day it
        // is counted on from the month's first day (the day after the table's 29th). The early official table has a month
        // of 31 days (Jumada I 1345): its own days stay valid.
        iso = official ? Official.MonthStart(year, month).PlusDays(day - 1)
            : kind == CalendarKind.Hijri ? new LocalDate(year, month, 1, cal).WithCalendar(Gregorian).PlusDays(day - 1)
            : new LocalDate(year, month, day, cal).WithCalendar(Gregorian);
        return true;
    }

    /// <summary>The Gregorian interval of a month; false with a reason code when impossible.</summary>
    public bool TryMonth(CalendarKind kind, int year, int month, out GregorianInterval interval, out string? reason)
    {
        interval = default;
        reason = CheckYearMonth(kind, year, month, out var cal);
        if (reason is not null)
        {
            return false;
        }

        if (kind == CalendarKind.Hijri && UsesUmAlQura(year))
        {
            var start = Official.MonthStart(year, month);
            interval = new GregorianInterval(start, start.PlusDays(Official.DaysInMonth(year, month) - 1));
            return true;
        }

        interval = new GregorianInterval(new LocalDate(year, month, 1, cal), new LocalDate(year, month, cal.GetDaysInMonth(year, month), cal));
        return true;
    }

    /// <summary>The Gregorian interval of a run of whole years <c>[first, last]</c> (clamped to the calendar's range).</summary>
    public bool TryYears(CalendarKind kind, int first, int last, out GregorianInterval interval, out string? reason)
    {
        interval = default;
        reason = CheckYear(kind, first) ?? CheckYear(kind, last);
        if (reason is not null)
        {
            return false;
        }

        // A run of Hijri years may straddle the Umm al-Qura range: take each end in its own calendar.
        var startCal = For(kind, first);
        var endCal = For(kind, last);
        var months = endCal.GetMonthsInYear(last);
        var start = kind == CalendarKind.Hijri && UsesUmAlQura(first) ? Official.MonthStart(first, 1) : new LocalDate(first, 1, 1, startCal).WithCalendar(Gregorian);
        var end = kind == CalendarKind.Hijri && UsesUmAlQura(last) ? Official.MonthStart(last, 12).PlusDays(Official.DaysInMonth(last, 12) - 1)
            : new LocalDate(last, months, endCal.GetDaysInMonth(last, months), endCal).WithCalendar(Gregorian);
        interval = new GregorianInterval(start, end);
        return true;
    }

    /// <summary>Converts a Julian date to Gregorian (proleptic); null when out of range or impossible.</summary>
    public static LocalDate? JulianToGregorian(int year, int month, int day)
        => Default.TryDay(CalendarKind.Julian, year, month, day, out var d, out _) ? d : null;

    /// <summary>
    /// Days the Julian calendar lags the Gregorian on a Julian date (the Old-Style offset): 10 from the reform in 1582 to
    /// 28 February 1700 (Julian), 11 to 28 February 1800, 12 to 28 February 1900, 13 until 2100; null when the date is
    /// impossible in the Julian calendar.
    /// </summary>
    public static int? OldStyleOffsetDays(int julianYear, int month, int day)
    {
        if (JulianToGregorian(julianYear, month, day) is not { } g)
        {
            return null;
        }

        // The same fields read as Gregorian; 29 February of a Julian-only leap year has none, so count from the 28th.
        var asGregorian = day <= Gregorian.GetDaysInMonth(julianYear, month) ? new LocalDate(julianYear, month, day) : new LocalDate(julianYear, month, day - 1).PlusDays(1);
        return Period.Between(asGregorian, g, PeriodUnits.Days).Days;
    }

    /// <summary>The date of an ISO day in the Gregorian or Julian calendar (for Hijri use <see cref="ToHijri"/>).</summary>
    public LocalDate ToCalendar(LocalDate iso, CalendarKind kind) => kind switch
    {
        CalendarKind.Hijri => throw new ArgumentException("Hijri dates come from ToHijri (the official Umm al-Qura table is not a NodaTime calendar).", nameof(kind)),
        CalendarKind.Julian => iso.WithCalendar(Julian),
        _ => iso.WithCalendar(Gregorian),
    };

    /// <summary>
    /// The Hijri date of an ISO day: the official Umm al-Qura table for the days it covers (1343–1500 AH) when
    /// <see cref="PreferUmAlQura"/> is set, else the tabular calendar.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is before the first day of the Hijri era (16 July 622 Julian); use <see cref="TryToHijri"/> when it may be.</exception>
    public (int Year, int Month, int Day) ToHijri(LocalDate iso)
    {
        if (PreferUmAlQura && Official.FromGregorian(iso) is { } h)
        {
            return h;
        }

        var t = iso.WithCalendar(HijriTabular);
        return (t.Year, t.Month, t.Day);
    }

    /// <summary>
    /// The most days a month (1–12) has in any year of a calendar: 29 for February (Gregorian and Julian), 30 for every
    /// Hijri month (tabular or Umm al-Qura). A day beyond it is impossible whatever the year.
    /// </summary>
    public static int MaxDaysInMonth(CalendarKind kind, int month)
        => kind == CalendarKind.Hijri ? 30 : month is >= 1 and <= 12 ? Gregorian.GetDaysInMonth(2000, month) : 31;

    /// <summary>
    /// Days a Hijri day as written may lie from any table of it: a month began at the sighting of the new moon (or by a
    /// local calendar), which the tabular and Umm al-Qura reckonings only approximate. One day for the years of the
    /// official Umm al-Qura table (1343–1500 AH) and after it, two before it, when no official table fixed the month starts
    /// (two only where the moon allows it: <see cref="HijriWeekdayBySighting"/>).
    /// </summary>
    public static int HijriSightingToleranceDays(int hijriYear) => hijriYear >= OfficialUmmAlQura.MinYear ? 1 : 2;

    /// <summary>
    /// The fewest days between a Hijri day's readings — the tabular calendar and, for the years of the official table,
    /// Umm al-Qura — and the nearest day that falls on <paramref name="weekday"/> (0 when one reading falls on it); null
    /// when the Hijri date is impossible in both readings. A 30th of a month a table gives 29 days is read as the day after
    /// its 29th.
    /// </summary>
    public int? HijriWeekdayDistance(int year, int month, int day, IsoDayOfWeek weekday)
    {
        int? best = null;
        // A 30th is a day the sighting may give any month (round 21): where a table's month has 29 days, it is the day after its 29th.
        var readings = day == 30 ? HijriDayReadings(year, month, 29).Select(d => d.PlusDays(1)).Distinct().ToList() : HijriDayReadings(year, month, day);
        foreach (var iso in readings)
        {
            var d = Math.Abs((int)weekday - (int)iso.DayOfWeek);
            d = Math.Min(d, 7 - d);
            best = best is { } b ? Math.Min(b, d) : d;
        }

        return best;
    }

    /// <summary>
    /// True when a Hijri day falls on <paramref name="weekday"/> for some start of its month the sighting of the crescent
    /// allows (<see cref="LunarSighting.MonthStartWindow(LocalDate)"/>): a weekday two days from the tabular calendar is
    /// plausible only when the moon was young at the tabular start. A 30th counts from the same start (the day after the
    /// 29th). False for a day outside 1–30 or a year outside the tabular calendar.
    /// </summary>
    public bool HijriWeekdayBySighting(int year, int month, int day, IsoDayOfWeek weekday)
    {
        if (year < HijriTabular.MinYear || year > HijriTabular.MaxYear || month is < 1 or > 12 || day < 1 || day > 30)
        {
            return false;
        }

        var first = new LocalDate(year, month, 1, HijriTabular).WithCalendar(Gregorian);
        var (earliest, latest) = LunarSighting.MonthStartWindow(first);
        for (var start = earliest; start <= latest; start = start.PlusDays(1))
        {
            if (start.PlusDays(day - 1).DayOfWeek == weekday)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ISO days a Hijri day may be read as: the tabular calendar (this set's pattern and epoch) and, for years of the
    /// official table, Umm al-Qura; empty when the date is impossible in every reading.
    /// </summary>
    public IReadOnlyList<LocalDate> HijriDayReadings(int year, int month, int day)
    {
        var list = new List<LocalDate>(2);
        if (year >= HijriTabular.MinYear && year <= HijriTabular.MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= HijriTabular.GetDaysInMonth(year, month))
        {
            list.Add(new LocalDate(year, month, day, HijriTabular).WithCalendar(Gregorian));
        }

        if (OfficialUmmAlQura.Covers(year) && month is >= 1 and <= 12 && day >= 1 && day <= Official.DaysInMonth(year, month))
        {
            var uq = Official.MonthStart(year, month).PlusDays(day - 1);
            if (!list.Contains(uq))
            {
                list.Add(uq);
            }
        }

        return list;
    }

    /// <summary>
    /// The Hijri date of an ISO day as <see cref="ToHijri"/> gives it, or null for a day before the Hijri era or past the
    /// last day the tabular calendar can hold: a date of the year 137 has no Hijri equivalent, and that is an expected case
    /// (a cut year, an ancient date), not an error.
    /// </summary>
    public (int Year, int Month, int Day)? TryToHijri(LocalDate iso)
    {
        var max = HijriTabular.MaxYear;
        var first = new LocalDate(1, 1, 1, HijriTabular).WithCalendar(iso.Calendar);
        var last = new LocalDate(max, 12, HijriTabular.GetDaysInMonth(max, 12), HijriTabular).WithCalendar(iso.Calendar);
        if (iso < first || iso > last)
        {
            return null;
        }

        return ToHijri(iso);
    }
}

/// <summary>
/// The reason codes of an invalid expression (<see cref="Timex.Reason"/>). The checks stage relies on them.
/// </summary>
public static class TimexReasons
{
    /// <summary>The day does not exist in that month ("31 شباط", "30 محرم" in a 29-day year, "32 يناير").</summary>
    public const string DayOutOfRange = "day-out-of-range";

    /// <summary>The month number is outside 1–12 ("13/5/1990").</summary>
    public const string MonthOutOfRange = "month-out-of-range";

    /// <summary>Year 0 written in the text (there is no year 0 in either era).</summary>
    public const string YearZero = "year-zero";

    /// <summary>A year cut short: fewer digits than its neighbours, of which it is a prefix ("عام 190." among 1905, 1907).</summary>
    public const string MalformedYear = "malformed-year";

    /// <summary>A year the calendar cannot represent (beyond ±9999 or before 1 AH).</summary>
    public const string YearOutOfRange = "year-out-of-range";

    /// <summary>The two ends of a range are in the wrong order (the end before the start).</summary>
    public const string RangeReversed = "range-reversed";
}
