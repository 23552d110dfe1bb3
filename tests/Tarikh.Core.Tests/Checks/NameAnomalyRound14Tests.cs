using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 of name-anomaly (issue 12c): a classical title quoted in full, two rhymed halves joined by a preposition, when the list
/// of works knows it by its first half. Sentences written for these tests; both ways, through the whole pipeline (span-checked).
/// </summary>
public class NameAnomalyRound14Tests
{
    // The listed head ("الدر المنثور") with its rhymed second half, beside the author's laqab and another historian's family name.
    [Theory]
    [InlineData("جلال الدين الجبرتي", true)]
    [InlineData("جلال الدين السيوطي", false)]
    public void AFullRhymedTitleBesideAMixedName(string name, bool flagged)
    {
        var text = $"وفي تلك السنة أتمّ الشيخ {name} كتابه «الدر المنثور في التفسير بالمأثور» وقرأه عليه تلاميذه بالقاهرة.";
        Assert.Equal(flagged, Flags(text, "name-anomaly").Length > 0);
    }

    // A longer title that merely begins with a listed one, with no preposition after it, is another work.
    [Fact]
    public void ATitleThatOnlyBeginsWithAListedOneIsAnotherWork()
    {
        var text = "وفي تلك السنة أتمّ الشيخ جلال الدين الجبرتي كتابه «الدر المنثور الصغير» وقرأه عليه تلاميذه بالقاهرة.";
        Assert.Empty(Flags(text, "name-anomaly"));
    }
}
