using NodaTime;

namespace Tarikh.Core.Time.Calendars;

/// <summary>
/// The date of Easter: Western (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm) and
/// Orthodox (Julian computus, Meeus' Julian algorithm, converted to the proleptic Gregorian calendar), from
/// which the movable feasts of both churches are counted (Palm Sunday −7, Good Friday −2, Ascension +39,
/// Pentecost +49, Sham el-Nessim +1 after the Eastern Easter).
/// </summary>
public static class Computus
{
    /// <summary>Western Easter Sunday of a Gregorian year (1583 and later; earlier years use the same rule proleptically).</summary>
    public static LocalDate WesternEaster(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Orthodox Easter Sunday (Julian computus) of a year, as a proleptic Gregorian date.</summary>
    public static LocalDate OrthodoxEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        return new LocalDate(year, month, day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>
    /// The <paramref name="nth"/> <paramref name="weekday"/> of a month (nth 1–5, or −1 for the last), or null
    /// when the month has no such day (a fifth Sunday in a month with four).
    /// </summary>
    public static LocalDate? NthWeekday(int year, int month, IsoDayOfWeek weekday, int nth)
    {
        var first = new LocalDate(year, month, 1);
        var last = first.PlusMonths(1).PlusDays(-1);
        return NthWeekdayIn(first, last, weekday, nth);
    }

    /// <summary>The <paramref name="nth"/> <paramref name="weekday"/> (−1: last) between two dates inclusive, or null.</summary>
    public static LocalDate? NthWeekdayIn(LocalDate first, LocalDate last, IsoDayOfWeek weekday, int nth)
    {
        if (nth < 0)
        {
            var d = last.DayOfWeek == weekday ? last : last.Previous(weekday);
            return d >= first ? d : null;
        }

        var start = first.DayOfWeek == weekday ? first : first.Next(weekday);
        var day = start.PlusWeeks(nth - 1);
        return nth >= 1 && day <= last ? day : null;
    }
}
