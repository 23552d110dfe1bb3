using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 11 (lead): "هو ابن/هي ابنة X" makes the person spoken of X's child, but "هو ابن أخي X" (a nephew), "ابن عمه" (a
/// cousin) or "ابن زوجته" (a stepson) names no parent. Sentences written here.
/// </summary>
public class NephewConstructTests
{
    private static List<Claim> Kin(string text, out Text.AnalyzedDocument doc)
    {
        var d = ClaimExtractorTests.Run(text);
        doc = d;
        return [.. d.Claims.Where(c => c.Property is ClaimProperties.Father or ClaimProperties.Mother or ClaimProperties.Child)];
    }

    [Theory]
    [InlineData("وترك حسن بك ابنا هو علي بك الذي صار واليا على بغداد سنة 1790، وهو ابن أخي مراد بك.")]
    [InlineData("وصار علي بك واليا على بغداد سنة 1790، وهو ابن عم مراد بك.")]
    public void ANephewOrACousinIsNoChild(string text)
        => Assert.DoesNotContain(Kin(text, out var doc), c => c.Value.Cluster is { } v && doc.Clusters[v].Name.Contains("مراد", StringComparison.Ordinal));

    [Fact]
    public void TheSameConstructWithAParentsNameStillReadsAChild()
    {
        var claims = Kin("وترك حسن بك ابنا هو علي بك الذي صار واليا على بغداد سنة 1790، وهو ابن الوالي مراد بك.", out var doc);
        Assert.Contains(claims, c => c.Value.Cluster is { } v && doc.Clusters[v].Name.Contains("مراد", StringComparison.Ordinal));
    }
}
