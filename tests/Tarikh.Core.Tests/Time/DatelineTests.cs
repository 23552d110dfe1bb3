using NodaTime;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>A news item's dateline is the day "أمس" and "اليوم" count from, when no reference date is given.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("عمّان، 12 آذار 1999 (رويترز) – توفي أمس في عمّان الأديب الأردني سالم النحاس عن عمر ناهز السبعين.", "أمس", "1999-03-11")]
    [InlineData("الرباط – 4 يونيو 2015: أعلنت وزارة الثقافة اليوم وفاة الباحث المغربي محمد الأمين.", "اليوم", "2015-06-04")]
    public void ANewsRelativeCountsFromTheDateline(string text, string relative, string value)
    {
        var doc = TimeStageTests.Run(text);
        var t = Assert.Single(doc.Timexes, x => x.Text == relative);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexAnchor.To(0), t.Anchor);
    }

    [Fact]
    public void ADateInsideTheSentenceIsNoDateline()
    {
        // The date is what the minister spoke about, not the day the item was written: "أمس" stays open.
        var doc = TimeStageTests.Run("قال الوزير إن الاتفاق وقع في 12 آذار 1999، وإنه التقى أمس السفير الفرنسي.");
        var t = Assert.Single(doc.Timexes, x => x.Text == "أمس");
        Assert.Null(t.Value);
    }

    [Fact]
    public void AGivenReferenceDateWinsOverTheDateline()
    {
        var doc = TimeStageTests.Run("عمّان، 12 آذار 1999 (رويترز) – توفي أمس الأديب سالم النحاس.", new LocalDate(1999, 3, 20));
        var t = Assert.Single(doc.Timexes, x => x.Text == "أمس");
        Assert.Equal("1999-03-19", t.Value);
    }

    [Fact]
    public void TheDeathDateOfAnObituaryIsTheDayBeforeTheDateline()
    {
        // Before, the dateline's own day became the death date.
        var doc = ClaimExtractorTests.Run("عمّان، 12 آذار 1999 (رويترز) – توفي أمس الخميس في عمّان الأديب الأردني سالم النحاس.");
        var death = Assert.Single(doc.Claims, c => c.Property == "P570");
        Assert.Equal(new LocalDate(1999, 3, 11), death.Value.Date!.Value.Start);
    }
}
