using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 17 (issue 12b): a second value written through the register's "المومى إليه"، a title or an epithet
/// before "من مواليد"/"مولود"; a birth verb after a relative's kinship word; two accounts weighed in one sentence; a compound name
/// the tagger split at its hyphen; a date set off right after "عام وفاته". Both ways, with sentences written for these tests.
/// </summary>
public class ConflictingValuesRound17Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static IEnumerable<Flag> Conflicts(AnalyzedDocument doc) => doc.Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void RegisterEpithetBornInPlaceConflicts()
    {
        var doc = Run("ولد الشيخ سعيد الدجاني في حلب سنة 1280 هـ. والمومى إليه من مواليد حمص، ودرس في دمشق.");
        var place = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Source == ClaimSources.BornIn);
        Assert.Equal(ImplicitSubjectEvidence.Epithet, place.Attribution);
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void RegisterEpithetWithTheSamePlaceIsSilent()
    {
        var doc = Run("ولد الشيخ سعيد الدجاني في حلب سنة 1280 هـ. والمومى إليه من مواليد حلب، ودرس في دمشق.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void TitleBeforeBornInIsNotTheFatherNamedBefore()
    {
        var doc = Run("حضر النائب فؤاد الصايغ جلسة تأبين والده جرجس الصايغ المولود سنة 1870، مع أن النائب من مواليد سنة 1902.");
        var father = doc.Entities.First(e => e.Text == "جرجس الصايغ").Cluster;
        Assert.DoesNotContain(doc.Claims, c => c.Subject == father && c.Property == ClaimProperties.BirthDate && (c.Value.Text ?? "").Contains("1902", StringComparison.Ordinal));
        var son = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.BirthDate && (c.Value.Text ?? "").Contains("1902", StringComparison.Ordinal));
        Assert.Equal(ImplicitSubjectEvidence.TitleAnaphor, son.Attribution);
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void PredicateParticipleGivesASecondBirthplace()
    {
        var doc = Run("انتخب النائب خليل الحداد عضوا في اللجنة، وهو من مواليد سنة 1920 في بيروت. وقال الرئيس إن النائب المذكور مولود في دمشق.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void PredicateParticipleWithTheSamePlaceIsSilent()
    {
        var doc = Run("انتخب النائب خليل الحداد عضوا في اللجنة، وهو من مواليد سنة 1920 في بيروت. وقال الرئيس إن النائب المذكور مولود في بيروت.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void BirthVerbAfterKinWordsIsTheRelatives()
    {
        var doc = Run("ولد الأمير حسن بن علي سنة 1320 وكان أبوه قد ولد سنة 1290، وأخوه يحيى أصغر منه ولد سنة 1325.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void SecondBirthVerbWithoutKinWordStillConflicts()
    {
        var doc = Run("ولد الأمير حسن بن علي سنة 1320 في صنعاء. وتوفي سنة 1380، وكان قد ولد سنة 1316 في ذمار.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning && f.MessageEn.Contains("birth date", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoAccountsWeighedInOneSentenceAreInfo()
    {
        var doc = Run("نجلاء عبد الرحمن (1941–2010) شاعرة سورية، ولدت في 5/3/1942 بحسب سجل النفوس، أما سنة 1941 فرواية أسرتها.");
        Assert.NotEmpty(Conflicts(doc));
        Assert.All(Conflicts(doc), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void SecondDateWithoutAnAccountWordStaysAnError()
    {
        var doc = Run("نجلاء عبد الرحمن (1941–2010) شاعرة سورية، ولدت في 5/3/1942 في حمص ودرست في دمشق.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void HyphenSplitNameIsOnePersonAndDateAfterTriggerIsItsOwn()
    {
        var doc = Run("سيرغي ميخائيلوفيتش-أورلوف (1840–1901) مهندس روسي. وفي عام وفاته، 1903، افتتح جسره الكبير.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void HyphenSplitNameWithTheSameYearIsSilent()
    {
        var doc = Run("سيرغي ميخائيلوفيتش-أورلوف (1840–1901) مهندس روسي. وفي عام وفاته، 1901، افتتح جسره الكبير.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void ReportingSonsFatherStillConflicts()
    {
        var doc = Run("نعت النادي لاعبه السابق عثمان الفكي، وهو من مواليد عام 1948. ويقول ابنه إن أباه وُلد عام 1951 في أم درمان.");
        Assert.NotEmpty(Conflicts(doc));
    }
}
