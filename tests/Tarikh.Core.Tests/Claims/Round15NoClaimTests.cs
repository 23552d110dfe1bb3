using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 15 (issue-13k): facts the text states that the claims layer made nothing of — an execution's death, a second birth or
/// death participle coordinated after the first, an office held over a range in an elliptic clause. Both ways, through the
/// whole pipeline, on sentences written for these tests.
/// </summary>
public class Round15NoClaimTests
{
    private static IEnumerable<(string? Who, int Year)> Years(string text, string property)
    {
        var doc = ClaimExtractorTests.Run(text);
        var index = DocumentIndex.Build(doc);
        return doc.Claims.Where(c => c.Property == property && c.Value.Date is not null)
            .Select(c => (index.Cluster(c.Subject)?.Name, c.Value.Date!.Value.Start.Year)).ToList();
    }

    private static List<(string? Who, Claim Claim)> Offices(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        var index = DocumentIndex.Build(doc);
        return [.. doc.Claims.Where(c => c.Source == ElidedOfficeClaims.Source).Select(c => (index.Cluster(c.Subject)?.Name, c))];
    }

    // ---------- an execution is the death of the one put to death ----------

    [Theory]
    [InlineData("وُلد الضابط كريم العبيدي في الموصل سنة 1910. وأُعدم كريم العبيدي في البصرة سنة 1958 بعد محاكمة قصيرة.")]
    [InlineData("وُلد الثائر سليم الكردي في حلب سنة 1890. واغتيل سليم الكردي في دمشق سنة 1925.")]
    public void AnExecutionDatesTheDeath(string text)
        => Assert.Contains(Years(text, ClaimProperties.DeathDate), y => y.Year is 1958 or 1925);

    [Theory]
    [InlineData("وُلد الضابط كريم العبيدي في الموصل سنة 1910. وحُكم على كريم العبيدي بالإعدام سنة 1958 ثم أُفرج عنه سنة 1960.")]
    [InlineData("وُلد الوالي سليم الكردي في حلب سنة 1890. وفي سنة 1925 أعدمه الثوار في دمشق بعد حصار طويل.")]
    [InlineData("وُلد الثائر سليم الكردي في حلب سنة 1890. ونجا سليم الكردي من محاولة اغتيال في دمشق سنة 1925.")]
    public void ASentenceOrAnAttemptDatesNoDeath(string text)
        => Assert.DoesNotContain(Years(text, ClaimProperties.DeathDate), y => y.Year is 1958 or 1925);

    // ---------- "المولود في … سنة … والمتوفى في … سنة …" ----------

    [Fact]
    public void ACoordinatedDeathParticipleHasItsOwnDate()
    {
        const string text = "درس الطبيب نادر الخوري في بيروت، وتتلمذ على الفقيه سليم الكردي المولود في الموصل سنة 1850 والمتوفى في حلب سنة 1921.";
        Assert.DoesNotContain(Years(text, ClaimProperties.BirthDate), y => y.Year == 1921);
        Assert.Contains(Years(text, ClaimProperties.DeathDate), y => y.Year == 1921 && y.Who == "سليم الكردي");
    }

    [Fact]
    public void ALoneBirthParticipleDatesNoDeath()
    {
        const string text = "درس الطبيب نادر الخوري في بيروت، وتتلمذ على الفقيه سليم الكردي المولود في الموصل سنة 1850.";
        Assert.Contains(Years(text, ClaimProperties.BirthDate), y => y.Year == 1850 && y.Who == "سليم الكردي");
        Assert.DoesNotContain(Years(text, ClaimProperties.DeathDate), y => y.Who == "سليم الكردي");
    }

    // ---------- an office held over a range in an elliptic clause ----------

    [Fact]
    public void AnEllipticOfficeRangeIsAPositionHeldWithBothEnds()
    {
        var offices = Offices("وُلد السياسي فريد الشامي في دمشق سنة 1905. وكان فريد الشامي نائباً في البرلمان من 1943 إلى 1949، ثم رئيساً للوزراء من 1951 إلى 1954.");
        var prime = Assert.Single(offices, o => o.Claim.Start?.Date?.Start.Year == 1951);
        Assert.Equal("فريد الشامي", prime.Who);
        Assert.Equal(1954, prime.Claim.End?.Date?.Start.Year);
        Assert.StartsWith("رئيساً", prime.Claim.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOfficeInARelativeClauseIsItsAntecedents()
    {
        var offices = Offices("وُلد الكاتب نادر الخوري في بيروت سنة 1920، وأبوه سليم الخوري المولود في زحلة سنة 1885، الذي صار حاكماً للبنان من 1936 إلى 1939.");
        var office = Assert.Single(offices);
        Assert.Equal("سليم الخوري", office.Who);
    }

    [Theory]
    [InlineData("وُلد السياسي فريد الشامي في دمشق سنة 1905. وعيّنه الملك فيصل وزيراً من 1921 إلى 1925.")]
    [InlineData("وُلد السياسي فريد الشامي في دمشق سنة 1905. وعاش فريد الشامي في باريس من 1921 إلى 1925.")]
    [InlineData("تولى رئاسة الوزراء سامي الحداد (1921–1925) ثم خلفه فريد الشامي.")]
    [InlineData("وتعاقب على المنصب: فريد الشامي من 1921 إلى 1925، ثم الطبيب سامي الحداد من 1926 إلى 1930.")]
    public void NoElidedOfficeWithoutAnOfficeOrWithAnotherHolder(string text)
        => Assert.Empty(Offices(text));
}
