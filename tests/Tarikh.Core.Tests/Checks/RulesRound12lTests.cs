using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 12 (issue 12, 12l): lifespan and anachronism classes read both ways — an act of a tarjama's unnamed subject (a dropped
/// subject in a text that names nobody) weighed against his birth; a parenthesized apposition between an act's verb and its date;
/// defective verbs in the feminine (تولّت، ألقت) and acts of a living performer (an evening of song, an orchestra conducted,
/// chapters read aloud); a country represented in a body before it began; the Duma before 1906. Full pipeline, sentences written
/// here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound12lTests
{
    [Theory]
    // A judgeship at five, Hijri years in words, nobody named.
    [InlineData("مولده بحمص سنة ثلاث وسبعين وخمسمائة، ونشأ بها. ووَلِيَ قضاء البلد سنة ثمان وسبعين وخمسمائة فحُمدت سيرته.")]
    // The office in a named body: the body is no doer.
    [InlineData("مولده بحلب سنة خمس وثلاثين وستمائة، وولي مشيخة المدرسة الظاهرية سنة أربعين وستمائة.")]
    public void AnUnnamedSubjectsActAtAChildsAgeIsALifespanFlag(string text)
    {
        var flags = Flags(text, "lifespan");
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.NotEqual(Severity.Error, f.Severity));
    }

    [Theory]
    [InlineData("مولده بحمص سنة ثلاث وسبعين وخمسمائة، ونشأ بها. ووَلِيَ قضاء البلد سنة ثمان وتسعين وخمسمائة فحُمدت سيرته.")]
    [InlineData("مولده بدمشق سنة عشرين وسبعمائة، وجلس للتدريس بالمدرسة العادلية سنة ست وأربعين وسبعمائة.")]
    [InlineData("مولده بحلب سنة خمس وثلاثين وستمائة، وولي مشيخة المدرسة الظاهرية سنة سبعين وستمائة.")]
    // A relative's act: the brother is the one who takes the judgeship.
    [InlineData("مولده بحمص سنة ثلاث وسبعين وخمسمائة. ووَلِيَ أخوه قضاء البلد سنة ثمان وسبعين وخمسمائة.")]
    public void TheAdultTwinAndARelativesActStaySilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    // The birth year in a parenthesis between the verb and the meeting's date.
    [InlineData("ترأّس النائب سالم فهد المطيري (المولود سنة 2015) اجتماع لجنة الشؤون المالية في 3 مارس 2023.")]
    // A feminine defective verb: تولّت.
    [InlineData("وُلدت سلمى خليل الحداد في حمص عام 1931. وقد تولّت إدارة مدرسة البنات في المدينة سنة 1936.")]
    public void AnActAtAChildsAgeReadThroughAnAsideOrAFeminineVerbIsFlagged(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("ترأّس النائب سالم فهد المطيري (المولود سنة 1965) اجتماع لجنة الشؤون المالية في 3 مارس 2023.")]
    [InlineData("وُلدت سلمى خليل الحداد في حمص عام 1931. وقد تولّت إدارة مدرسة البنات في المدينة سنة 1966.")]
    public void TheirAdultTwinsStaySilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    // An evening of song three years after the singer's death.
    [InlineData("توفي المطرب كمال الرفاعي في دمشق عام 2015. وفي عام 2018 أحيا الرفاعي أمسية طربية على مسرح الحمراء.")]
    // An orchestra conducted after the conductor's death.
    [InlineData("توفي الموسيقار سيرغي فولكوف عام 1911 في موسكو. وفي عام 1915 قاد فولكوف بنفسه أوركسترا المسرح الكبير.")]
    // Chapters of his own novel read aloud after his death.
    [InlineData("توفي الكاتب نيكولاي سوروكين في بطرسبورغ عام 1852. وفي عام 1854 قرأ سوروكين فصولاً من روايته الأخيرة في صالون أصدقائه.")]
    public void APerformanceAfterTheDeathIsALifespanFlag(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("توفي المطرب كمال الرفاعي في دمشق عام 2015. وفي عام 2012 أحيا الرفاعي أمسية طربية على مسرح الحمراء.")]
    [InlineData("توفي الموسيقار سيرغي فولكوف عام 1911 في موسكو. وفي عام 1907 قاد فولكوف بنفسه أوركسترا المسرح الكبير.")]
    [InlineData("توفي الكاتب نيكولاي سوروكين في بطرسبورغ عام 1852. وفي عام 1850 قرأ سوروكين فصولاً من روايته الأخيرة في صالون أصدقائه.")]
    // A memorial evening for the dead singer, given by others.
    [InlineData("توفي المطرب كمال الرفاعي في دمشق عام 2015. وفي عام 2018 أحيت الفرقة الوطنية أمسية لذكراه على مسرح الحمراء.")]
    public void APerformanceInLifeOrInMemoryStaysSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    // A country represented in the United Nations before 1945.
    [InlineData("استعاد المؤتمر سيرة الدبلوماسي نجيب حداد الذي مثّل سوريا في الجمعية العامة للأمم المتحدة عام 1937.", "للأمم المتحدة")]
    // The Duma before 1906.
    [InlineData("انتُخب المحامي فاتح أحمدوف نائباً في مجلس الدوما سنة 1899، ودافع فيه عن مدارس المسلمين.", "مجلس الدوما")]
    public void ARepresentationOrAnElectionBeforeTheBodyBeganIsAnAnachronism(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("استعاد المؤتمر سيرة الدبلوماسي نجيب حداد الذي مثّل سوريا في الجمعية العامة للأمم المتحدة عام 1957.")]
    [InlineData("انتُخب المحامي فاتح أحمدوف نائباً في مجلس الدوما سنة 1907، ودافع فيه عن مدارس المسلمين.")]
    public void TheirTwinsStaySilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));
}
