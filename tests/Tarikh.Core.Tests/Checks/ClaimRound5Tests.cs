using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 5 of the claim-based rules (issue 12a): who a fact is about when a title, a kinship word or a plan stands around it.
/// Both ways, through the whole pipeline, on sentences written for these tests.
/// </summary>
public class ClaimRound5Tests
{
    // Bare years after a ruler's title may be the reign: a birth stated elsewhere does not contradict them above info.
    [Theory]
    [InlineData("السلطان", false)]
    [InlineData("الشاعر", true)]
    public void YearsAfterARulersTitleMayBeTheReign(string title, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"عاش في إسطنبول في زمن {title} سليمان الحلبي (1520–1566). ولد سليمان الحلبي عام 1494 في حلب.");
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }

    // A sentence opened by a kinship word with its pronoun tells the relative's story: its death is not the subject's,
    // though the subject is named further on in the sentence.
    [Theory]
    [InlineData("فجده كان قاضياً في حلب، وكان سمير الخطيب يزوره كل صيف، وقد توفي عام 1931.", false)]
    [InlineData("وكان قاضياً في حلب، وكان سمير الخطيب يزور دمشق كل صيف، وقد توفي عام 1931.", true)]
    public void ASentenceOpenedByAKinshipWordIsTheRelatives(string sentence, bool flagged)
    {
        var doc = ClaimExtractorTests.Run("ولد سمير الخطيب في حلب عام 1890. " + sentence + " وتوفي سمير الخطيب في دمشق عام 1960.");
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }
}
