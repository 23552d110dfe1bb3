using System.Globalization;
using NodaTime;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Time.Lexicon;

/// <summary>How a holiday finds its day in a given year.</summary>
public enum HolidayKind : byte
{
    /// <summary>A fixed Gregorian month and day (عيد الميلاد: 25 December).</summary>
    Fixed,
    /// <summary>A fixed Hijri month and day (عيد الفطر: 1 Shawwal).</summary>
    Hijri,
    /// <summary>The nth (or last) weekday of a Gregorian month (يوم الشكر: fourth Thursday of November).</summary>
    NthWeekday,
    /// <summary>A day counted from Western Easter (الجمعة العظيمة: −2).</summary>
    Easter,
    /// <summary>A day counted from Orthodox Easter (شم النسيم: +1).</summary>
    OrthodoxEaster,
}

/// <summary>
/// The rule of one holiday of <c>holidays.tsv</c>, decoded from its <see cref="LexEntry"/>: the calendar
/// column names the kind (gregorian, hijri, weekday, easter, orthodox-easter); for <c>weekday</c> the day
/// column is <c>W#N</c> (ISO weekday, nth; N = −1 for the last), for the Easter kinds it is the offset in days.
/// </summary>
/// <param name="Kind">How the day is found.</param>
/// <param name="Month">Month (0 for the Easter kinds).</param>
/// <param name="Day">Day of the month (Fixed, Hijri), ISO weekday (NthWeekday) or offset from Easter.</param>
/// <param name="Nth">For NthWeekday: 1–5, or −1 for the last.</param>
/// <param name="Days">Length in days.</param>
public readonly record struct HolidayRule(HolidayKind Kind, int Month, int Day, int Nth, int Days)
{
    /// <summary>True when the day moves from year to year in the Gregorian calendar and needs the year to be found.</summary>
    public bool IsMovable => Kind is HolidayKind.NthWeekday or HolidayKind.Easter or HolidayKind.OrthodoxEaster;

    /// <summary>Decodes the rule of a <see cref="LexKind.Holiday"/> entry.</summary>
    public static HolidayRule FromEntry(LexEntry e)
    {
        var days = Math.Abs(e.C);
        return e.S switch
        {
            "hijri" => new HolidayRule(HolidayKind.Hijri, e.A, e.B, 0, days),
            "weekday" => new HolidayRule(HolidayKind.NthWeekday, e.A, e.B % 10, (e.B / 10) - 10, days),
            "easter" => new HolidayRule(HolidayKind.Easter, 0, e.B, 0, days),
            "orthodox-easter" => new HolidayRule(HolidayKind.OrthodoxEaster, 0, e.B, 0, days),
            _ => new HolidayRule(HolidayKind.Fixed, e.A, e.B, 0, days),
        };
    }

    /// <summary>Parses the day column of a holiday line into the entry's B payload (see the type's remarks).</summary>
    public static bool TryParseDay(string calendar, string column, out int value)
    {
        value = 0;
        if (calendar == "weekday")
        {
            var hash = column.IndexOf('#', StringComparison.Ordinal);
            if (hash <= 0 || !int.TryParse(column.AsSpan(0, hash), NumberStyles.None, CultureInfo.InvariantCulture, out var wd) || wd is < 1 or > 7
                || !int.TryParse(column.AsSpan(hash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is < -1 or > 5 or 0)
            {
                return false;
            }

            value = ((n + 10) * 10) + wd;
            return true;
        }

        return int.TryParse(column, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The first day of a movable holiday in a Gregorian year, or null when the rule has no day that year.</summary>
    public LocalDate? DayIn(int year)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }

        try
        {
            return Kind switch
            {
                HolidayKind.NthWeekday => Computus.NthWeekday(year, Month, (IsoDayOfWeek)Day, Nth),
                HolidayKind.Easter => Computus.WesternEaster(year).PlusDays(Day),
                HolidayKind.OrthodoxEaster => Computus.OrthodoxEaster(year).PlusDays(Day),
                HolidayKind.Fixed => new LocalDate(year, Month, Day),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// The TIMEX3 value of the holiday when its year is unknown: <c>XXXX-11-WXX-4-4</c> for an nth weekday
    /// (Recognizers' form), <c>XXXX-MM-DD</c> for a fixed day, null for the Easter kinds (no fixed month).
    /// </summary>
    public string? UnderspecifiedValue() => Kind switch
    {
        HolidayKind.NthWeekday => string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-WXX-{Day}-{(Nth < 0 ? "L" : Nth.ToString(CultureInfo.InvariantCulture))}"),
        HolidayKind.Fixed or HolidayKind.Hijri => string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-{Day:D2}"),
        _ => null,
    };
}
