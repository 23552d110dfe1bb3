using CsCheck;
using NodaTime;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>Time's sighting window of a Hijri month: the new moon against Meeus's worked example, and properties over the Hijri years.</summary>
public class LunarSightingTests
{
    [Fact]
    public void TheNewMoonOfMeeusExample49aIsReproduced()
        // Meeus, Astronomical Algorithms, example 49.a: k = -283, 1977 February 18, 3h37m42s TD = JDE 2443192.65118.
        => Assert.Equal(2443192.65118, LunarSighting.NewMoonJulianDay(-283), 2); // the main terms only: within a quarter hour

    [Fact]
    public void NewMoonsAreOneSynodicMonthApart()
        => Gen.Int[-20000, 2000].Sample(k =>
        {
            var gap = LunarSighting.NewMoonJulianDay(k + 1) - LunarSighting.NewMoonJulianDay(k);
            Assert.InRange(gap, 29.2, 29.9);
        });

    [Fact]
    public void TheWindowIsNearTheTabularStartAndAtMostTwoDaysWide()
        => Gen.Int[1, 1500].Select(Gen.Int[1, 12]).Sample((y, m) =>
        {
            var first = new LocalDate(y, m, 1, TarikhCalendars.Default.HijriTabular).WithCalendar(CalendarSystem.Iso);
            var (earliest, latest) = LunarSighting.MonthStartWindow(first);
            Assert.True(earliest <= latest);
            Assert.InRange(Period.Between(earliest, latest, PeriodUnits.Days).Days, 0, 2);
            Assert.InRange(Period.Between(first, earliest, PeriodUnits.Days).Days, -2, 2);
            Assert.InRange(Period.Between(first, latest, PeriodUnits.Days).Days, -2, 2);
        });

    [Fact]
    public void EveryDayOfTheWindowIsAcceptedAndThreeDaysFromTheTableNever()
        => Gen.Int[1, 1342].Select(Gen.Int[1, 12], Gen.Int[1, 29]).Sample((y, m, d) =>
        {
            var cal = TarikhCalendars.Default;
            var first = new LocalDate(y, m, 1, cal.HijriTabular).WithCalendar(CalendarSystem.Iso);
            var (earliest, _) = LunarSighting.MonthStartWindow(first);
            Assert.True(cal.HijriWeekdayBySighting(y, m, d, earliest.PlusDays(d - 1).DayOfWeek));
            var tabular = first.PlusDays(d - 1);
            Assert.False(cal.HijriWeekdayBySighting(y, m, d, tabular.PlusDays(3).DayOfWeek));
            Assert.False(cal.HijriWeekdayBySighting(y, m, d, tabular.PlusDays(-3).DayOfWeek));
        });

    [Fact]
    public void AnImpossibleHijriDayIsNotAccepted()
        => Assert.False(TarikhCalendars.Default.HijriWeekdayBySighting(1200, 1, 31, IsoDayOfWeek.Monday));
}
