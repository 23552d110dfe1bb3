using NodaTime;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 14 (dates in spoken and news Arabic, 12d): a month by its number without a direction ("شهر 12"، "شهر
/// ثلاثة"); in news, a day and month after a date counted from today or after "منذ" + year take the occurrence nearest the
/// reference date; Old-Style pairs with "يوم" before them or a year-less New-Style day after a full date. Sentences written
/// here.
/// </summary>
public class Round14TimeTests
{
    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    [InlineData("شهر 12 رح نعمل عرس أختي بالضيعة.", "شهر 12", "2023-12")]
    [InlineData("رح نرجع من السفر شهر ثلاثة إن شاء الله.", "شهر ثلاثة", "2024-03")]
    [InlineData("بدنا نسافر شهر 5 إن شاء الله.", "شهر 5", "2024-05")]
    public void AMonthByItsNumberIsThatMonthNearestTheReference(string sentence, string text, string value)
    {
        var doc = TimeStageTests.Run(sentence, new LocalDate(2023, 11, 20));
        Assert.Equal(value, Single(doc, text).Value);
    }

    [Theory]
    [InlineData("قعدت عندهم شهر واحد بس.", "شهر واحد")]
    [InlineData("قعدت عندهم شهر 5 أيام بالضبط.", "شهر")]
    public void OneMonthOrACountAfterShahrIsNoMonthName(string sentence, string text)
    {
        var doc = TimeStageTests.Run(sentence, new LocalDate(2023, 11, 20));
        Assert.DoesNotContain(doc.Timexes, t => t.Text.StartsWith(text, StringComparison.Ordinal) && t.Type == TimexType.Date && t.Value is { Length: 7 });
    }

    [Fact]
    public void ADayAfterADateCountedFromTodayTakesTheNearestOccurrence()
    {
        var doc = TimeStageTests.Run("الشهر الجاي بيبدأ الفصل التاني، والعطلة لحد 5 فبراير.", new LocalDate(2022, 10, 16));
        Assert.Equal("2023-02-05", Single(doc, "5 فبراير").Value);
    }

    [Fact]
    public void ADayAfterASinceYearTakesTheNearestOccurrence()
    {
        var doc = TimeStageTests.Run("ويقام المهرجان في 22 فبراير من كل عام، منذ 2019. ويصوت الناخبون في 18 أغسطس لاختيار مجلس جديد.", new LocalDate(2024, 3, 20));
        Assert.Equal("2024-08-18", Single(doc, "18 أغسطس").Value);
    }

    [Fact]
    public void ADayAfterAStoryYearStillTakesThatYear()
    {
        var doc = TimeStageTests.Run("وفي عام 1995 زار الوزير المدينة. ووقّع الاتفاق في 18 أغسطس بحضور السفير.", new LocalDate(2024, 3, 20));
        Assert.Equal("1995-08-18", Single(doc, "18 أغسطس").Value);
    }

    [Fact]
    public void AFullDateAndAYearlessNewStyleDayMakeAnOldStylePair()
    {
        var doc = TimeStageTests.Run("وُقّع الاتفاق في 19 فبراير 1878 (3 مارس) قرب العاصمة.");
        Assert.Equal(CalendarKind.Julian, Single(doc, "19 فبراير 1878").Calendar);
        Assert.Equal("1878-03-03", Single(doc, "3 مارس").Value);
    }

    [Fact]
    public void AFullDateAndADayAMonthLaterMakeNoPair()
    {
        var doc = TimeStageTests.Run("افتُتح المعرض في 2 أيار 1950 (وأغلق في 30 حزيران) بعد نجاح كبير.");
        Assert.Equal(CalendarKind.Gregorian, Single(doc, "2 أيار 1950").Calendar);
    }

    [Fact]
    public void YawmBeforeAPairOfDaysGoesWithTheFirstDay()
    {
        var doc = TimeStageTests.Run("وفي يوم 9 (22) يناير 1905 خرج العمال إلى الشوارع.");
        var first = Single(doc, "يوم 9");
        Assert.Equal(CalendarKind.Julian, first.Calendar);
        Assert.Equal("1905-01-22", Single(doc, "22").Value);
    }
}
