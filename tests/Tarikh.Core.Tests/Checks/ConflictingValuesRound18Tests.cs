using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 18 (issue 12c): an age one year off its birth year stays silent (the reading of a birth year from an age
/// at a dated act gave a judge set a false flag and was removed in round 19); another person's name written before a birth
/// verb (with a rank word, or with a comma-delimited apposition); a relative or a family reporting through "أنه/أنها"; a relative's
/// report of a parent's "رحل"; a date after the subject's own apposition; a birthplace card's colon. Both ways, with sentences written
/// for these tests.
/// </summary>
public class ConflictingValuesRound18Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static IEnumerable<Flag> Conflicts(AnalyzedDocument doc) => doc.Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void AgeOneYearOffTheBirthYearIsSilent()
    {
        // Born 1931, 38 in 1970: a birthday not yet reached that year.
        var doc = Run("ولد المهندس سليم العكاري في صيدا سنة 1931. وقد انتخب رئيسا للبلدية سنة 1970 وهو في الثامنة والثلاثين من عمره.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void LunarAgeAtAHijriDateIsSilent()
    {
        // 700 to 770 AH is 70 lunar years, some 68 solar ones.
        var doc = Run("ولد الفقيه محمد بن يوسف الحلبي سنة 700 هـ. وولي قضاء حلب سنة 770 هـ وهو في السبعين من عمره.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void FathersBirthAfterAnApposedNameIsNotTheSonsSecondValue()
    {
        var doc = Run("رامي الشامي، لاعب الوسط، ولد سنة 1990، وأبوه نبيل الشامي، المدرب المعروف، ولد سنة 1962.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void SameSubjectAfterItsOwnAppositionStillConflicts()
    {
        var doc = Run("رامي الشامي، لاعب الوسط، ولد سنة 1990 في حمص. وتقول بطاقته في النادي إنه ولد سنة 1993.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void RankedSisterNamedBeforeHerVerbIsNotTheOthersValue()
    {
        var doc = Run("في الصورة أختان: الكبرى سعاد ولدت سنة 1921، والصغرى ليلى ولدت سنة 1925.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void DaughterReportingHerFatherThroughAnnahConflicts()
    {
        var doc = Run("توفي الخطاط العراقي هاشم البغدادي سنة 1973 في بغداد. وتروي ابنته أنه فارق الحياة سنة 1975 بعد مرض طويل.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void SonReportingThroughAnnahStaysOpen()
    {
        // "أنه" after a son may be the son himself.
        var doc = Run("توفي الخطاط العراقي هاشم البغدادي سنة 1973 في بغداد. وذكر ابنه أنه ولد سنة 1950 في الموصل.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void FamilyReportingAnotherBirthYearConflicts()
    {
        var doc = Run("نعت الأوساط الثقافية الكاتب سمير الحلبي المولود عام 1944. وذكرت أسرته أنه ولد عام 1947 في حمص.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void FamilyReportingTheSameBirthYearIsSilent()
    {
        var doc = Run("نعت الأوساط الثقافية الكاتب سمير الحلبي المولود عام 1944. وذكرت أسرته أنه ولد عام 1944 في حمص.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void SonReportingHisFathersDepartureIsHisDeath()
    {
        var doc = Run("توفي المقرئ الشيخ عبد الباسط الحلواني في حماة يوم 4 مارس 1988. ويذكر ابنه أن أباه رحل في 4 مارس 1991 قبل صلاة العصر.");
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate && (c.Value.Text ?? "").Contains("1991", StringComparison.Ordinal));
        Assert.Equal(ImplicitSubjectEvidence.ReportingRelative, death.Attribution);
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void SonReportingHisFathersJourneyIsNoDeath()
    {
        var doc = Run("توفي المقرئ الشيخ عبد الباسط الحلواني في حماة يوم 4 مارس 1988. ويذكر ابنه أن أباه رحل إلى القاهرة سنة 1950 لطلب القراءات.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && (c.Value.Text ?? "").Contains("1950", StringComparison.Ordinal));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void DateAfterTheSubjectsOwnAppositionIsTheVerbsOwn()
    {
        var doc = Run("توفي الشيخ أحمد بن عيسى الكتاني، مفتي مكناس، سنة 1302 هـ ودفن بضريح جده. وكانت وفاة الكتاني سنة 1307 هـ كما في الفهرس.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void DateAfterAnotherActIsStillInfo()
    {
        var doc = Run("توفي الشيخ أحمد بن عيسى الكتاني في مكناس، ونقل رفاته إلى فاس سنة 1320 هـ. وكانت وفاة الكتاني سنة 1307 هـ.");
        Assert.DoesNotContain(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void BirthplaceCardAfterAColonConflicts()
    {
        var doc = Run("الخطاط: يوسف آغا، ولد في بورصة سنة 1620. مسقط رأسه: أماسيا.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Value.Text == "أماسيا");
    }
}
