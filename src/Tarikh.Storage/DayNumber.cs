using NodaTime;

namespace Tarikh.Storage;

/// <summary>Days since 1970-01-01 in the proleptic Gregorian calendar, for any year (also before year 1).</summary>
public static class DayNumber
{
    /// <summary>The day number of a date (converted to ISO first).</summary>
    public static long Of(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return Of(iso.Year, iso.Month, iso.Day);
    }

    /// <summary>The day number of an ISO year (astronomical), month and day.</summary>
    public static long Of(long year, int month, int day)
    {
        // Days-from-civil (proleptic Gregorian, eras of 400 years).
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yoe = year - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }
}
