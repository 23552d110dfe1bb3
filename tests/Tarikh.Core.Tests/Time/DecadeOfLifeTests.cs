using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Round 15 (issue-x3): "في الأربعينيات من عمره"، "في الخمسينيات من العمر" is an age, not a decade of the calendar; a decade
/// followed by "من القرن" or standing alone stays a decade. Sentences written here.
/// </summary>
public class DecadeOfLifeTests
{
    [Theory]
    [InlineData("توفي الشاعر سليم الكردي في الأربعينيات من عمره بعد مرض طويل.")]
    [InlineData("كانت الممثلة في الخمسينيات من عمرها حين اعتزلت المسرح.")]
    [InlineData("وهو رجل في الستينيات من العمر يعمل في المرفأ.")]
    public void ADecadeOfALifeIsNoDate(string sentence)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.DoesNotContain(doc.Timexes, t => t.Text.Contains("يات"));
    }

    [Theory]
    [InlineData("هاجرت الأسرة إلى البرازيل في الأربعينيات من القرن التاسع عشر.", "184")]
    [InlineData("ازدهرت الصحافة في الخمسينيات من القرن العشرين.", "195")]
    public void ADecadeOfACenturyStaysADate(string sentence, string decade)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.Contains(doc.Timexes, t => t.Text.Contains("يات") && t.Value is { } v && v.StartsWith(decade, StringComparison.Ordinal));
    }
}
