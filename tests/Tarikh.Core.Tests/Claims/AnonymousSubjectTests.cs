using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Who a claim is about when the text does not say it plainly (issue 12, round 11): the document's anonymous subject (a text that
/// never names its person), and a relative who reports or remembers ("وتقول ابنته إن أباها مات"، "في مذكرات ابنه أن مسقط رأس
/// أبيه"). Each shape both ways: the claim goes to the person, and a named person's text, a relative's own value or a hedge stays
/// with its owner.
/// </summary>
public class AnonymousSubjectTests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static int ClusterOf(AnalyzedDocument doc, string name)
        => (doc.Entities.FirstOrDefault(e => e.Text == name) ?? doc.Entities.FirstOrDefault(e => e.Text.Contains(name, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no mention '{name}'")).Cluster;

    private static IEnumerable<Claim> Of(AnalyzedDocument doc, int who, string property)
        => doc.Claims.Where(c => c.Subject == who && c.Property == property);

    [Fact]
    public void UnnamedTarjamaSubjectCarriesItsDeaths()
    {
        var doc = Run("توفي ببغداد في شوال سنة أربع وثلاثين وسبعمائة، ودفن بمقبرة الخيزران. وكانت وفاته سنة 739 هـ عن نيف وسبعين سنة.");
        var deaths = Of(doc, DocumentIndex.AnonymousSubject, ClaimProperties.DeathDate).ToList();
        Assert.True(deaths.Count >= 2, string.Join(" | ", doc.Claims));
        Assert.All(deaths, c => Assert.NotNull(c.Attribution));
        Assert.All(deaths, c => Assert.InRange(c.Confidence, 0, DocumentIndex.TiedImplicitConfidence));
        var flag = Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.Equal(Severity.Warning, flag.Severity);
        // No mention is invented for him.
        Assert.DoesNotContain(doc.Clusters, c => c.Id == DocumentIndex.AnonymousSubject);
    }

    [Fact]
    public void UnnamedTarjamaSubjectWithOneYearRaisesNothing()
    {
        var doc = Run("توفي ببغداد في شوال سنة تسع وثلاثين وسبعمائة، ودفن بمقبرة الخيزران. وكانت وفاته سنة 739 هـ عن نيف وسبعين سنة.");
        Assert.NotEmpty(Of(doc, DocumentIndex.AnonymousSubject, ClaimProperties.DeathDate));
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void NamedPersonIsNoAnonymousSubject()
    {
        var doc = Run("توفي المؤرخ سالم الحلبي ببغداد سنة 734 هـ. وكانت وفاته سنة 739 هـ.");
        Assert.False(DocumentIndex.For(doc).HasAnonymousSubject());
        Assert.DoesNotContain(doc.Claims, c => c.Subject == DocumentIndex.AnonymousSubject);
    }

    [Fact]
    public void DaughterReportsHerFathersDeathPlace()
    {
        var doc = Run("توفي المترجم فاسيلي بتروف في بطرسبورغ سنة 1881. وتقول ابنته في مذكراتها إن أباها مات في بيته بموسكو، ودفن هناك.");
        var who = ClusterOf(doc, "بتروف");
        var places = Of(doc, who, ClaimProperties.DeathPlace).ToList();
        Assert.Contains(places, c => c.Attribution == ImplicitSubjectEvidence.ReportingRelative);
        var flag = Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void DaughterSpeakingOfHerHusbandIsNotTheTopicPerson()
    {
        var doc = Run("توفي المترجم فاسيلي بتروف في بطرسبورغ سنة 1881. وتقول ابنته في مذكراتها إن زوجها مات في بيته بموسكو، ودفن هناك.");
        var who = ClusterOf(doc, "بتروف");
        Assert.DoesNotContain(Of(doc, who, ClaimProperties.DeathPlace), c => c.Attribution == ImplicitSubjectEvidence.ReportingRelative);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void SonsReportedBirthNounComesOut()
    {
        // The events stage finds no participant for "مولد والده": the index's reporting relative gives the claim its person.
        var doc = Run("نعت الأوساط الأدبية الكاتب سمير الحداد. قال نجله: كان مولد والده في حمص عام 1941.");
        var birth = Assert.Single(Of(doc, ClusterOf(doc, "سمير الحداد"), ClaimProperties.BirthDate));
        Assert.Equal(1941, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(ImplicitSubjectEvidence.ReportingRelative, birth.Attribution);
    }

    [Fact]
    public void SonsOwnBirthStaysHis()
    {
        var doc = Run("نعت الأوساط الأدبية الكاتب سمير الحداد. وقال نجله إنه وُلد عام 1970 في حمص.");
        Assert.DoesNotContain(Of(doc, ClusterOf(doc, "سمير الحداد"), ClaimProperties.BirthDate), c => c.Value.Date!.Value.Start.Year == 1970);
    }

    [Fact]
    public void PresentTenseReporterWithConjunction()
    {
        var doc = Run("نعت الأوساط الرياضية المدرب الطاهر بشير، وهو من مواليد عام 1956. ويقول ابنه إن أباه وُلد عام 1959 في أم درمان.");
        var who = ClusterOf(doc, "الطاهر بشير");
        Assert.Contains(Of(doc, who, ClaimProperties.BirthDate), c => c.Value.Date!.Value.Start.Year == 1959 && c.Attribution == ImplicitSubjectEvidence.ReportingRelative);
        Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void MemoirGivesTheFathersBirthplace()
    {
        var doc = Run("وُلد القاضي حسن العلي في بنغازي سنة 1925 ونشأ فيها. وفي مذكرات ابنه أن مسقط رأس أبيه مدينة مصراتة، ومنها انتقلت الأسرة.");
        var places = Of(doc, ClusterOf(doc, "حسن العلي"), ClaimProperties.BirthPlace).ToList();
        Assert.Contains(places, c => c.Attribution == ImplicitSubjectEvidence.ReportingRelative);
    }

    [Fact]
    public void FathersBirthplaceWithoutAReporterIsNotTheSubjects()
    {
        var doc = Run("وُلد القاضي حسن العلي في بنغازي سنة 1925 ونشأ فيها. ويذكر أن مسقط رأس أبيه مدينة مصراتة، ومنها انتقلت الأسرة.");
        Assert.DoesNotContain(Of(doc, ClusterOf(doc, "حسن العلي"), ClaimProperties.BirthPlace), c => c.Attribution is not null);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void AnswersPossessiveIsTheQuestionsPerson()
    {
        var doc = Run("س: متى تولى الأمير سالم الحكم؟ ج: سنة 1877 بعد عزل أبيه الأمير فيصل، وبقي فيه حتى وفاته في حلوان سنة 1892.");
        var asked = ClusterOf(doc, "سالم");
        var father = ClusterOf(doc, "فيصل");
        Assert.DoesNotContain(doc.Claims, c => c.Subject == father && c.Property is ClaimProperties.DeathDate or ClaimProperties.DeathPlace);
        Assert.Contains(doc.Claims, c => c.Subject == asked && c.Property == ClaimProperties.DeathPlace);
    }

    [Fact]
    public void FeminineVerbTakesTheWoman()
    {
        var doc = Run("ولدت الطبيبة سعاد المنصوري في صفاقس عام 1938. وتوفيت في تونس سنة 2001.");
        Assert.Contains(Of(doc, ClusterOf(doc, "سعاد المنصوري"), ClaimProperties.DeathDate), c => c.Value.Date!.Value.Start.Year == 2001);
    }

    [Fact]
    public void MasculineVerbIsNotTheWomans()
    {
        var doc = Run("ولدت الطبيبة سعاد المنصوري في صفاقس عام 1938. وتوفي في تونس سنة 2001.");
        Assert.DoesNotContain(Of(doc, ClusterOf(doc, "سعاد المنصوري"), ClaimProperties.DeathDate), c => c.Value.Date!.Value.Start.Year == 2001);
    }

    [Fact]
    public void ReportedMotherIsNoMan()
    {
        var doc = Run("نعت الأوساط الأدبية الكاتب سمير الحداد. وقال نجله إن والدته وُلدت عام 1945 في حمص.");
        Assert.DoesNotContain(Of(doc, ClusterOf(doc, "سمير الحداد"), ClaimProperties.BirthDate), c => c.Value.Date!.Value.Start.Year == 1945);
    }

    [Fact]
    public void HedgedReportStaysAHedge()
    {
        var doc = Run("نعت الأوساط الأدبية الكاتب سمير الحداد، وهو من مواليد عام 1941. وقيل إن أباه وُلد عام 1943، كما قال نجله.");
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values" && f.Severity != Severity.Info);
    }
}
