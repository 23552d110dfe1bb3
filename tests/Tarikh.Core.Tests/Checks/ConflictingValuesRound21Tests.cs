using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 21 (issue 21c): values given by a possessive noun heading its clause ("ومولده بدمشق"، "يوم رحيله عام …"،
/// "وكان استشهاده في …"), in a source's note after a colon ("وفي هامش الدفتر: مولده …"), a resumptive "بها" after the noun, a prayer
/// for the dead before the verb ("وكان رحمه الله قد ولد"), and burial places (P119) with the reburial exception. Sentences written for
/// these tests, both ways.
/// </summary>
public class ConflictingValuesRound21Tests
{
    private static IEnumerable<Flag> Conflicts(string text) => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void DeathNounOnTheDayOfTheDeathGivesASecondYear()
        => Assert.NotEmpty(Conflicts("ولد الملحن سامي الكبيسي في الموصل سنة 1931 وتوفي في آذار 1998. وقد رثاه زملاؤه يوم رحيله عام 1996."));

    [Fact]
    public void DeathNounOnTheDayOfTheDeathThatAgreesIsSilent()
        => Assert.Empty(Conflicts("ولد الملحن سامي الكبيسي في الموصل سنة 1931 وتوفي في آذار 1998. وقد رثاه زملاؤه يوم رحيله عام 1998."));

    [Fact]
    public void AnniversaryOfTheDeathIsNoDeathDate()
        => Assert.Empty(Conflicts("توفي الملحن سامي الكبيسي في آذار 1998. وأقامت نقابة الفنانين حفلاً في ذكرى رحيله عام 2008."));

    [Fact]
    public void BirthNounHeadingItsClauseAgainstTheVerbsPlace()
        => Assert.NotEmpty(Conflicts("وفيها توفي الخطيب شمس الدين ابن النقاش، ومولده بحمص سنة عشر وسبعمائة. وكان رحمه الله قد ولد بحماة ونشأ بدمشق."));

    [Fact]
    public void BirthNounAndVerbOfOnePlaceAreSilent()
        => Assert.Empty(Conflicts("وفيها توفي الخطيب شمس الدين ابن النقاش، ومولده بحمص سنة عشر وسبعمائة. وكان رحمه الله قد ولد بحمص ونشأ بدمشق."));

    [Fact]
    public void PrayerBeforeTheVerbIsNoUntaggedSubject()
    {
        var doc = ClaimExtractorTests.Run("توفي الخطيب شمس الدين ابن النقاش سنة ثلاث وستين وسبعمائة. وكان رحمه الله قد ولد بحماة.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Value.Text == "حماة");
    }

    [Fact]
    public void MarginNoteAfterAColonGivesASecondBirthDate()
        => Assert.NotEmpty(Conflicts("سُجّل زواج جرجس الخوري في كنيسة مار الياس في سان باولو، وقد ولد في 12 آب 1911. وفي هامش الدفتر: مولده في 12 آب 1913."));

    [Fact]
    public void MarginNoteThatAgreesIsSilent()
        => Assert.Empty(Conflicts("سُجّل زواج جرجس الخوري في كنيسة مار الياس في سان باولو، وقد ولد في 12 آب 1911. وفي هامش الدفتر: مولده في 12 آب 1911."));

    [Fact]
    public void MarginNoteIsReported()
    {
        var doc = ClaimExtractorTests.Run("ولد جرجس الخوري في زحلة سنة 1911. وفي هامش الدفتر: ميلاده في بيروت.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Modality == ClaimModality.Reported);
    }

    [Fact]
    public void ResumptivePlaceAfterTheNounIsTheTownNamedBefore()
        => Assert.NotEmpty(Conflicts("يحيى بن عمر القرطبي: أصله من قرطبة ومولده بها سنة عشر وأربعمائة. ونشأ بإشبيلية، وكان مولده بها وبها سمع."));

    [Fact]
    public void ResumptivePlaceOfOneTownIsSilent()
        => Assert.Empty(Conflicts("يحيى بن عمر القرطبي: أصله من قرطبة ومولده بها سنة عشر وأربعمائة. ونشأ بإشبيلية وبها سمع من شيوخها."));

    [Fact]
    public void MartyrdomNounGivesASecondDeathDate()
        => Assert.NotEmpty(Conflicts("المجاهد العربي بن مهيدي: استشهد في 4 مارس 1957 بالجزائر العاصمة. وكان استشهاده في 4 مارس 1959 في المعتقل نفسه."));

    [Fact]
    public void TwoBurialPlacesConflict()
    {
        var flag = Assert.Single(Conflicts("توفيت مريم حداد في سيدني سنة 1952 ودفنت في مقبرتها. وجاء في سجل المقبرة أنها دفنت في بريزبن."));
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void BurialInTheSameTownIsSilent()
        => Assert.Empty(Conflicts("توفيت مريم حداد في سيدني سنة 1952 ودفنت في مقبرتها. وجاء في سجل المقبرة أنها دفنت في سيدني."));

    [Fact]
    public void ReburialIsNoConflict()
        => Assert.Empty(Conflicts("توفي الشاعر خليل مطران في القاهرة سنة 1949 ودفن بها. ثم نقل رفاته إلى بعلبك بعد سنوات ودفن فيها."));

    [Fact]
    public void BurialPlaceIsP119()
    {
        var doc = ClaimExtractorTests.Run("توفي الشيخ عبد الله السالم في الكويت سنة 1965 ودفن في مقبرة الصليبخات.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BurialPlace && c.Value.Text == "مقبرة الصليبخات");
        var doc2 = ClaimExtractorTests.Run("توفي الشيخ عبد الله السالم سنة 1965 في لندن ودفن في الكويت.");
        Assert.Contains(doc2.Claims, c => c.Property == ClaimProperties.BurialPlace && c.Value.Text == "الكويت");
    }

    [Fact]
    public void DeathPlaceAndBurialPlaceAreNotCompared()
        => Assert.Empty(Conflicts("توفي الشيخ عبد الله السالم سنة 1965 في لندن ودفن في الكويت."));

    [Fact]
    public void NamesakeSetApartByAlAkharIsNotASecondValue()
        => Assert.Empty(Conflicts("دفن الشيخ عبد القادر الجزائري في دمشق. أما عبد القادر الجزائري الآخر، شاعر القرن العشرين، فدفن في وهران."));

    [Fact]
    public void SameNameWithoutAlAkharStillConflicts()
        => Assert.NotEmpty(Conflicts("توفي الشيخ عبد القادر الحسني سنة 1921 ودفن في دمشق. وجاء في سجل الأسرة أن عبد القادر الحسني دفن في وهران."));
}
