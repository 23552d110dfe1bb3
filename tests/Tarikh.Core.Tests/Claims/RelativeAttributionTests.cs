using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 12 (issue-12s): who a claim about a relative belongs to. A kinship word with a pronoun after a relative named in an
/// earlier sentence is the topic person's relative, as the clusterer reads it; a birth or a death after a kinship word is the
/// relative's own, never the subject's. Sentences written here, in phrasings none of the evaluation sets uses.
/// </summary>
public class RelativeAttributionTests
{
    private static string NameOf(Text.AnalyzedDocument doc, int cluster) => cluster >= 0 && cluster < doc.Clusters.Length ? doc.Clusters[cluster].Name : "";

    private static bool Is(Text.AnalyzedDocument doc, int cluster, string word) => NameOf(doc, cluster).Contains(word, StringComparison.Ordinal);

    [Theory]
    [InlineData("وُلد الشاعر نديم الخوري في زحلة سنة 1880. أبوه يوسف الخوري كان معلماً في مدرسة البلدة. وابنته الكبرى هند الخوري ولدت سنة 1910.", "نديم", "هند", ClaimProperties.Child)]
    [InlineData("وُلد المهندس رامي عازار في حيفا سنة 1912. أبوه جرجس عازار تاجر قطن. وأخته الكبرى نجوى عازار وُلدت سنة 1908.", "رامي", "نجوى", ClaimProperties.Sibling)]
    public void AKinWordAfterARelativeNamedEarlierIsTheTopicPersons(string text, string topic, string relative, string property)
    {
        var doc = ClaimExtractorTests.Run(text);
        var link = Assert.Single(doc.Claims, c => c.Property == property && c.Value.Cluster is { } v && Is(doc, v, relative));
        Assert.True(Is(doc, link.Subject, topic), NameOf(doc, link.Subject));
    }

    [Fact]
    public void APossessorWhoIsNoRelativeOfTheTopicKeepsTheChild()
    {
        // The publisher is nobody's relative: "وابنته" is his daughter, as the clusterer read it.
        var doc = ClaimExtractorTests.Run("وُلد الشاعر نديم الخوري في زحلة سنة 1880. وعمل في شبابه عند الناشر كامل عيسى في بيروت. وابنته الكبرى هند عيسى وُلدت سنة 1905.");
        var link = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.Child);
        Assert.True(Is(doc, link.Subject, "كامل"), NameOf(doc, link.Subject));
    }

    [Fact]
    public void ADeathAfterAKinWordAndANameIsTheRelatives()
    {
        var doc = ClaimExtractorTests.Run("وُلد الشاعر نديم الخوري في زحلة سنة 1880. أبوه يوسف الخوري كان معلماً في مدرسة البلدة. وجده إلياس الخوري، كاهن الرعية، توفي سنة 1871.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "نديم"));
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate);
        Assert.True(Is(doc, death.Subject, "إلياس"), NameOf(doc, death.Subject));
        Assert.True(death.Confidence < 0.85);
    }

    [Fact]
    public void ADeathAfterAnUnnamedRelativeIsNobodys()
    {
        var doc = ClaimExtractorTests.Run("وُلد المؤرخ فريد الأيوبي في دمشق سنة 1890، ودرس في الأزهر. وكانت أمه قد توفيت سنة 1905 في حمص.");
        Assert.DoesNotContain(doc.Claims, c => c.Property is ClaimProperties.DeathDate or ClaimProperties.DeathPlace);
    }

    [Fact]
    public void TheSubjectsOwnDeathWithNoKinWordStaysHis()
    {
        var doc = ClaimExtractorTests.Run("وُلد المؤرخ فريد الأيوبي في دمشق سنة 1890، ودرس في الأزهر. وتوفي سنة 1950 في حمص.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "فريد"));
    }
}
