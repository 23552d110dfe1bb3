using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 16 (issue 12b): whose value it is (the narrator's, his relative's, a kinship-introduced relative joined to
/// the subject by the family name) and when two values are one fact's (a reported complement "ذكر أنه ولد"، a value reported from a
/// source, a day restated "من السنة نفسها"). Both ways, with sentences written for these tests.
/// </summary>
public class ConflictingValuesRound16Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static IEnumerable<Flag> Conflicts(AnalyzedDocument doc) => doc.Flags.Where(f => f.Rule == "conflicting-values");

    private static int Births(AnalyzedDocument doc) => doc.Claims.Count(c => c.Property == ClaimProperties.BirthDate);

    [Fact]
    public void ReportedComplementPronounIsTheSubject()
    {
        var doc = Run("وُلد المؤرخ سليم الخوري سنة 1860 في زحلة. وقد ذكر في أول كتابه أنه ولد سنة 1864.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void ReportedComplementWithTheSameYearIsSilent()
    {
        var doc = Run("وُلد المؤرخ سليم الخوري سنة 1860 في زحلة. وقد ذكر في أول كتابه أنه ولد سنة 1860.");
        Assert.Equal(2, Births(doc));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void ValueReportedFromSourcesIsAWarning()
    {
        var doc = Run("توفي الشاعر حامد العطار سنة 1310 هـ. وتذكر المصادر أن وفاة العطار كانت سنة 1316 هـ.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void HedgedValueStaysInfo()
    {
        var doc = Run("ولد زيد الحلبي سنة 1870، وقيل إنه ولد سنة 1872.");
        Assert.All(Conflicts(doc), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void DayRestatedInTheSameYearWithAnotherMonthFires()
    {
        var doc = Run("توفي القاضي نجيب الصفدي في صيدا يوم 3 مارس 1911. وقد رثاه الشعراء بعد وفاته في 18 يناير من السنة نفسها.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void DayRestatedInTheSameYearOneDayApartIsSilent()
    {
        var doc = Run("توفي القاضي نجيب الصفدي يوم 31 مارس 1911. وشيّعه الناس بعد وفاته في 1 أبريل من السنة نفسها.");
        Assert.Equal(2, doc.Claims.Count(c => c.Property == ClaimProperties.DeathDate));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void NarratorsBirthAfterHisPronounIsNotHisMothers()
    {
        var doc = Run("كانت أمي قد ولدت سنة 1928، وأنا ولدت سنة 1950 في البيت نفسه.");
        Assert.Equal(2, Births(doc));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void NarratorsAndHisBrothersBirthsAreNotTheYoungestBrothers()
    {
        var doc = Run("الضيف: أخوي الكبير فهد مواليد 1966، وأنا مواليد 1969، وأصغرنا عبدالعزيز مواليد 1975.");
        Assert.Equal(3, Births(doc));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void DaughterNamedAfterKinshipWordIsNotHerMother()
    {
        var doc = Run("ولدت الممثلة هدى الشامي سنة 1950، وسافرت مع ابنتها ريم عادل-الشامي، المولودة سنة 1975، إلى لندن.");
        Assert.Equal(2, Births(doc));
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void TwoPlainBirthYearsOfOnePersonStillFire()
    {
        var doc = Run("ولد الشاعر عادل الشامي سنة 1950 في حمص. وفي سنة 1957 ولد عادل الشامي في حمص.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }
}
