using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 19 of the lifespan rule (issue-19a): acts a biography dates that were no events (an appointment with the appointee as the
/// object pronoun, a Maghrebi "ولّى" for "became", a stage, a march with an army, a building, a design, an operation), a lifespan in
/// parentheses after a description or a title of a name, and the dialect life verbs in one file. Both ways, through the whole
/// pipeline, on sentences written for these tests.
/// </summary>
public class LifespanRound19Tests
{
    // "ولّاه فلان …": the pronoun is the appointee; an appointment at five is flagged, at thirty it is not.
    [Theory]
    [InlineData("ولد الشيخ سليمان بن راشد الكندي سنة 1250 هـ. وفي سنة 1255 هـ ولّاه الإمام قضاء صحار.", true)]
    [InlineData("ولد الشيخ سليمان بن راشد الكندي سنة 1250 هـ. وفي سنة 1285 هـ ولّاه الإمام قضاء صحار.", false)]
    [InlineData("ولد عز الدين أيبك الحموي سنة 600 هـ. وفي سنة 604 هـ ولّاه نجم الدين أيوب الحسبة بالقاهرة.", true)]
    [InlineData("ولد عز الدين أيبك الحموي سنة 600 هـ. وفي سنة 634 هـ ولّاه نجم الدين أيوب الحسبة بالقاهرة.", false)]
    public void AnAppointeeAsTheObjectPronoun(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // A bare "ولا" (and not) is no appointment, and no act is read from it.
    [Fact]
    public void AndNotIsNoAppointment()
    {
        var doc = ClaimExtractorTests.Run("ولد الشيخ ناصر بن خميس سنة 1900، ولم يكن له مال ولا جاه في قريته سنة 1903.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "office");
    }

    // Acts of the living after the death: a stage, a march with an army, a building, an operation; the same frames before the death
    // are silent.
    [Theory]
    [InlineData("توفي المطرب عبده الصفتي سنة 1950. وفي سنة 1953 وقف عبده الصفتي على خشبة مسرح الأوبرا.", true)]
    [InlineData("توفي المطرب عبده الصفتي سنة 1950. وفي سنة 1943 وقف عبده الصفتي على خشبة مسرح الأوبرا.", false)]
    [InlineData("ومات الأمير قراجا الناصري سنة 640 هـ. وفي سنة 646 هـ سار قراجا الناصري بعسكره إلى حماة.", true)]
    [InlineData("ومات الأمير قراجا الناصري سنة 640 هـ. وفي سنة 636 هـ سار قراجا الناصري بعسكره إلى حماة.", false)]
    [InlineData("توفي الطبيب نجيب الحداد سنة 1920. وفي سنة 1926 أجرى نجيب الحداد عملية جراحية لأحد أعيان البلدة.", true)]
    [InlineData("توفي الطبيب نجيب الحداد سنة 1920. وفي سنة 1916 أجرى نجيب الحداد عملية جراحية لأحد أعيان البلدة.", false)]
    [InlineData("توفي الأمير سيف الدين قوصون سنة 742 هـ. وفي سنة 745 هـ بنى قوصون جامعا بالقاهرة.", true)]
    [InlineData("توفي الأمير سيف الدين قوصون سنة 742 هـ. وفي سنة 730 هـ بنى قوصون جامعا بالقاهرة.", false)]
    public void AnActOfTheLivingAfterDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // A work done by a named pupil after the master's death is the pupil's act, not the master's.
    [Fact]
    public void APupilsActAfterTheMastersDeath()
        => Assert.Empty(Flags("توفي الجراح حسن الصباغ عام 1930. وبعد عامين أجرى تلميذه أول عملية من هذا النوع في المستشفى.", "lifespan"));

    // The passive "بُني المسجد سنة …" is the building's date, no one's act: nothing is read as the topic's act.
    [Fact]
    public void APassiveBuildingIsNoAct()
        => Assert.Empty(Flags("توفي الشيخ عبد الله الصابوني سنة 1900. وبني المسجد الكبير في البلدة سنة 1910.", "lifespan"));

    // A design is an adult's work: a bridge designed at six is flagged, at thirty-one it is not.
    [Theory]
    [InlineData("ولد المهندس فؤاد الشامي سنة 1890، وصمم الجسر الحديدي على نهر العاصي سنة 1896.", true)]
    [InlineData("ولد المهندس فؤاد الشامي سنة 1890، وصمم الجسر الحديدي على نهر العاصي سنة 1921.", false)]
    public void ADesignAge(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Maghrebi "ولّى" is "became": an imam at six is flagged, at forty it is not; Maghrebi "تولد" is a birth.
    [Theory]
    [InlineData("المتصل: الحاج الطاهر البجاوي تولد عام 1920. وفي 1926 ولّى إمام في جامع القرية.", true)]
    [InlineData("المتصل: الحاج الطاهر البجاوي تولد عام 1920. وفي 1960 ولّى إمام في جامع القرية.", false)]
    public void MaghrebiBirthAndBecoming(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // A lifespan in parentheses after a description or a title of the name is the name's: a life of 135 years is flagged, a life of
    // 75 is read and silent.
    [Theory]
    [InlineData("رشيد العطار، صيدلي سوري (1840–1975)، افتتح أول صيدلية في حمص.", true)]
    [InlineData("رشيد العطار، صيدلي سوري (1880–1955)، افتتح أول صيدلية في حمص.", false)]
    [InlineData("حسن رفعت باشا (1820–1955): مهندس مصري شق الترع في الدلتا.", true)]
    [InlineData("حسن رفعت باشا (1820–1895): مهندس مصري شق الترع في الدلتا.", false)]
    public void ALifespanAfterADescription(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Years after an office in the description are a term, not a life: nothing is read as a birth.
    [Fact]
    public void ATermAfterAnOfficeIsNoLife()
    {
        var doc = ClaimExtractorTests.Run("عادل النقيب، وزير المعارف (1952–1954)، أصدر قانون التعليم الإلزامي.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthDate);
    }
}
