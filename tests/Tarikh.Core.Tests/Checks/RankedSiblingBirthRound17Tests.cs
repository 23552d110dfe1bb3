using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 17 (issue-x1): a sibling's rank word between the name and the birth verb ("سالم الأكبر ولد سنة …
/// وكريم الأصغر ولد سنة …") — each birth is the ranked name's, not the next sibling's. Both ways, sentences written for these tests.
/// </summary>
public class RankedSiblingBirthRound17Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static IEnumerable<Flag> Conflicts(AnalyzedDocument doc) => doc.Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void TwoRankedSiblingsEachWithHisBirthAreSilent()
    {
        var doc = Run("يظهر في اللوحة الأخوان سالم وكريم، سالم الأكبر ولد سنة 1901 وكريم الأصغر ولد سنة 1905، وخلفهما أمهما المولودة سنة 1880.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void RankedSiblingWithTwoBirthsConflicts()
    {
        var doc = Run("سالم الأكبر ولد سنة 1901 في حمص. ثم ولد سالم سنة 1909 في حماة.");
        Assert.NotEmpty(Conflicts(doc));
    }
}
