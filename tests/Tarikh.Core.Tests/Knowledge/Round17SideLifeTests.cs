using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 17 (issue-13a): a named relative's own birth or death ("أبوه سعيد شهبندر تاجر …، وقد توفي سنة …"), held against the
/// relative's item as a warning (<see cref="ClaimVerifier.NamedRelativeReason"/>), and a year written in words with no calendar
/// word read as Hijri too. Sentences written for the tests against data/kb/dev15v.json (tools/kb/make_dev15v_kb.py, invented
/// people: سعيد شهبندر, 1850–1920, and his sons نبيل, 1880–1940, and كمال, 1884–1950, all of Aleppo).
/// </summary>
public sealed class Round17SideLifeTests
{
    private static readonly KbPipeline Fixture = new("dev15v.json");

    private const string Opening = "وُلد نبيل شهبندر في حلب سنة 1880، ودرس الحقوق في إسطنبول ثم عاد إلى مدينته محامياً. ";

    private static Flag[] DeathFlags(string text)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence["kb_property"] == "P570")];

    [Theory]
    [InlineData("أبوه سعيد شهبندر تاجر معروف في أسواق المدينة، وقد توفي سنة 1927.")]
    [InlineData("وأبوه الشيخ سعيد شهبندر كان من كبار تجار الحرير، وتوفي سنة 1927.")]
    public void A_named_fathers_own_death_is_held_against_the_fathers_item(string sentence)
    {
        var flag = Assert.Single(DeathFlags(Opening + sentence));
        Assert.Equal(Fixture.Kb.Id("Said Shahbandar"), flag.Evidence["item"]);
        Assert.Equal(ClaimVerifier.NamedRelativeReason, flag.Evidence[ClaimVerifier.AttributionReasonKey]);
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void The_fathers_right_death_is_not_flagged()
        => Assert.Empty(DeathFlags(Opening + "أبوه سعيد شهبندر تاجر معروف في أسواق المدينة، وقد توفي سنة 1920."));

    [Fact]
    public void A_second_death_after_another_relative_is_not_the_first_relatives()
        // "سنة 1890" is the grandfather's, who has no item; the father's own death (1920) is right.
        => Assert.Empty(DeathFlags(Opening + "أبوه سعيد شهبندر كان تاجراً وتوفي سنة 1920، وجده عبد الرحمن شهبندر توفي في حلب سنة 1890."));

    // A death dated by a year in words, as the dates stage reads it: a Gregorian year with no calendar word.
    private static Flag[] WordsYearFlags(string words, string year)
    {
        var sentence = $"وتوفي سعيد شهبندر في حلب سنة {words}.";
        var d = new KbDoc(sentence).Person("سعيد شهبندر").Place("حلب")
            .Stated("سعيد شهبندر", ClaimProperties.DeathDate, "وتوفي", $"سنة {words}", year)
            .Run(Fixture.Kb);
        return [.. KbPipeline.KbFlags(d).Where(f => f.Evidence["kb_property"] == "P570")];
    }

    [Fact]
    public void A_year_in_words_that_is_the_kbs_year_read_as_hijri_is_not_flagged()
        // 1338 AH = September 1919 – September 1920: the KB's 1920.
        => Assert.Empty(WordsYearFlags("ثمان وثلاثين وثلاثمائة وألف", "1338"));

    [Fact]
    public void A_year_in_words_that_fits_neither_reading_is_still_flagged()
        // 1922 read as a Gregorian year is two years past the KB's 1920; read as Hijri it is centuries away: still a contradiction.
        => Assert.Single(WordsYearFlags("ألف وتسعمائة واثنين وعشرين", "1922"));

    [Fact]
    public void A_year_in_digits_is_not_read_as_hijri()
        // A year in digits is the dates stage's reading, never re-read here: a wrong one near the KB's stays flagged.
        => Assert.Single(WordsYearFlags("1922", "1922"));
}
