using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// An emphatic subject pronoun set against the person named before it (round 15, issue 12): "أما هو فولد …"، "وكان هو قد ولد …" is the
/// text's subject, never the person the sentence named last before the pronoun. Both ways: the birth goes to the subject, and a
/// pronoun with nobody set against it, or a circumstantial "وهو" after the verb, changes nothing.
/// </summary>
public class EmphaticPronounTests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static int ClusterOf(AnalyzedDocument doc, string name)
        => (doc.Entities.FirstOrDefault(e => e.Text == name) ?? doc.Entities.FirstOrDefault(e => e.Text.Contains(name, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no mention '{name}'")).Cluster;

    private static IEnumerable<Claim> Births(AnalyzedDocument doc, int who)
        => doc.Claims.Where(c => c.Subject == who && c.Property == ClaimProperties.BirthDate);

    [Fact]
    public void ContrastedPronounIsNotTheBrotherNamedBefore()
    {
        var doc = Run("هو الأخ الأكبر للشاعر سامي الحلبي المولود سنة 1930، أما هو فولد سنة 1934 في حلب. وله كتب كثيرة.");
        var sami = ClusterOf(doc, "سامي الحلبي");
        Assert.DoesNotContain(Births(doc, sami), c => (c.Value.Text ?? "").Contains("1934", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void ContrastedPronounIsTheTopicPersonNamedFirst()
    {
        var doc = Run("كان كريم الحداد أخًا أكبر لفريد الحداد المولود سنة 1925، أما هو فولد سنة 1921 في بيروت.");
        var karim = ClusterOf(doc, "كريم الحداد");
        var birth = Assert.Single(Births(doc, karim), c => (c.Value.Text ?? "").Contains("1921", StringComparison.Ordinal));
        Assert.Equal(ImplicitSubjectEvidence.EmphaticPronoun, birth.Attribution);
        Assert.InRange(birth.Confidence, 0, DocumentIndex.TiedImplicitConfidence);
        Assert.DoesNotContain(Births(doc, ClusterOf(doc, "فريد الحداد")), c => (c.Value.Text ?? "").Contains("1921", StringComparison.Ordinal));
    }

    [Fact]
    public void AuxiliaryPronounInUnnamedTextIsItsAnonymousSubject()
    {
        var doc = Run("تتلمذ على أخيه الأكبر الشيخ عبد القادر المولود سنة 1250 هـ، وكان هو قد ولد سنة 1246 هـ. رحمه الله.");
        var birth = Assert.Single(Births(doc, DocumentIndex.AnonymousSubject));
        Assert.Contains("1246", birth.Value.Text ?? "", StringComparison.Ordinal);
        Assert.Equal(ImplicitSubjectEvidence.EmphaticPronoun, birth.Attribution);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void PronounNeverTakesTheWomanNamedBefore()
    {
        var doc = Run("ولدت الكاتبة سلمى الحداد سنة 1925 في بيروت، أما هو فولد سنة 1921 في صيدا.");
        var salma = ClusterOf(doc, "سلمى الحداد");
        Assert.DoesNotContain(Births(doc, salma), c => (c.Value.Text ?? "").Contains("1921", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
    }

    [Fact]
    public void CircumstantialPronounAfterTheVerbChangesNothing()
    {
        var doc = Run("ولد الشاعر سامي الحلبي سنة 1930 في حلب، وتوفي سنة 1990 وهو في الستين من عمره.");
        var sami = ClusterOf(doc, "سامي الحلبي");
        Assert.Contains(Births(doc, sami), c => (c.Value.Text ?? "").Contains("1930", StringComparison.Ordinal));
        Assert.Contains(doc.Claims, c => c.Subject == sami && c.Property == ClaimProperties.DeathDate && c.Attribution != ImplicitSubjectEvidence.EmphaticPronoun);
    }

    [Fact]
    public void IndexFindsThePronounOnlyWithItsOpener()
    {
        var withOpener = Run("ذكر المؤرخون أخاه سليمًا، أما هو فولد سنة 1900.");
        var index = DocumentIndex.For(withOpener);
        var trigger = Array.FindIndex(index.Tokens.ToArray(), t => t.Norm.EndsWith("ولد", StringComparison.Ordinal));
        Assert.True(index.EmphaticPronounAt(trigger) >= 0);

        var bare = Run("قال المؤرخون إن هو ولد سنة 1900.");
        var bareIndex = DocumentIndex.For(bare);
        var bareTrigger = Array.FindIndex(bareIndex.Tokens.ToArray(), t => t.Norm.EndsWith("ولد", StringComparison.Ordinal));
        Assert.Equal(-1, bareIndex.EmphaticPronounAt(bareTrigger));
    }
}
