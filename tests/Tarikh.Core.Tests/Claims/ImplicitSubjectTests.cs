using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Claims whose subject the clause does not name (issue 12a, round 10): the document index decides who a possessive, an epithet, a
/// reporting relative or a dropped subject points to, with its evidence and a lower confidence (flags at most <c>warning</c>).
/// Each shape both ways: the claim goes to the person, and a relative's own value or a hedge stays with its owner.
/// </summary>
public class ImplicitSubjectTests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static int ClusterOf(AnalyzedDocument doc, string name)
        => (doc.Entities.FirstOrDefault(e => e.Text == name) ?? throw new Xunit.Sdk.XunitException($"no mention '{name}'")).Cluster;

    private static IEnumerable<Claim> Births(AnalyzedDocument doc, int who)
        => doc.Claims.Where(c => c.Subject == who && c.Property == ClaimProperties.BirthDate);

    [Fact]
    public void PossessiveBirthNounGoesToThePersonNamedBefore()
    {
        var doc = Run("كتب المؤرخ سامي القاسم كتبًا كثيرة عن تاريخ الشام. أما مولده فكان في حلب عام 1901.");
        var who = ClusterOf(doc, "سامي القاسم");
        var birth = Assert.Single(Births(doc, who));
        Assert.Equal(1901, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(ImplicitSubjectEvidence.Possessive, birth.Attribution);
        Assert.InRange(birth.Confidence, 0.75, DocumentIndex.TiedImplicitConfidence);
    }

    [Fact]
    public void NamedSubjectCarriesNoAttribution()
    {
        var doc = Run("ولد المؤرخ سامي القاسم في حلب عام 1901.");
        var birth = Assert.Single(Births(doc, ClusterOf(doc, "سامي القاسم")));
        Assert.Null(birth.Attribution);
    }

    [Fact]
    public void EpithetTakenForANameIsTheTopicPerson()
    {
        var doc = Run("كرّمت الجمعية الأدبية الشاعرة هدى السالم، المولودة عام 1951. وقد ولدت المكرَّمة في إربد سنة 1958.");
        var who = ClusterOf(doc, "هدى السالم");
        Assert.Equal(2, Births(doc, who).Count());
        var flag = Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void EpithetWithTheSameYearRaisesNothing()
    {
        var doc = Run("كرّمت الجمعية الأدبية الشاعرة هدى السالم، المولودة عام 1951. وقد ولدت المكرَّمة في إربد سنة 1951.");
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void ReportingNephewSpeaksOfTheTopicPerson()
    {
        var doc = Run("توفي الطبيب نزار العلي في عمّان سنة 2001. قال ابن أخيه: كان مولد عمي في السلط سنة 1930.");
        var birth = Assert.Single(Births(doc, ClusterOf(doc, "نزار العلي")));
        Assert.Equal(1930, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(ImplicitSubjectEvidence.ReportingRelative, birth.Attribution);
    }

    [Fact]
    public void ARelativesBirthStaysWithTheUnnamedRelative()
    {
        // The son is named after; the father of "نجل التاجر الراحل" is nobody named: 1920 is not the son's birth.
        var doc = Run("قال نجل التاجر الراحل إن والده ولد في حماة عام 1920. والنجل، خالد الحلبي، من مواليد 1950.");
        var births = Births(doc, ClusterOf(doc, "خالد الحلبي")).ToList();
        Assert.DoesNotContain(births, c => c.Value.Date!.Value.Start.Year == 1920);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void ReporterWhosePersonIsNamedOnlyAfterIsNoTopicLink()
    {
        var doc = Run("قال نجله إن والده ولد في الموصل سنة 1925. وأضاف الابن، الطبيب سمير النعيمي المولود عام 1955، أنه ورث عنه مكتبته.");
        Assert.DoesNotContain(Births(doc, ClusterOf(doc, "سمير النعيمي")), c => c.Value.Date!.Value.Start.Year == 1925);
    }

    [Fact]
    public void DroppedSubjectBeforeTheNameConflictsAsAWarning()
    {
        var doc = Run("وُلد في طنطا عام 1920 ودرس فيها الخط. ومن أشهر قصائد الشاعر حسن الدسوقي، المولود سنة 1925، قصيدة «النيل».");
        var flag = Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void DroppedSubjectBeforeTheNameWithTheSameYearRaisesNothing()
    {
        var doc = Run("وُلد في طنطا عام 1920 ودرس فيها الخط. ومن أشهر قصائد الشاعر حسن الدسوقي، المولود سنة 1920، قصيدة «النيل».");
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void HedgedPossessiveStaysAHedge()
    {
        var doc = Run("ولد الشاعر فارس العمر في حمص سنة 1910. وقيل إن مولده كان سنة 1912.");
        var flag = Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.Equal(Severity.Info, flag.Severity);
    }

    [Fact]
    public void BirthplaceNounWithAHeadNoun()
    {
        var doc = Run("ولد الشاعر سالم الدوري في الموصل عام 1940. ومسقط رأسه مدينة كركوك، حيث قضى طفولته.");
        var who = ClusterOf(doc, "سالم الدوري");
        var places = doc.Claims.Where(c => c.Subject == who && c.Property == ClaimProperties.BirthPlace).ToList();
        Assert.Contains(places, c => c.Attribution == ImplicitSubjectEvidence.Possessive);
        Assert.Single(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void IndexTopicSkipsEpithetClusters()
    {
        var doc = Run("كرّمت الجمعية الأدبية الشاعرة هدى السالم. وقد ولدت المكرَّمة في إربد سنة 1951.");
        var index = DocumentIndex.For(doc);
        var who = ClusterOf(doc, "هدى السالم");
        Assert.Equal(who, index.TopicAt(1));
    }
    [Fact]
    public void PossessiveIsNotTheRelativesWhenTheOnlyNameIsARelative()
    {
        // Round 11: the unnamed "he" whose brother is named is the document's anonymous subject; the death is his, never the brother's.
        var doc = Run("كان أخوه الأكبر أحمد الخطيب تاجرًا في حماة. وكانت وفاته في دمشق عام 1950.");
        var brother = ClusterOf(doc, "أحمد الخطيب");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && c.Subject == brother);
        Assert.All(doc.Claims.Where(c => c.Property == ClaimProperties.DeathDate), c => Assert.Equal(DocumentIndex.AnonymousSubject, c.Subject));
    }

    [Fact]
    public void MasculinePossessivePassesOverADaughterNamedBetween()
    {
        var doc = Run("كان الطبيب منير الحداد رائدًا في الجراحة. وُلدت ابنته سلوى الحداد عام 1950. وكانت وفاته في بيروت عام 1981.");
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate);
        Assert.Equal(ClusterOf(doc, "منير الحداد"), death.Subject);
        Assert.Equal(ImplicitSubjectEvidence.Possessive, death.Attribution);
    }
}
