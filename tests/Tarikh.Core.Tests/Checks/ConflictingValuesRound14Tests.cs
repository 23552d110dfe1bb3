using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 of conflicting-values (issue 12c): a death or birth told with its full date and restated with a day and month only,
/// in the same month. Sentences written for these tests; both ways, through the whole pipeline (span-checked).
/// </summary>
public class ConflictingValuesRound14Tests
{
    // "… في الخامس من شعبان سنة 812 هـ … وكانت وفاته في الثاني والعشرين من شعبان": two days of one month for one death.
    [Theory]
    [InlineData("الثاني والعشرين", true)]
    [InlineData("الخامس", false)]
    public void ARestatedDeathDayInTheSameHijriMonth(string day, bool flagged)
    {
        var text = $"توفي القاضي شمس الدين محمد بن يوسف الحموي بالقاهرة في الخامس من شعبان سنة اثنتي عشرة وثمانمائة. وكانت وفاته في {day} من شعبان، ودفن بالقرافة.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // The same with digits and a Gregorian month.
    [Theory]
    [InlineData("25 مارس", true)]
    [InlineData("3 مارس", false)]
    public void ARestatedDeathDayInTheSameGregorianMonth(string day, bool flagged)
    {
        var text = $"توفي الموسيقار كريم الصافي في عمّان يوم 3 مارس 1987. وقد نعته الصحف الأردنية، وكانت وفاته في {day} إثر نوبة قلبية.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // A burial days later in the same month is another act, not a second death date.
    [Fact]
    public void ABurialLaterInTheMonthIsNotASecondDeath()
    {
        var text = "توفي الموسيقار كريم الصافي في عمّان يوم 3 مارس 1987، ودفن في مسقط رأسه في 9 مارس بعد وصول أبنائه.";
        Assert.Empty(Flags(text, "conflicting-values", Severity.Info));
    }
}
