using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 11 (lead): a labelled lifespan whose short bound begins no year of one life with the other ("(ولدت 12 – توفيت
/// 1990)") has a missing part, in either grammatical gender; a lifespan whose start is empty ("( –1987)") misses its birth
/// year. A living person's open end ("(1950– )"), a whole lifespan and a short death year that abbreviates the century of
/// the birth stay silent. Sentences written here.
/// </summary>
public class MalformedLifespanPartsTests
{
    [Theory]
    [InlineData("سلمى الحكيم (ولدت 14 – توفيت 1988) معلمة لبنانية.", "14")]
    [InlineData("فؤاد الحكيم (ولد 17 – توفي 1979) مهندس لبناني.", "17")]
    [InlineData("رشيد القاسمي ( –1974) شاعر مغربي.", "( –1974)")]
    public void AMissingPartOfALifespanIsFlagged(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("سلمى الحكيم (ولدت 1914 – توفيت 1988) معلمة لبنانية.")]
    [InlineData("رشيد القاسمي (1950– ) شاعر مغربي.")]
    [InlineData("فؤاد الحكيم (ولد 1905 – توفي 79) مهندس لبناني.")]
    public void AWholeOpenOrAbbreviatedLifespanStaysSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));
}
