using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 16 of issue 13 (helper 13a), both ways, on sentences written for the tests against data/kb/dev16t13a.json
/// (tools/kb/make_dev16t13a_kb.py): a reign read from "تولى الحكم" or the verb "حكم" is compared with the ruler's one office at
/// both ends; two terms of one office are no tie; a company named with its own head noun after its founder ("أسس البنك شركة …")
/// is that company; "وبقي فيها حتى" after an office named in the sentence ends the term. Every document passes SpanAssert.
/// </summary>
public sealed class Round16ReignTermsTests
{
    private static readonly KbPipeline Fixture = new("dev16t13a.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    // ---- rule over a land: the ruler's one office ----------------------------------------------------------------------

    [Theory]
    [InlineData("1892", 0)]
    [InlineData("1896", 1)] // khedive until January 1892
    public void Taking_up_rule_from_one_year_to_another_is_compared_with_the_rulers_office(string end, int flags)
    {
        var d = Run($"محمد توفيق باشا حاكم مصري وُلد في القاهرة سنة 1852، وتولى الحكم من 1879 إلى {end} بعد عزل أبيه.");
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.False(string.IsNullOrWhiteSpace(found[0].MessageAr));
            Assert.Contains("1892", found[0].MessageEn, StringComparison.Ordinal);
            Assert.True(Shows(d, found[0], end));
        }
    }

    [Theory]
    [InlineData("2006", 0)]
    [InlineData("2003", 1)] // emir until his death in January 2006
    public void The_verb_of_ruling_with_until_dates_the_reigns_end(string end, int flags)
    {
        var d = Run($"جابر الأحمد الصباح أمير كويتي وُلد سنة 1926. وحكم جابر الأحمد حتى سنة {end}، وكان قبلها رئيساً للوزراء.");
        var reign = Assert.Single(d.Claims, c => c.Source == RuleClaims.Source);
        Assert.Equal(ClaimProperties.PositionHeld, reign.Property);
        Assert.NotNull(reign.End);
        Assert.Null(reign.Start);
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.Contains("2006", found[0].MessageEn, StringComparison.Ordinal);
            Assert.True(Shows(d, found[0], end));
        }
    }

    [Fact]
    public void The_next_ruler_in_an_elliptic_clause_after_the_verb_of_ruling_has_his_own_range()
    {
        var d = Run("وحكم جابر الأحمد من 1977 حتى 2006، ثم سعد العبد الله من 2006 حتى 2008.");
        var reigns = d.Claims.Where(c => c.Source == RuleClaims.Source).ToList();
        Assert.Equal(2, reigns.Count);
        Assert.NotEqual(reigns[0].Subject, reigns[1].Subject);
        Assert.All(reigns, r => Assert.True(r.Start is not null && r.End is not null));
    }

    [Theory]
    [InlineData("حكم عليه القاضي بالسجن حتى سنة 1950.")]
    [InlineData("وحكم بالإعدام على خصومه حتى سنة 1950.")]
    [InlineData("وحكم جابر الأحمد حتى وفاته.")]
    [InlineData("ولم يحكم جابر الأحمد حتى سنة 1980.")]
    public void A_verb_of_judging_an_end_at_death_or_a_negation_is_no_reign(string sentence)
    {
        var d = Run("جابر الأحمد الصباح أمير كويتي وُلد سنة 1926. " + sentence);
        Assert.DoesNotContain(d.Claims, c => c.Source == RuleClaims.Source);
    }

    // ---- two terms of one office ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("1970", 0)]
    [InlineData("1972", 1)] // the first term ended in 1970; the second began in 1974
    public void Two_terms_of_one_office_are_no_tie(string end, int flags)
    {
        var d = Run($"هارولد ويلسون سياسي بريطاني وُلد سنة 1916. وتولى رئاسة وزراء بريطانيا من 1964 حتى {end}، ثم عاد إليها سنة 1974.");
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.Contains("1970", found[0].MessageEn, StringComparison.Ordinal); // the nearest term is the evidence
            Assert.DoesNotContain("1976", found[0].MessageEn, StringComparison.Ordinal);
        }
    }

    // ---- a company named with its own head noun after its founder ------------------------------------------------------

    [Theory]
    [InlineData("1927", 0)]
    [InlineData("1931", 1)] // founded in 1927
    public void A_company_after_the_bank_that_founded_it_is_that_company(string year, int flags)
    {
        var d = Run($"بنك مصر مصرف مصري تأسس في القاهرة سنة 1920. ثم أسس البنك شركة مصر للغزل والنسيج سنة {year} في المحلة الكبرى.");
        Assert.Equal(flags, KbFlags(d, "P571").Count);
    }

    // ---- "وبقي فيها حتى": the end of the term the sentence named --------------------------------------------------------

    [Theory]
    [InlineData("1849", 0)]
    [InlineData("1856", 1)] // director until 1849
    public void Staying_in_it_until_a_year_ends_the_office_named_before(string end, int flags)
    {
        var d = Run($"رفاعة الطهطاوي مفكر مصري وُلد سنة 1801. عُيّن رفاعة الطهطاوي ناظراً لمدرسة الألسن سنة 1835 وبقي فيها حتى {end}.");
        Assert.Contains(d.Claims, c => c.Source == PositionClaims.TenureSource && c.End is not null);
        Assert.Equal(flags, KbFlags(d, "P39").Count);
    }

    [Fact]
    public void Staying_in_a_place_named_before_is_no_term()
    {
        var d = Run("رفاعة الطهطاوي مفكر مصري وُلد سنة 1801. عُيّن رفاعة الطهطاوي إماماً لبعثة في باريس سنة 1826 وبقي فيها حتى 1831.");
        Assert.DoesNotContain(d.Claims, c => c.Source == PositionClaims.TenureSource);
    }
}
