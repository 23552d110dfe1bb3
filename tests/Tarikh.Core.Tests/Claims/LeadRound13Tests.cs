using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 13 (lead, at the merge): the "until he died" reading of round 13 (a death verb after حتى) continues the verb
/// before it, which has no subject of its own. It is read when the sentence names nobody else than the text's subject
/// before it, and dropped when it names someone else (a successor, a relative), whose death it would otherwise become.
/// Sentences written here, both ways.
/// </summary>
public class LeadRound13Tests
{
    private static string NameOf(Text.AnalyzedDocument doc, int cluster) => cluster >= 0 && cluster < doc.Clusters.Length ? doc.Clusters[cluster].Name : "";

    [Fact]
    public void UntilHeDiedAfterASuccessorIsNamedIsNobodysDeath()
    {
        var doc = ClaimExtractorTests.Run(
            "وُلد الأمير منصور الهاشمي في حلب سنة 1820 وتولى الإمارة سنة 1850. " +
            "وعُزل سنة 1866، فخلفه ابنه فيصل، وعاش في المنفى حتى توفي في بيروت سنة 1889.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && NameOf(doc, c.Subject).Contains("فيصل", StringComparison.Ordinal));
    }

    [Fact]
    public void UntilHeDiedOfTheTextsSubjectIsHisDeath()
    {
        var doc = ClaimExtractorTests.Run(
            "وُلد الأمير منصور الهاشمي في حلب سنة 1820 وتولى الإمارة سنة 1850. " +
            "وعُزل سنة 1866، وعاش منصور في المنفى حتى توفي في بيروت سنة 1889.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && NameOf(doc, c.Subject).Contains("منصور", StringComparison.Ordinal)
            && (c.Value.Text ?? "").Contains("1889", StringComparison.Ordinal));
    }
}
