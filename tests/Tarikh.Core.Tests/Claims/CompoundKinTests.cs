using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 13 (x1): a kinship word governed by a kinship noun in construct ("لابن أخيه"، "ابنة أخته") is part of a compound term (a
/// nephew), no sibling; a child whose own name says whose child he is ("ابنه إبراهيم بن عثمان") is not the possessor's when that
/// name is someone else's. Sentences written here.
/// </summary>
public class CompoundKinTests
{
    private static List<(Claim Claim, string Value)> Claims(string text, string property)
    {
        var d = ClaimExtractorTests.Run(text);
        return [.. d.Claims.Where(c => c.Property == property).Select(c => (c, c.Value.Cluster is { } v ? d.Clusters[v].Name : c.Value.Text ?? ""))];
    }

    [Theory]
    [InlineData("ولد الشاعر سليم الحداد في حلب سنة 1840، وأوصى بمكتبته لابن أخيه كريم الحداد قبل وفاته.")]
    [InlineData("ولد الشاعر سليم الحداد في حلب سنة 1840، وتزوج ابنة أخته مريم الخوري سنة 1870.")]
    [InlineData("ولد الشاعر سليم الحداد في حلب سنة 1840، وعاش في بيت ابن أخيه كريم الحداد حتى وفاته.")]
    public void AKinWordGovernedByAKinNounIsNoSibling(string text)
        => Assert.Empty(Claims(text, ClaimProperties.Sibling));

    [Theory]
    [InlineData("ولد الشاعر سليم الحداد في حلب سنة 1840، وأوصى بمكتبته أخاه كريم الحداد قبل وفاته.")]
    [InlineData("ولد الشاعر سليم الحداد في حلب سنة 1840، وعاش في بيت أخيه كريم الحداد حتى وفاته.")]
    public void TheKinWordAloneStillNamesASibling(string text)
        => Assert.Contains(Claims(text, ClaimProperties.Sibling), c => c.Value.Contains("كريم", StringComparison.Ordinal));

    [Fact]
    public void AChildWhoseNasabNamesAnUnknownParentIsNotThePossessors()
        => Assert.DoesNotContain(Claims("كان السلطان مراد بن أحمد حاكما عادلا. وتوفي مراد في إسطنبول سنة 1640. ثم حكم بعده ابنه إبراهيم بن عثمان حتى سنة 1648.",
            ClaimProperties.Child), c => c.Value.Contains("إبراهيم", StringComparison.Ordinal));

    [Fact]
    public void AChildWhoseNasabNamesThePossessorStaysHis()
        => Assert.Contains(Claims("كان السلطان مراد بن أحمد حاكما عادلا. وتوفي مراد في إسطنبول سنة 1640. ثم حكم بعده ابنه إبراهيم بن مراد حتى سنة 1648.",
            ClaimProperties.Child), c => c.Value.Contains("إبراهيم", StringComparison.Ordinal));
}
