using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 13 of issue 13 (helper 13b), terms and bodies, both ways, on sentences written for the tests against
/// data/kb/dev13t13b.json (tools/kb/make_dev13t13b_kb.py): an office dated by a range is compared at both ends, a teaching verb
/// is employment (P108) compared with its range, and the classes of companies, studios, colleges and museums are organizations
/// (so such a body links and its founding is compared). Every document passes SpanAssert (KbPipeline.Run).
/// </summary>
public sealed class Round13TermsTests
{
    private static readonly KbPipeline Fixture = new("dev13t13b.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    // ---- an office dated by a range (P39 with P580/P582) -------------------------------------------------------------

    [Theory]
    [InlineData("1947", "1964", 0)]
    [InlineData("1947", "1970", 1)] // prime minister until 1964
    public void An_office_held_from_one_year_to_another_is_compared_at_its_end(string start, string end, int flags)
    {
        var d = Run($"جواهر لال نهرو سياسي هندي وُلد سنة 1889. شغل منصب رئيس وزراء الهند من {start} حتى {end}، وتوفي في نيودلهي.");
        Assert.Contains(d.Claims, c => c.Property == ClaimProperties.PositionHeld && c.Source == ClaimSources.Event);
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            var f = found[0];
            Assert.Equal(Severity.Warning, f.Severity); // the office is found by the words of its name
            Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
            Assert.Contains("1964", f.MessageEn, StringComparison.Ordinal);
            Assert.True(Shows(d, f, end));
            Assert.False(Shows(d, f, start)); // the right start is not marked
        }
    }

    [Fact]
    public void An_office_whose_range_starts_wrongly_is_flagged_at_its_start()
    {
        var d = Run("جواهر لال نهرو سياسي هندي وُلد سنة 1889. عُيّن نهرو رئيساً لوزراء الهند من 1950 إلى 1964.");
        var f = Assert.Single(KbFlags(d, "P39"));
        Assert.True(Shows(d, f, "1950"));
        Assert.False(Shows(d, f, "1964"));
    }

    // ---- a teaching verb is employment (P108 with P580/P582) ---------------------------------------------------------

    [Theory]
    [InlineData("1889–1926", 0)]
    [InlineData("1889–1930", 1)] // taught there until 1926
    public void Teaching_at_a_university_is_compared_with_the_employer(string range, int flags)
    {
        var d = Run($"ماكس بلانك فيزيائي ألماني وُلد سنة 1858. - {range}: درّس في جامعة هومبولت في برلين.");
        var found = KbFlags(d, "P108");
        Assert.Equal(flags, found.Count);
        Assert.Empty(KbFlags(d, "P69")); // never read as his education
        if (flags == 1)
        {
            Assert.False(string.IsNullOrWhiteSpace(found[0].MessageAr));
            Assert.Contains("1926", found[0].MessageEn, StringComparison.Ordinal);
        }
    }

    // ---- accessions (P39 with P580) ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("1922", 0)]
    [InlineData("1925", 1)] // king from 15 March 1922
    public void A_second_title_coordinated_after_the_first_is_another_accession(string year, int flags)
    {
        var d = Run($"أحمد فؤاد الأول حاكم مصري وُلد سنة 1868، وصار سلطاناً على مصر سنة 1917 وملكاً عليها سنة {year}، وتوفي سنة 1936.");
        Assert.Equal(2, d.Claims.Count(c => c.Source == PositionClaims.Source));
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.Equal(Severity.Warning, found[0].Severity); // the office is known by its title
            Assert.True(Shows(d, found[0], year));
            Assert.False(Shows(d, found[0], "1917")); // the right sultanate is not marked
        }
    }

    [Fact]
    public void A_title_after_a_date_without_the_conjunction_is_no_accession()
    {
        var d = Run("أحمد فؤاد الأول حاكم مصري وُلد سنة 1868، وصار سلطاناً على مصر سنة 1917، ملكاً عليها سنة 1925.");
        Assert.Single(d.Claims, c => c.Source == PositionClaims.Source);
    }

    [Theory]
    [InlineData("678", 0)]
    [InlineData("681", 1)] // sultan from Rajab 678 (November 1279)
    public void A_verb_that_names_the_sultanate_is_an_accession(string year, int flags)
    {
        var d = Run($"المنصور قلاوون من سلاطين المماليك في مصر. وتسلطن قلاوون سنة {year} هـ بعد خلع سلامش.");
        Assert.Single(d.Claims, c => c.Source == PositionClaims.Source);
        Assert.Equal(flags, KbFlags(d, "P39").Count);
    }

    // ---- classes of bodies --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Q783794", KbType.Organization)] // company
    [InlineData("Q1762059", KbType.Organization)] // film production company
    [InlineData("Q375336", KbType.Organization)] // film studio
    [InlineData("Q189004", KbType.Organization)] // college
    [InlineData("Q33506", KbType.Organization)] // museum
    [InlineData("Q5", KbType.Human)]
    [InlineData("Q515", KbType.Place)]
    [InlineData("Q90030999", KbType.Other)]
    public void Companies_studios_colleges_and_museums_are_organizations(string cls, KbType type)
        => Assert.Equal(type, KbTypes.OfClass(cls));
}
