using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 11 (lead): a month name that is also a common word is the word when written with the article — "الأب" (the
/// father) before a year is not the Syriac month آب. The month itself, with a day, a year, "شهر" or a paired name, is still
/// read. Sentences written here.
/// </summary>
public class ArticleMonthWordTests
{
    [Theory]
    [InlineData("ولد والده ألكسندر دوما الأب عام 1802 في بلدة فيلير كوتريه.", "عام 1802", "1802")]
    [InlineData("وكتب يوحنا الأب سنة 1950 رسالة إلى أبناء الرعية.", "سنة 1950", "1950")]
    public void TheWordWithTheArticleBeforeAYearIsNoMonth(string sentence, string text, string value)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.DoesNotContain(doc.Timexes, t => t.Value is { Length: 7 } v && v.EndsWith("-08", StringComparison.Ordinal));
        Assert.Contains(doc.Timexes, t => t.Text == text && t.Value == value);
    }

    [Theory]
    [InlineData("وصل الوفد إلى دمشق في الثالث من آب 1802.", "1802-08-03")]
    [InlineData("افتتح المعرض في آب 1990 في بيروت.", "1990-08")]
    [InlineData("وعاد إلى عمّان في شهر آب من عام 1975.", "1975-08")]
    public void TheMonthWithoutTheArticleIsStillRead(string sentence, string value)
        => Assert.Contains(TimeStageTests.Run(sentence).Timexes, t => t.Value == value);
}
