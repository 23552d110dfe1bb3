using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 21 (issue 21b): a kin noun in construct predicated of a person past that person's birth apposition ("كان X، المولود سنة A، أبا
/// Y المولود سنة B"، "X، المولود سنة A، ابن Y") read as a parent–child claim; the chronicle's "ولد للأمير X ابنه Y سنة …" against the
/// father's own birth told after it with a short form of his name ("وكان مولد الأمير X سنة …"). Sentences written for these tests;
/// both ways, whole pipeline.
/// </summary>
public class FamilyOrderRound21Tests
{
    private static bool Fires(string text) => Flags(text, "family-order").Length > 0;

    [Theory]
    [InlineData("كان الشاعر منير يوسف، المولود سنة 1930، ابن النحات خليل يوسف المولود سنة 1936.", true)]
    [InlineData("كان الشاعر منير يوسف، المولود سنة 1930، ابن النحات خليل يوسف المولود سنة 1899.", false)]
    [InlineData("كان المدرب كريم جاسم، المولود سنة 1961، أبا الحارس علي كريم المولود سنة 1958. وقد لعب الابن للمنتخب.", true)]
    [InlineData("كان المدرب كريم جاسم، المولود سنة 1931، أبا الحارس علي كريم المولود سنة 1958. وقد لعب الابن للمنتخب.", false)]
    // Adoptive kin and a plain colleague are silent.
    [InlineData("كان المدرب كريم جاسم، المولود سنة 1961، أبا بالتبني للحارس علي كريم المولود سنة 1958.", false)]
    [InlineData("كان المدرب كريم جاسم، المولود سنة 1961، زميلا للحارس علي كريم المولود سنة 1958.", false)]
    public void KinNounPastABirthApposition(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    [Fact]
    public void KinNounPastABirthAppositionIsAChildClaim()
    {
        var d = ClaimExtractorTests.Run("كان الشاعر منير يوسف، المولود سنة 1930، ابن النحات خليل يوسف المولود سنة 1899.");
        Assert.Contains(d.Claims, c => c.Property == ClaimProperties.Child && d.Clusters[c.Subject].Name.Contains("خليل", StringComparison.Ordinal)
            && c.Value.Cluster is { } v && d.Clusters[v].Name.Contains("منير", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وفي هذه السنة ولد للسلطان الملك الناصر حسن ابنه أحمد سنة ثلاث وخمسين وسبعمائة، وكان مولد السلطان حسن سنة خمسين وسبعمائة.", true)]
    [InlineData("وفي هذه السنة ولد للسلطان الملك الناصر حسن ابنه أحمد سنة ثلاث وخمسين وسبعمائة، وكان مولد السلطان حسن سنة خمس وثلاثين وسبعمائة.", false)]
    [InlineData("وفيها ولد للوزير ابن الفرات ابنه المحسن سنة 280. وكان مولد الوزير ابن الفرات سنة 283.", true)]
    [InlineData("وفيها ولد للوزير ابن الفرات ابنه المحسن سنة 280. وكان مولد الوزير ابن الفرات سنة 241.", false)]
    // Another man's birth, another child's birth: silent.
    [InlineData("وفيها ولد للأمير بيبرس ابنه بركة سنة 658، وكان مولد الأمير قلاوون سنة 650.", false)]
    [InlineData("وفيها ولد للأمير بيبرس ابنه بركة سنة 658، وكان مولد ابنه الآخر خضر سنة 655 والأمير بيبرس غائب.", false)]
    public void ChronicleBornToAgainstTheFathersBirth(string text, bool flagged) => Assert.Equal(flagged, Fires(text));
}
