using System.Globalization;
using CsCheck;
using NodaTime;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// The Ottoman fiscal calendar (رومي، مالي): Julian months, a year from 1 March, years 1256–1341 (1840–1925), Gregorian
/// months from 1 March 1333 (1917) and a year from 1 January from 1334 (1918). Sentences written here; expected days
/// computed from Julian day numbers.
/// </summary>
public class RumiCalendarTests
{
    private static readonly string[] SyriacMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    // March–December of Rumi N are in Julian N + 584.
    [InlineData("عين واليًا على الولاية في 1 حزيران 1296 رومية.", "1 حزيران 1296 رومية", "1880-06-01", "1880-06-13")]
    // January and February of Rumi N are in Julian N + 585.
    [InlineData("صدرت الإرادة السنية في 12 كانون الثاني 1300 رومي.", "12 كانون الثاني 1300 رومي", "1885-01-12", "1885-01-24")]
    [InlineData("نشر القرار في 28 شباط 1290 مالية.", "28 شباط 1290 مالية", "1875-02-28", "1875-03-12")]
    // A numeric date with the mark after it.
    [InlineData("قيد الدفتر بتاريخ 1/6/1296 رومية.", "1/6/1296 رومية", "1880-06-01", "1880-06-13")]
    public void ADayOfTheFiscalCalendarIsAJulianDay(string sentence, string text, string julian, string gregorian)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal((CalendarKind.Julian, julian), (t.Calendar, t.Value));
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(gregorian, CultureInfo.InvariantCulture)), t.Gregorian!.Value.Start);
        Assert.True(t.Valid);
    }

    [Theory]
    // From 1 March 1333 the months were Gregorian; from 1334 the year began in January (1335 = 1919).
    [InlineData("افتتحت المدرسة الرشدية في 3 آذار 1335 رومية.", "3 آذار 1335 رومية", "1919-03-03")]
    [InlineData("صدر العدد الأول في 10 نيسان 1333 رومية.", "10 نيسان 1333 رومية", "1917-04-10")]
    public void AfterTheReformTheMonthsAreGregorian(string sentence, string text, string gregorian)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal((CalendarKind.Gregorian, gregorian), (t.Calendar, t.Value));
    }

    [Theory]
    // 1301: 1 March 1885 – 28 February 1886 (Julian) = 13 March 1885 – 12 March 1886.
    [InlineData("ونشر ذلك في سالنامة سنة 1301 مالية.", "سنة 1301 مالية", "1885-03-13", "1886-03-12")]
    // 1333 had ten months: 1 March – 31 December 1917.
    [InlineData("وطبع الكتاب سنة 1333 رومية.", "سنة 1333 رومية", "1917-03-01", "1917-12-31")]
    // 1332 ended on 15 February 1917 (Julian) = 28 February (Gregorian).
    [InlineData("وأغلقت الجريدة سنة 1332 رومية.", "سنة 1332 رومية", "1916-03-14", "1917-02-28")]
    public void AFiscalYearRunsFromMarchToFebruary(string sentence, string text, string start, string end)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal(start, t.Gregorian!.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(end, t.Gregorian!.Value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheOtherEndOfARangeTakesTheMark()
    {
        var doc = TimeStageTests.Run("وتولى إدارة المكتب من 1330 إلى 1333 رومية.");
        var from = Single(doc, "1330");
        Assert.Equal(CalendarKind.Julian, from.Calendar);
        Assert.Equal(new LocalDate(1914, 3, 14), from.Gregorian!.Value.Start);
    }

    [Theory]
    // A modern fiscal year, and a year the fiscal era never had, keep their reading as Gregorian years.
    [InlineData("وفي السنة المالية 2019 ارتفعت الإيرادات.", "2019")]
    [InlineData("وذكر أنه ولد سنة 1200 رومية.", "سنة 1200 رومية")]
    public void OutsideTheFiscalYearsTheMarkIsNotRead(string sentence, string text)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal(CalendarKind.Gregorian, t.Calendar);
        Assert.Equal(text.Contains("2019", StringComparison.Ordinal) ? "2019" : "1200", t.Value);
    }

    [Fact]
    public void AMedievalChronicleCountsSeleucidYearsNotFiscalOnes()
    {
        // "الرومية" in a chronicle of the fourth Hijri century is the era of the Greeks (Seleucid), not the Ottoman fiscal year.
        var doc = TimeStageTests.Run("وفي سنة 378 هـ، وهي سنة 1300 الرومية، جاء السيل إلى البلد.");
        Assert.DoesNotContain(doc.Timexes, t => t.Calendar == CalendarKind.Julian);
    }

    [Theory]
    // Iraqi and Ottoman names of May and March.
    [InlineData("نشر البيان في 15 مايس 1925.", "15 مايس 1925", "1925-05-15")]
    [InlineData("وصل القنصل في 2 مارت 1880.", "2 مارت 1880", "1880-03-02")]
    public void OttomanAndIraqiMonthNamesAreMonths(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence), text).Value);

    [Fact]
    public void EveryFiscalDayMapsToItsJulianDay()
    {
        var first = new LocalDate(1840, 3, 1, CalendarSystem.Julian);
        var last = new LocalDate(1917, 2, 15, CalendarSystem.Julian);
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        Gen.Int[0, days].Sample(n =>
        {
            var j = first.PlusDays(n);
            var rumi = j.Year - 584 - (j.Month <= 2 ? 1 : 0);
            var text = $"{j.Day} {SyriacMonths[j.Month - 1]} {rumi} رومية";
            var t = Single(TimeStageTests.Run($"صدر الأمر في {text}."), text);
            Assert.Equal(j.WithCalendar(CalendarSystem.Iso), t.Gregorian!.Value.Start);
        }, iter: 60);
    }
}
