using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 (issue x1): a birth date given to the wrong person — a namesake the text sets apart ("بل سميّه …"), a relative the
/// sentence names only through a kinship word under a preposition ("أكبر من أخيه يوسف؛ ولد سنة …"). Sentences written for
/// these tests; both ways, through the whole pipeline (span-checked).
/// </summary>
public class BirthAttributionRound14Tests
{
    // "بل سميّه …": the namesake's birth is not a second birth of the historian; "وهو …" makes it the same man's.
    [Theory]
    [InlineData("لا نعني هنا المؤرخ محمود شكري الآلوسي (1857–1924)، بل سميّه الطبيب محمود شكري الآلوسي المولود سنة 1961، الذي أسس مستشفى الكرخ.", false)]
    [InlineData("كتب المؤرخ محمود شكري الآلوسي (1857–1924) كتباً كثيرة، وكان محمود شكري الآلوسي المولود سنة 1861 يدرّس في جامع الحيدرخانة.", true)]
    public void ANamesakeSetApartKeepsHisOwnBirth(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);

    // The brother named only after "أخيه" does not take the unnamed subject's birth; named as the subject, he does.
    [Theory]
    [InlineData("وكان أكبر من أخيه يوسف؛ ولد سنة تسعين وستمائة، وولد يوسف سنة خمس وتسعين وستمائة.", false)]
    [InlineData("وكان أصغر من أخيه يوسف؛ ولد سنة خمس وتسعين وستمائة، وولد يوسف سنة تسعين وستمائة.", false)]
    [InlineData("وكان يوسف أكبر من أخيه؛ ولد سنة تسعين وستمائة، وولد يوسف سنة خمس وتسعين وستمائة.", true)]
    public void ABrotherNamedThroughAKinWordDoesNotTakeTheBirth(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
}
