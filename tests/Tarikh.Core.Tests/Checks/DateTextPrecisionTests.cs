using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The precision a rule gives a date must not depend on which Hijri reading Time used: years and months are converted by
/// the official Umm al-Qura table from 1343 AH and tabularly before it, and the last tabular year (1342) ends on a day the
/// table reads as the next year's. Every Hijri year and month of the range around the table's edge reads as a year or a
/// month (CI once drew 1342 in the ordinal-series property test and the item lost its date).
/// </summary>
public sealed class DateTextPrecisionTests
{
    [Fact]
    public void EveryHijriYearAroundTheTablesEdgeReadsAsAYear()
    {
        for (var y = 1300; y <= 1500; y++)
        {
            Assert.True(TarikhCalendars.Default.TryYears(CalendarKind.Hijri, y, y, out var g, out _));
            Assert.True(DateText.PrecisionOf(g, CalendarKind.Hijri) == DatePrecision.Year, $"{y} AH");
        }
    }

    [Fact]
    public void EveryHijriMonthAroundTheTablesEdgeReadsAsAMonth()
    {
        for (var y = 1338; y <= 1348; y++)
        {
            for (var m = 1; m <= 12; m++)
            {
                Assert.True(TarikhCalendars.Default.TryMonth(CalendarKind.Hijri, y, m, out var g, out _));
                Assert.True(DateText.PrecisionOf(g, CalendarKind.Hijri) == DatePrecision.Month, $"{m}/{y} AH");
            }
        }
    }

    [Fact]
    public void TwoDaysAreNeitherAMonthNorAYear()
    {
        Assert.True(TarikhCalendars.Default.TryDay(CalendarKind.Hijri, 1342, 3, 5, out var d, out _));
        Assert.Equal(DatePrecision.Other, DateText.PrecisionOf(new GregorianInterval(d, d.PlusDays(1)), CalendarKind.Hijri));
    }
}
