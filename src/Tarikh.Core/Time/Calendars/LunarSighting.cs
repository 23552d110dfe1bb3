using NodaTime;

namespace Tarikh.Core.Time.Calendars;

/// <summary>
/// When a Hijri month could have begun by the sighting of the new crescent, from the astronomy of the new moon: the
/// conjunction (Meeus, <i>Astronomical Algorithms</i>, ch. 49, the main periodic terms, accurate to minutes) and a
/// deliberately wide naked-eye criterion for an evening in the central Islamic lands (sunset taken at 15:30 UT, i.e.
/// about 18:00 local time between Cairo and Baghdad). The crescent may be reported at the earliest on the first evening
/// when the moon is <see cref="EarliestAgeHours"/> hours old, and is seen at the latest on the first evening when it is
/// <see cref="CertainAgeHours"/> hours old; the month begins the next day. A weekday a historian wrote for a Hijri day is
/// plausible when it falls inside that window, even when it is two days from the tabular calendar. Pure functions; no
/// state.
/// </summary>
public static class LunarSighting
{
    /// <summary>The youngest moon (hours after conjunction at sunset) whose sighting a chronicle may report.</summary>
    public const double EarliestAgeHours = 12;

    /// <summary>The age at sunset (hours) past which the crescent is seen in a clear sky.</summary>
    public const double CertainAgeHours = 30;

    private const double SunsetUtHours = 15.5;
    private const double SynodicMonth = 29.530588861;

    /// <summary>The Julian Ephemeris Day of the mean-phase new moon number <paramref name="k"/> (0 = 6 January 2000) with the main periodic corrections.</summary>
    public static double NewMoonJulianDay(int k)
    {
        var t = k / 1236.85;
        var jde = 2451550.09766 + (SynodicMonth * k) + (0.00015437 * t * t);
        var e = 1 - (0.002516 * t);
        var m = Radians(2.5534 + (29.10535670 * k));
        var mp = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t * t));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t * t));
        var om = Radians(124.7746 - (1.56375588 * k));
        var c = (-0.40720 * Math.Sin(mp)) + (0.17241 * e * Math.Sin(m)) + (0.01608 * Math.Sin(2 * mp)) + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m)) - (0.00514 * e * Math.Sin(mp + m)) + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f))) - (0.00057 * Math.Sin(mp + (2 * f))) + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp)) + (0.00042 * e * Math.Sin(m + (2 * f))) + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m)) - (0.00017 * Math.Sin(om));
        return jde + c;
    }

    /// <summary>
    /// The conjunction a month beginning (by a table) on <paramref name="monthStart"/> follows, as a Julian Day: the one nearest
    /// to a day before the start (a tabular month begins from half a day before to about three days after its conjunction).
    /// </summary>
    public static double ConjunctionBefore(LocalDate monthStart)
    {
        var target = JulianDayAtMidnight(monthStart) - 1;
        var k = (int)Math.Round((target - 2451550.09766) / SynodicMonth);
        var best = k;
        for (var q = k - 1; q <= k + 1; q++)
        {
            if (Math.Abs(NewMoonJulianDay(q) - target) < Math.Abs(NewMoonJulianDay(best) - target))
            {
                best = q;
            }
        }

        return NewMoonJulianDay(best);
    }

    /// <summary>
    /// The first and last day (ISO) on which a month whose conjunction is <paramref name="conjunctionJulianDay"/> could have
    /// begun by sighting: the days after the first evening the crescent may be reported and the first evening it is surely seen.
    /// </summary>
    public static (LocalDate Earliest, LocalDate Latest) MonthStartWindow(double conjunctionJulianDay)
    {
        var earliest = EveningWithAge(conjunctionJulianDay, EarliestAgeHours);
        var latest = EveningWithAge(conjunctionJulianDay, CertainAgeHours);
        return (earliest.PlusDays(1), latest.PlusDays(1));
    }

    /// <summary>
    /// The window of sighting starts for the Hijri month whose tabular first day is <paramref name="tabularFirstDay"/> (ISO).
    /// </summary>
    public static (LocalDate Earliest, LocalDate Latest) MonthStartWindow(LocalDate tabularFirstDay)
        => MonthStartWindow(ConjunctionBefore(tabularFirstDay));

    private static LocalDate EveningWithAge(double conjunction, double hours)
    {
        // The first day whose sunset comes at least `hours` after the conjunction.
        var day = (long)Math.Floor(conjunction + 0.5);
        while (day - 0.5 + (SunsetUtHours / 24) - conjunction < hours / 24)
        {
            day++;
        }

        return FromDayNumber(day);
    }

    /// <summary>The Julian Day of a day's midnight (UT) at its start; the day number of 1 January 2000 is 2451545.</summary>
    public static double JulianDayAtMidnight(LocalDate date)
        => DayNumber(date) - 0.5;

    private static long DayNumber(LocalDate date)
        => 2451545L + Period.Between(new LocalDate(2000, 1, 1), date.WithCalendar(CalendarSystem.Iso), PeriodUnits.Days).Days;

    private static LocalDate FromDayNumber(long day) => new LocalDate(2000, 1, 1).PlusDays((int)(day - 2451545L));

    private static double Radians(double degrees) => degrees % 360 * Math.PI / 180;
}
