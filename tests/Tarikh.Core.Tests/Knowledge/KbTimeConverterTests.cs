using CsCheck;
using NodaTime;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

public sealed class KbTimeConverterTests
{
    private static readonly KbTimeConverter Converter = KbTimeConverter.Default;

    [Fact]
    public void A_julian_day_becomes_its_gregorian_day()
    {
        // Lenin's birth, 10 April 1870 Old Style = 22 April 1870 New Style.
        var days = Converter.ToInterval(new KbTime(1870, 4, 10, KbPrecision.Day, KbCalendars.Julian));
        Assert.Equal(GregorianInterval.Day(new LocalDate(1870, 4, 22)), days);
    }

    [Fact]
    public void A_year_with_month_and_day_00_is_the_whole_year()
    {
        var days = Converter.ToInterval(new KbTime(1887, 0, 0, KbPrecision.Year, KbCalendars.Gregorian))!.Value;
        Assert.Equal((new LocalDate(1887, 1, 1), new LocalDate(1887, 12, 31)), (days.Start, days.End));
    }

    [Fact]
    public void A_negative_wikidata_year_is_moved_to_astronomical_numbering()
    {
        // -0044 in Wikidata is 44 BCE, astronomical year -43 (Julian 15 March).
        var days = Converter.ToInterval(new KbTime(-44, 3, 15, KbPrecision.Day, KbCalendars.Julian))!.Value;
        Assert.Equal(new LocalDate(-43, 3, 15, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso), days.Start);
    }

    [Fact]
    public void A_year_in_the_text_agrees_with_a_day_in_the_kb_of_that_year()
    {
        var text = new GregorianInterval(new LocalDate(1866, 1, 1), new LocalDate(1866, 12, 31));
        Assert.True(KbTimeConverter.Agree(text, KbPrecision.Year, GregorianInterval.Day(new LocalDate(1866, 4, 12)), KbPrecision.Day));
        Assert.False(KbTimeConverter.Agree(text, KbPrecision.Year, GregorianInterval.Day(new LocalDate(1868, 4, 12)), KbPrecision.Day));
    }

    [Fact]
    public void A_julian_year_does_not_agree_with_the_next_gregorian_year_though_they_share_twelve_days()
    {
        var julian1870 = Converter.ToInterval(new KbTime(1870, 0, 0, KbPrecision.Year, KbCalendars.Julian))!.Value;
        var gregorian1871 = new GregorianInterval(new LocalDate(1871, 1, 1), new LocalDate(1871, 12, 31));
        Assert.True(julian1870.Overlaps(gregorian1871));
        Assert.False(KbTimeConverter.Agree(gregorian1871, KbPrecision.Year, julian1870, KbPrecision.Year));
    }

    [Fact]
    public void Every_gregorian_day_converts_to_itself()
    {
        Gen.Select(Gen.Int[-3000, 3000], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
        {
            var wikidataYear = y <= 0 ? y - 1 : y; // no year 0 in Wikidata's numbering
            var days = Converter.ToInterval(new KbTime(wikidataYear, m, d, KbPrecision.Day, KbCalendars.Gregorian));
            return days == GregorianInterval.Day(new LocalDate(y, m, d));
        });
    }

    [Fact]
    public void Julian_days_convert_as_the_time_stage_converts_them()
    {
        Gen.Select(Gen.Int[1, 2100], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
            Converter.ToInterval(new KbTime(y, m, d, KbPrecision.Day, KbCalendars.Julian))!.Value.Start
                == new LocalDate(y, m, d, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso));
    }
}
