using System.Globalization;
using CsCheck;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>Calendars are checked against .NET's own calendars, not trusted.</summary>
public class CalendarPropertyTests
{
    private static readonly TarikhCalendars Calendars = TarikhCalendars.Default;

    [Fact]
    public void JulianAgreesWithDotNetJulianCalendarOnEveryDay()
    {
        var net = new JulianCalendar();
        var day = net.MinSupportedDateTime.Date.AddDays(2);
        // NodaTime's Julian calendar ends with Julian year 9998 (Julian 9999 runs past the ISO year 9999).
        var last = net.ToDateTime(CalendarSystem.Julian.MaxYear, 12, 31, 0, 0, 0, 0);
        var bad = 0;
        while (day <= last)
        {
            var y = net.GetYear(day);
            var m = net.GetMonth(day);
            var d = net.GetDayOfMonth(day);
            Assert.True(Calendars.TryDay(CalendarKind.Julian, y, m, d, out var iso, out var why), $"{day:yyyy-MM-dd} → {y}-{m}-{d}: {why}");
            if (iso != LocalDate.FromDateTime(day))
            {
                bad++;
            }

            day = day.AddDays(1);
        }

        Assert.Equal(0, bad);
    }

    [Fact]
    public void DotNetHijriCalendarIsBase16WithTheAstronomicalEpochOnEveryDay()
    {
        var net = new HijriCalendar { HijriAdjustment = 0 };
        var noda = CalendarSystem.GetIslamicCalendar(IslamicLeapYearPattern.Base16, IslamicEpoch.Astronomical);
        var day = net.MinSupportedDateTime.Date.AddDays(2);
        var last = new DateTime(9990, 1, 1);
        var bad = 0;
        while (day < last)
        {
            var h = LocalDate.FromDateTime(day).WithCalendar(noda);
            if (h.Year != net.GetYear(day) || h.Month != net.GetMonth(day) || h.Day != net.GetDayOfMonth(day))
            {
                bad++;
            }

            day = day.AddDays(1);
        }

        Assert.Equal(0, bad);
    }

    [Fact]
    public void OurTabularHijriIsTheDotNetOneShiftedByTheCivilEpochDay()
    {
        var net = new HijriCalendar { HijriAdjustment = 0 };
        var tabular = new TarikhCalendars(preferUmAlQura: false);
        Gen.Int[1, 9600].Select(Gen.Int[1, 12], Gen.Int[1, 29]).Sample((y, m, d) =>
        {
            var dotnet = net.ToDateTime(y, m, d, 0, 0, 0, 0);
            Assert.True(tabular.TryDay(CalendarKind.Hijri, y, m, d, out var iso, out _));
            return iso == LocalDate.FromDateTime(dotnet).PlusDays(1);
        });
    }

    [Fact]
    public void OfficialUmmAlQuraAgreesWithDotNetOnEveryDayFrom1402AH()
    {
        // The official table and .NET's UmAlQuraCalendar differ only before 1402 AH (data/calendars/README.md).
        var net = new UmAlQuraCalendar();
        var day = net.ToDateTime(1402, 1, 1, 0, 0, 0, 0);
        var bad = 0;
        while (day <= net.MaxSupportedDateTime.Date)
        {
            var y = net.GetYear(day);
            Assert.True(Calendars.UsesUmAlQura(y));
            Assert.True(Calendars.TryDay(CalendarKind.Hijri, y, net.GetMonth(day), net.GetDayOfMonth(day), out var iso, out _));
            if (iso != LocalDate.FromDateTime(day))
            {
                bad++;
            }

            day = day.AddDays(1);
        }

        Assert.Equal(0, bad);
    }

    [Fact]
    public void OfficialUmmAlQuraDiffersFromDotNetFor312MonthStartsBefore1402AH()
    {
        var net = new UmAlQuraCalendar();
        var differ = 0;
        for (var y = 1343; y <= 1401; y++)
        {
            for (var m = 1; m <= 12; m++)
            {
                Assert.True(Calendars.TryDay(CalendarKind.Hijri, y, m, 1, out var official, out _));
                if (official != LocalDate.FromDateTime(net.ToDateTime(y, m, 1, 0, 0, 0, 0)))
                {
                    differ++;
                }
            }
        }

        Assert.Equal(312, differ);
    }

    [Fact]
    public void OfficialUmmAlQuraRoundTripsEveryDayOfTheTable()
    {
        var table = OfficialUmmAlQura.Default;
        for (var day = table.First; day <= table.Last; day = day.PlusDays(1))
        {
            var (y, m, d) = Calendars.ToHijri(day);
            Assert.True(Calendars.TryDay(CalendarKind.Hijri, y, m, d, out var back, out var why), $"{day} → {y}-{m}-{d}: {why}");
            Assert.Equal(day, back);
        }
    }

    [Theory]
    // Month starts of the official table where .NET's arithmetic is a day or two off.
    [InlineData(1343, 1, 1, "1924-08-01")]
    [InlineData(1343, 9, 1, "1925-03-27")]
    [InlineData(1500, 12, 30, "2077-11-16")]
    public void OfficialUmmAlQuraDays(int y, int m, int d, string expected)
    {
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, y, m, d, out var iso, out _));
        Assert.Equal(expected, GregorianInterval.Format(iso));
        Assert.Equal("hijri-umalqura-official", Calendars.ConversionName(CalendarKind.Hijri, y));
    }

    [Fact]
    public void OfficialUmmAlQuraCountsA29thAnd30thPastItsMonthAndRejectsA31st()
    {
        // Ramadan 1343 has 28 days in the official table; by the crescent it had 29 or 30 (round 21): those days are
        // counted on from its first day, and only a 31st is impossible.
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, 1343, 9, 29, out var d29, out _));
        Assert.Equal(OfficialUmmAlQura.Default.MonthStart(1343, 9).PlusDays(28), d29);
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, 1343, 9, 30, out _, out _));
        Assert.False(Calendars.TryDay(CalendarKind.Hijri, 1343, 9, 31, out _, out var reason));
        Assert.Equal(TimexReasons.DayOutOfRange, reason);
    }

    [Fact]
    public void ATabularHijriThirtiethIsTheDayAfterThe29th()
    {
        // Safar (month 2) has 29 days in the tabular calendar: its 30th is the day after the 29th.
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, 1200, 2, 29, out var d29, out _));
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, 1200, 2, 30, out var d30, out _));
        Assert.Equal(d29.PlusDays(1), d30);
    }

    [Fact]
    public void HijriOutsideTheOfficialTableIsTheTabularCalendarAsDotNetHasIt()
    {
        // Before 1343 AH and after 1500 AH: the tabular calendar, i.e. .NET's HijriCalendar one day later (civil epoch).
        var net = new HijriCalendar { HijriAdjustment = 0 };
        Gen.Int[1, 1342].Select(Gen.Int[1, 12], Gen.Int[1, 29]).Sample((y, m, d) =>
        {
            Assert.False(Calendars.UsesUmAlQura(y));
            Assert.True(Calendars.TryDay(CalendarKind.Hijri, y, m, d, out var iso, out _));
            return iso == LocalDate.FromDateTime(net.ToDateTime(y, m, d, 0, 0, 0, 0)).PlusDays(1)
                && Calendars.ConversionName(CalendarKind.Hijri, y) == "hijri-tabular-base16-civil";
        });
        Gen.Int[1501, 9600].Select(Gen.Int[1, 12], Gen.Int[1, 29]).Sample((y, m, d) =>
            Calendars.TryDay(CalendarKind.Hijri, y, m, d, out var iso, out _) && iso == LocalDate.FromDateTime(net.ToDateTime(y, m, d, 0, 0, 0, 0)).PlusDays(1));
    }

    [Fact]
    public void HijriOutsideUmAlQuraFallsBackToTabular()
    {
        Assert.False(Calendars.UsesUmAlQura(250));
        Assert.False(Calendars.UsesUmAlQura(1342));
        Assert.Equal("hijri-tabular-base16-civil", Calendars.ConversionName(CalendarKind.Hijri, 250));
        Assert.Equal("hijri-umalqura-official", Calendars.ConversionName(CalendarKind.Hijri, 1445));
        // 1 Muharram 1 AH (civil epoch) = 16 July 622 Julian = 19 July 622 Gregorian.
        Assert.True(Calendars.TryDay(CalendarKind.Hijri, 1, 1, 1, out var iso, out _));
        Assert.Equal(new LocalDate(622, 7, 19), iso);
    }

    [Fact]
    public void JulianGregorianJulianRoundTripsEveryDayFromYear1To2100()
    {
        var day = new LocalDate(1, 1, 1, CalendarSystem.Julian);
        var end = new LocalDate(2100, 12, 31, CalendarSystem.Julian);
        while (day <= end)
        {
            Assert.True(Calendars.TryDay(CalendarKind.Julian, day.Year, day.Month, day.Day, out var iso, out _));
            var back = Calendars.ToCalendar(iso, CalendarKind.Julian);
            Assert.Equal(day, back);
            day = day.PlusDays(1);
        }
    }

    [Fact]
    public void TryToHijriIsNullExactlyBeforeTheHijraAndElseAgreesWithToHijri()
    {
        var hijra = new LocalDate(1, 1, 1, Calendars.HijriTabular).WithCalendar(CalendarSystem.Iso);
        var max = Calendars.HijriTabular.MaxYear;
        var lastDay = new LocalDate(max, 12, Calendars.HijriTabular.GetDaysInMonth(max, 12), Calendars.HijriTabular).WithCalendar(CalendarSystem.Iso);
        // The tabular calendar ends in ISO 9999 (after 29 Dhu al-Hijja 9665 AH there is no Hijri day to give).
        Gen.Int[1, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
        {
            var iso = new LocalDate(y, m, d);
            var h = Calendars.TryToHijri(iso);
            return iso < hijra || iso > lastDay ? h is null : h == Calendars.ToHijri(iso);
        });
        Assert.Null(Calendars.TryToHijri(lastDay.PlusDays(1)));
        Assert.NotNull(Calendars.TryToHijri(lastDay));
        Assert.Null(Calendars.TryToHijri(hijra.PlusDays(-1)));
        Assert.Equal((1, 1, 1), Calendars.TryToHijri(hijra));
    }

    [Fact]
    public void JulianRoundTripHoldsForRandomDays()
    {
        Gen.Int[1, 2100].Select(Gen.Int[1, 12], Gen.Int[1, 31]).Sample((y, m, d) =>
        {
            if (!Calendars.TryDay(CalendarKind.Julian, y, m, d, out var iso, out var reason))
            {
                return reason == TimexReasons.DayOutOfRange && d > CalendarSystem.Julian.GetDaysInMonth(y, m);
            }

            var back = Calendars.ToCalendar(iso, CalendarKind.Julian);
            return back.Year == y && back.Month == m && back.Day == d;
        });
    }

    [Theory]
    [InlineData(CalendarKind.Gregorian, 1990, 2, 31, TimexReasons.DayOutOfRange)]
    [InlineData(CalendarKind.Gregorian, 1990, 13, 1, TimexReasons.MonthOutOfRange)]
    [InlineData(CalendarKind.Hijri, 1200, 2, 31, TimexReasons.DayOutOfRange)]
    [InlineData(CalendarKind.Julian, 1900, 2, 30, TimexReasons.DayOutOfRange)]
    public void ImpossibleDaysComeBackAsReasonCodes(CalendarKind kind, int y, int m, int d, string reason)
    {
        Assert.False(Calendars.TryDay(kind, y, m, d, out _, out var actual));
        Assert.Equal(reason, actual);
    }

    [Fact]
    public void JulianLeapDayOf1900Exists()
    {
        Assert.True(Calendars.TryDay(CalendarKind.Julian, 1900, 2, 29, out var iso, out _));
        Assert.Equal(new LocalDate(1900, 3, 13), iso);
    }
}
