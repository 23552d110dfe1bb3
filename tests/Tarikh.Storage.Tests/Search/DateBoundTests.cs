using NodaTime;
using Tarikh.Storage.Search;

namespace Tarikh.Storage.Tests.Search;

public sealed class DateBoundTests
{
    [Theory]
    [InlineData("1860", false, "1860-01-01")]
    [InlineData("1860", true, "1860-12-31")]
    [InlineData("1860-02", true, "1860-02-29")]
    [InlineData("1861-02", true, "1861-02-28")]
    [InlineData("1860-05-03", false, "1860-05-03")]
    [InlineData("١٨٧٠", true, "1870-12-31")]
    [InlineData("-44", false, "-0044-01-01")]
    public void Gregorian_bounds_take_the_first_or_last_day_of_the_period(string input, bool upper, string expected)
    {
        var r = DateBound.Parse(input, upper);
        Assert.True(r.Ok, r.Reason);
        Assert.Equal(expected, Core.Text.GregorianInterval.Format(r.Date!.Value));
    }

    [Theory]
    [InlineData("1276h", false)]
    [InlineData("1276هـ", false)]
    [InlineData("1276 AH", false)]
    [InlineData("1276h", true)]
    [InlineData("1276-03h", false)]
    public void Hijri_bounds_convert_through_the_tabular_Islamic_calendar(string input, bool upper)
    {
        var hijri = CalendarSystem.GetIslamicCalendar(NodaTime.Calendars.IslamicLeapYearPattern.Base15, NodaTime.Calendars.IslamicEpoch.Civil);
        var expected = input.Contains("-03", StringComparison.Ordinal) ? new LocalDate(1276, 3, 1, hijri)
            : upper ? new LocalDate(1276, 12, hijri.GetDaysInMonth(1276, 12), hijri) : new LocalDate(1276, 1, 1, hijri);
        var r = DateBound.Parse(input, upper);
        Assert.True(r.Ok, r.Reason);
        Assert.Equal(expected.WithCalendar(CalendarSystem.Iso), r.Date);
        // 1 Muharram 1276 fell in the summer of 1859.
        Assert.Equal(upper ? 1860 : 1859, r.Date!.Value.Year);
    }

    [Theory]
    [InlineData("abc", "malformed-date")]
    [InlineData("1860-13", "month-out-of-range")]
    [InlineData("1861-02-29", "day-out-of-range")]
    [InlineData("1860--01", "malformed-date")]
    [InlineData("", "empty")]
    public void Bad_bounds_come_back_with_a_reason(string input, string reason) =>
        Assert.Equal(reason, DateBound.Parse(input, false).Reason);
}
