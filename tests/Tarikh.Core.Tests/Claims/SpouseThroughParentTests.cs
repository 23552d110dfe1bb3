using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 12 (issue-12s): "تزوج A ابنة B" — the spouse is B's daughter, never B. Unnamed, she gives the spouse claim no person value
/// (the dated marriage stays an act of the one who married, B gets no spouse); named before the kinship noun, she is the value.
/// Sentences written here.
/// </summary>
public class SpouseThroughParentTests
{
    private static bool Is(Text.AnalyzedDocument doc, int? cluster, string word)
        => cluster is { } c && c >= 0 && c < doc.Clusters.Length && doc.Clusters[c].Name.Contains(word, StringComparison.Ordinal);

    [Theory]
    [InlineData("وُلد التاجر سليم العطار في بيروت سنة 1870. وتزوج سنة 1896 وداد ابنة التاجر نجيب الصباغ.")]
    [InlineData("وُلد الطبيب كريم منصور في طرابلس سنة 1902، ودرس الطب في باريس. وفي سنة 1930 تزوج من ابنة القاضي رشيد عيتاني.")]
    public void TheParentNamedAfterTheKinNounIsNoSpouse(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.Spouse && (Is(doc, c.Value.Cluster, "نجيب") || Is(doc, c.Value.Cluster, "رشيد")));
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.Spouse && (Is(doc, c.Subject, "نجيب") || Is(doc, c.Subject, "رشيد")));
    }

    [Fact]
    public void ASpouseNamedWithoutAKinNounStaysTheValue()
    {
        var doc = ClaimExtractorTests.Run("وُلد التاجر سليم العطار في بيروت سنة 1870. وتزوج سنة 1896 الأديبة وداد الصباغ.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Spouse && Is(doc, c.Value.Cluster, "وداد") && Is(doc, c.Subject, "سليم"));
    }
}
