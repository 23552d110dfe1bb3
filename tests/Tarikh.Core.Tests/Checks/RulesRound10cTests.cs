using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 10 (issue 12, 12c): mechanisms of the anachronism and name-anomaly rules — a meeting, a recital or a lesson with a
/// well-known person dated outside that person's life (years from the lists of well-known people); a well-known name on the
/// subject's given name written more than once, each time dated outside that person's life; a known person's name on the
/// subject's given and middle names, read from the document's own context. Each both ways, full pipeline, sentences written
/// here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound10cTests
{
    [Theory]
    // Ahmad Shawqi died in 1932.
    [InlineData("وفي عام 1950 التقى الأديب الشاب سامي الحلبي بأمير الشعراء أحمد شوقي في بيته بالقاهرة.", "أحمد شوقي")]
    // Muhammad Abduh died in 1905.
    [InlineData("درس الفقيه عادل الزين في القاهرة على الشيخ محمد عبده عام 1920.", "محمد عبده")]
    public void AMeetingWithAWellKnownPersonAfterHisDeathIsAnAnachronism(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    // Inside Shawqi's life.
    [InlineData("وفي عام 1925 التقى الأديب الشاب سامي الحلبي بأمير الشعراء أحمد شوقي في بيته بالقاهرة.")]
    // A grandson met after the poet's death: the poet is not present.
    [InlineData("وفي عام 1950 التقى الأديب الشاب سامي الحلبي بحفيد أحمد شوقي في القاهرة.")]
    // No meeting: a study of the poet's work.
    [InlineData("وفي عام 1950 كتب الأديب سامي الحلبي دراسة عن شعر أحمد شوقي.")]
    public void AMeetingInsideTheLifeOrWithoutThePersonIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Fact]
    public void AWellKnownNameOnTheSubjectsGivenNameWrittenTwiceOutsideHisLifeIsFlagged()
    {
        // Putin (born 1952) written twice, both times in the 1890s, in a text about Lenin.
        const string text = "فلاديمير لينين (1870–1924) ثوري روسي. في عام 1891 سافر فلاديمير بوتين إلى سمارا. وفي عام 1895 اعتُقل فلاديمير بوتين في بطرسبورغ. وتوفي فلاديمير لينين عام 1924.";
        FiresAt(text, "name-anomaly", "بوتين");
    }

    [Fact]
    public void AWellKnownPersonInHisOwnTimeIsNotFlagged()
    {
        const string text = "فلاديمير لينين (1870–1924) ثوري روسي. وفي عام 2017 تحدث فلاديمير بوتين عن الثورة الروسية. وتوفي فلاديمير لينين عام 1924.";
        Assert.Empty(Flags(text, "name-anomaly"));
    }
}
