using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 12 of conflicting-values, family-order and ordinal-series (issue 12f), by class, on sentences written for these tests in
/// phrasings none of the development sets uses: a namesake's own lifespan after a longer name in another sentence, a relative's
/// birth read by the event's clause for the subject, a pair ranked by "أكبرهما/أصغرهما", a list with the firstborn ranked and the
/// others not, an ordinal with a counted noun's pronoun ("ثانيها"), and a series noun in construct with a named owner. Both ways,
/// through the whole pipeline (span-checked).
/// </summary>
public class FamilyConflictRound12Tests
{
    // Two lifespans after two differently written names, in two sentences: a namesake the index joined, not two values of one man.
    [Fact]
    public void ANamesakesLifespanInAnotherSentenceIsSilent()
    {
        var text = "نجيب الريحاني (1889–1949) ممثل مصري رائد. وهو غير المهندس نجيب الريحاني العطار (1921–1990) صاحب المصنع.";
        Assert.Empty(Flags(text, "conflicting-values", Severity.Info));
    }

    // The same person with a lifespan and a death year the text restates: still a conflict.
    [Fact]
    public void ALifespanAgainstARestatedDeathStillConflicts()
    {
        var text = "نجيب الريحاني (1889–1949) ممثل مصري رائد. وقد توفي نجيب الريحاني في القاهرة سنة 1952.";
        Assert.NotEmpty(Flags(text, "conflicting-values", Severity.Info));
    }

    // "وأبوها X من مواليد 1895": a kinship word with a pronoun before the birth phrase makes the year the father's.
    [Theory]
    [InlineData("وأمه صوفيا كوزنيتسوفا من مواليد 1851", false)]
    [InlineData("وهو من مواليد 1929", true)]
    public void ARelativesBirthPhraseIsNotTheSubjectsSecondBirth(string tail, bool flagged)
    {
        var text = $"ولد الكاتب يوسف كوزنيتسوف في 19 مايو 1927، {tail}.";
        Assert.Equal(flagged, Flags(text, "conflicting-values", Severity.Info).Length > 0);
    }

    // "أكبرهما X …، وأصغرهما Y …": the superlative with the pronoun of the pair ranks the two children.
    [Theory]
    [InlineData("1956", "1960", false)]
    [InlineData("1963", "1958", true)]
    public void APairRankedByThePronounOfTheTwo(string elder, string younger, bool flagged)
    {
        var text = $"رزق المحامي جورج حداد ابنين، أكبرهما الطبيب كريم حداد المولود سنة {elder}، وأصغرهما المهندس سليم حداد المولود سنة {younger}.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Sibling && c.Relation == "younger");
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "بكره X …، وY …، وZ …": the firstborn is older than every other child the list names.
    [Theory]
    [InlineData("1932", false)]
    [InlineData("1926", true)]
    public void TheFirstbornRankedAndTheOthersNot(string sister, bool flagged)
    {
        var text = $"ترك التاجر حسن العطار ثلاثة أبناء: بكره منير العطار المولود عام 1930، وسهام العطار المولودة عام {sister}، وفؤاد العطار المولود عام 1935.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "ثلاثة أفلام … أولها … ثانيها … ثالثها": ordinals with the pronoun of a counted noun are one series.
    [Theory]
    [InlineData("2004", false)]
    [InlineData("1994", true)]
    public void OrdinalsWithACountedNounsPronoun(string third, bool flagged)
    {
        var text = $"أخرجت المخرجة ليلى المراكشي ثلاثة أفلام طويلة، عُرض ثانيها في مهرجان قرطاج سنة 1998. وأما ثالثها فقد عُرض سنة {third}.";
        var flags = Flags(text, "ordinal-series");
        Assert.Equal(flagged, flags.Length > 0);
        Assert.All(flags, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    // "ندوة فاس الرابعة … الندوة الثالثة": a series noun in construct with a named owner, and the bare noun told beside it.
    [Theory]
    [InlineData("2001", false)]
    [InlineData("2005", true)]
    public void ASeriesNounInConstructWithANamedOwner(string third, bool flagged)
    {
        var text = $"انعقدت ندوة فاس الرابعة في أيار 2003، وكانت الندوة الثالثة قد انعقدت في أيار {third}.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);
    }
}
