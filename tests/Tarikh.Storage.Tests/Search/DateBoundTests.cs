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
    public void Hijri_bounds_convert_through_Times_calendars(string input, bool upper)
    {
        // Time owns the calendars: a bound converts exactly as the time stage converts the same Hijri period.
        var calendars = Core.Time.Calendars.TarikhCalendars.Default;
        Core.Text.GregorianInterval period;
        Assert.True(input.Contains("-03", StringComparison.Ordinal)
            ? calendars.TryMonth(Core.Time.CalendarKind.Hijri, 1276, 3, out period, out _)
            : calendars.TryYears(Core.Time.CalendarKind.Hijri, 1276, 1276, out period, out _));
        var expected = input.Contains("-03", StringComparison.Ordinal) || !upper ? period.Start : period.End;
        var r = DateBound.Parse(input, upper);
        Assert.True(r.Ok, r.Reason);
        Assert.Equal(expected, r.Date);
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
