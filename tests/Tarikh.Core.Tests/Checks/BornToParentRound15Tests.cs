using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 15 (issue 12f): a date given to the wrong person. A birth told with the parent it was born to ("وُلدت … لأبيها X (…)") is the
/// child's, not the parent's, and is compared with the parent's own birth (his birth claim, or the lifespan in parentheses after his
/// name). Sentences written for these tests; both ways, through the whole pipeline.
/// </summary>
public class BornToParentRound15Tests
{
    // The parent born five (seven) years before the child born to him (her): implausible; thirty years: nothing.
    [Theory]
    [InlineData("وُلدت الكاتبة البحرينية نورة سنة 1960 في المحرق لأبيها حمد الزياني (1955–2010) الذي كان يعمل بحّاراً.", true)]
    [InlineData("وُلدت المغنية هيفاء سنة 1971 في حمص لأمها سعاد المصري (1964–2019) التي علّمتها العزف.", true)]
    [InlineData("وُلدت الكاتبة البحرينية نورة سنة 1960 في المحرق لأبيها حمد الزياني (1925–2010) الذي كان يعمل بحّاراً.", false)]
    [InlineData("وُلد الطبيب سامي سنة 1950 في صيدا لأبيه محمود الخطيب (1918–1985) الذي كان تاجراً.", false)]
    public void ABirthToldWithItsParentIsComparedWithTheParentsBirth(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // The child's birth after "لأبيها" is not a second birth date of the father.
    [Theory]
    [InlineData("وُلدت الكاتبة البحرينية نورة سنة 1960 في المحرق لأبيها حمد الزياني (1955–2010) الذي كان يعمل بحّاراً.")]
    [InlineData("وُلدت الكاتبة البحرينية نورة سنة 1960 في المحرق لأبيها حمد الزياني (1925–2010) الذي كان يعمل بحّاراً.")]
    public void TheChildsBirthIsNotTheFathers(string text)
        => Assert.Empty(Flags(text, "conflicting-values"));

    // The father's own second birth date still conflicts.
    [Fact]
    public void TheFathersOwnTwoBirthsStillConflict()
        => Assert.NotEmpty(Flags("كان حمد الزياني (1925–2010) بحّاراً من المحرق. وقد ولد حمد الزياني سنة 1931 في بيت جده.", "conflicting-values"));

    // Heirs listed through "ابنه/ابنته" of an unnamed man are siblings: the eldest is not the father of the others.
    [Fact]
    public void HeirsListedThroughKinWordsAreNotFatherAndSons()
        => Assert.Empty(Flags("الورثة: ابنه الأكبر عمر المولود سنة 1290هـ. وابنه الأوسط يوسف المولود سنة 1293هـ، وابنته الصغرى زينب المولودة سنة 1297هـ.", "family-order"));

    // A named father's son born when the father was four still flags.
    [Fact]
    public void ANamedFathersSonStillCompares()
        => Assert.NotEmpty(Flags("كان التاجر حسن الجزائري (1880–1950) من أعيان وهران. وابنه الأكبر سالم المولود سنة 1884 تولى التجارة بعده.", "family-order"));
}
