using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 12 (issue-12s): a feminine birth or death verb without a subject of its own is never a man's. A man is known as one by the
/// life verb before his name ("وُلد الرسام …"); the woman a man's marriage verb names is a woman ("تزوج سلوى …"). Sentences written here.
/// </summary>
public class FeminineVerbAttributionTests
{
    private static bool Is(Text.AnalyzedDocument doc, int cluster, string word)
        => cluster >= 0 && cluster < doc.Clusters.Length && doc.Clusters[cluster].Name.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void AFeminineDeathAfterAMarriageIsTheWifes()
    {
        var doc = ClaimExtractorTests.Run("وُلد النحات الإيطالي ماريو فيراري في تورينو سنة 1850. تزوج جوليا بيانكي سنة 1878، وكانت قد أنجبت له ابنه لوكا فيراري سنة 1875، وتوفيت سنة 1899.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "ماريو"));
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate);
        Assert.True(Is(doc, death.Subject, "جوليا"));
        Assert.True(death.Confidence <= DocumentIndex.LooseImplicitConfidence);
    }

    [Fact]
    public void AMasculineDeathInTheSameSentenceStaysTheMans()
    {
        var doc = ClaimExtractorTests.Run("وُلد النحات الإيطالي ماريو فيراري في تورينو سنة 1850. تزوج جوليا بيانكي سنة 1878، وعاشا في ميلانو، وتوفي سنة 1899.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "جوليا"));
    }
}
