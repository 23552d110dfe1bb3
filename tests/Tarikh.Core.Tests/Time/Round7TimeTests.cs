using System.Globalization;
using CsCheck;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 7 (issue 12, 12c): the era mark after a range of years dates both ends; years written without their
/// hundreds take them from the year before; "مستهل" of a Hijri month is its first day; a weekday before an Old-Style pair
/// names the pair's first day. Sentences written here; CsCheck properties over random years.
/// </summary>
public class Round7TimeTests
{
    private static readonly string[] Tens = ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];
    private static readonly string[] Hundreds = ["مائة", "مائتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"];

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void AHijriRangeAfterAGregorianYearIsHijriAtBothEnds()
    {
        var doc = TimeStageTests.Run("وُلد الشيخ في دمشق، وانتقل إلى القاهرة سنة 1880 م. الشيخ عبد الغني الميداني (1290–1345 هـ) فقيه ومحدّث.");
        var start = doc.Timexes.Single(t => t.Text == "1290");
        Assert.Equal(CalendarKind.Hijri, start.Calendar);
        Assert.Equal("1290", start.Value);
        Assert.Equal(CalendarKind.Hijri, doc.Timexes.Single(t => t.Text.StartsWith("1345", StringComparison.Ordinal)).Calendar);
    }

    [Fact]
    public void AGregorianRangeStaysGregorian()
    {
        var doc = TimeStageTests.Run("الشيخ عبد الغني الميداني (1290–1345 هـ) فقيه. وعاش ابنه (1890–1950 م) في بيروت.");
        Assert.Equal(CalendarKind.Gregorian, doc.Timexes.Single(t => t.Text == "1890").Calendar);
    }

    [Fact]
    public void TheEraMarkAfterAnyRangeDatesItsStart()
    {
        // Any Hijri range after a sentence with a Gregorian-marked year: both ends are Hijri years, the start as written.
        Gen.Int[100, 1400].Select(Gen.Int[1, 90], Gen.Int[1000, 2000]).Sample((a, span, g) =>
        {
            var text = $"انتقل العالم إلى القاهرة سنة {N(g)} م. الشيخ سليم الحموي ({N(a)}–{N(a + span)} هـ) فقيه ومحدّث.";
            var doc = TimeStageTests.Run(text);
            var start = doc.Timexes.Single(t => t.Text == N(a));
            Assert.Equal(CalendarKind.Hijri, start.Calendar);
            Assert.Equal(a, int.Parse(start.Value!, CultureInfo.InvariantCulture));
            Assert.NotNull(start.Range);
        }, iter: 40);
    }

    [Fact]
    public void YearsWithoutTheirHundredsTakeThoseOfTheYearBefore()
    {
        // "سنة T1 وH … سنة T2": T2 takes H's hundreds, one hundred more when it would come before the first year.
        Gen.Int[0, 8].Select(Gen.Int[0, 7], Gen.Int[0, 7]).Sample((h, t1, t2) =>
        {
            var text = $"ولد الفقيه سنة {Tens[t1]} و{Hundreds[h]}، ومات سنة {Tens[t2]} بدمشق.";
            var doc = TimeStageTests.Run(text);
            var born = ((h + 1) * 100) + ((t1 + 2) * 10);
            var died = ((h + 1) * 100) + ((t2 + 2) * 10);
            if (died < born)
            {
                died += 100;
            }

            var years = doc.Timexes.Where(t => t.Type == TimexType.Date).Select(t => int.Parse(t.Value!, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal([born, died], years);
        }, iter: 60);
    }

    [Theory]
    // Digits and an era mark keep the year as written.
    [InlineData("ولد الفقيه سنة خمسين وسبعمائة، ومات سنة 80 بدمشق.", 80)]
    [InlineData("ولد الفقيه سنة خمسين وسبعمائة، وذكر أن جده مات سنة ثلاثين للهجرة.", 30)]
    public void AYearWrittenOtherwiseKeepsItsValue(string text, int year)
        => Assert.Contains(TimeStageTests.Run(text).Timexes, t => t.Value is { } v && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y == year);

    [Fact]
    public void MustahallOfAHijriMonthIsItsFirstDay()
    {
        var t = TimeStageTests.Run("توفي الشيخ مستهل رجب سنة 720 هـ بدمشق.").Timexes.Single();
        Assert.Equal("0720-07-01", t.Value);
    }

    [Fact]
    public void MustahallOfAGregorianMonthIsItsBeginning()
    {
        var t = TimeStageTests.Run("افتُتح المعرض في مستهل مايو 1950 بالقاهرة.").Timexes.Single();
        Assert.Equal("1950-05", t.Value);
        Assert.Equal(TimexMod.Start, t.Mod);
    }

    [Fact]
    public void AWeekdayBeforeAnOldStylePairNamesItsFirstDay()
    {
        var doc = TimeStageTests.Run("افتُتحت المدرسة يوم الأحد 9 (21) مارس 1882 في حي الأرمن.");
        var first = doc.Timexes.First(t => t.SharedParts);
        Assert.Equal("يوم الأحد 9", first.Text);
        Assert.Equal(CalendarKind.Julian, first.Calendar);
        Assert.Equal(2, doc.Timexes.Count(t => t.SharedParts));
    }
}
