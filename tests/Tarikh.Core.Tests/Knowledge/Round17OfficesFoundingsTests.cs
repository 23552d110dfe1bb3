using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 17 of issue 13 (helper 13b), both ways, on sentences written for the tests against data/kb/dev17t13b.json
/// (tools/kb/make_dev17t13b_kb.py): a body's founding in a relative clause after its name; the founder named between the verb and
/// the body; a one-word name before a longer one after a founding verb; a term's end after "بقي في الرئاسة حتى"; a reign told by
/// its noun ("دامت إمارته من … إلى …"); one accession over two chained titles; the bare "تولى فلان سنة …"; a reign's end after
/// "حتى خلعه … سنة". Every document passes SpanAssert.
/// </summary>
public sealed class Round17OfficesFoundingsTests
{
    private static readonly KbPipeline Fixture = new("dev17t13b.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    private static void AssertOne(AnalyzedDocument d, string property, string kbYear, string textYear)
    {
        var f = Assert.Single(KbFlags(d, property));
        Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
        Assert.Contains(kbYear, f.MessageEn, StringComparison.Ordinal);
        Assert.True(Shows(d, f, textYear));
    }

    // ---- foundings ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("1911", 0)]
    [InlineData("1914", 1)]
    public void A_founding_in_a_relative_clause_after_the_bodys_name_is_compared_with_its_inception(string year, int flags)
    {
        var d = Run($"وفي الشتاء ألقى الشاعر قصيدته الطويلة في الجمعية الأدبية الكبرى التي تأسست سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P571").Count);
        if (flags == 1)
        {
            AssertOne(d, "P571", "1911", year);
        }
    }

    [Theory]
    [InlineData("1774", 0)]
    [InlineData("1780", 1)]
    public void A_founding_told_with_the_object_pronoun_after_an_orders_name_is_its_inception(string year, int flags)
    {
        var d = Run($"تعلم الفتى القرآن في زوايا الطريقة الرحمانية التي أسسها الشيخ محمد بن عبد الرحمن في الجزائر سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P571").Count);
        if (flags == 1)
        {
            AssertOne(d, "P571", "1774", year);
        }
    }

    [Fact]
    public void A_body_that_founds_something_else_in_the_relative_clause_keeps_its_own_inception()
    {
        // "التي أسست" (active): the society founded the evening school; 1925 is the school's year, not the society's.
        var d = Run("وكانت الجمعية الأدبية الكبرى التي أسست مدرسة ليلية للعمال سنة 1925 تجمع الأدباء كل أسبوع.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Theory]
    [InlineData("1840", 0)]
    [InlineData("1845", 1)]
    public void The_founder_named_between_the_verb_and_the_body_is_no_other_person(string year, int flags)
    {
        var d = Run($"أسس الوزير مصطفى خزندار المدرسة الحربية بباردو في ضواحي العاصمة سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P571").Count);
        if (flags == 1)
        {
            AssertOne(d, "P571", "1840", year);
        }
    }

    [Theory]
    [InlineData("1920", 0)]
    [InlineData("1925", 1)]
    public void A_one_word_name_before_a_longer_one_after_the_verb_is_the_founders_genitive(string year, int flags)
    {
        var d = Run($"وأسس خريجو الحربية جمعية خريجي المدرسة الحربية سنة {year}.");
        var found = KbFlags(d, "P571");
        Assert.Equal(flags, found.Count);
        Assert.DoesNotContain(found, f => f.MessageEn.Contains("1840", StringComparison.Ordinal));
        if (flags == 1)
        {
            AssertOne(d, "P571", "1920", year);
        }
    }

    // ---- offices and reigns ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("1962", 0)]
    [InlineData("1965", 1)]
    public void Staying_in_the_presidency_until_a_year_ends_the_term_named_before(string year, int flags)
    {
        var d = Run($"انتُخب سالم الحداد رئيسًا لجمهورية الأردن سنة 1950 وبقي في الرئاسة حتى سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P39").Count);
        if (flags == 1)
        {
            AssertOne(d, "P39", "1962", year);
        }
    }

    [Theory]
    [InlineData("1633", 0)]
    [InlineData("1640", 1)]
    public void A_reign_told_by_its_noun_with_both_ends_is_the_rulers_office(string year, int flags)
    {
        var d = Run($"فخر الدين المعني أمير من أمراء الجبل، وُلد سنة 1572. ودامت إمارته من سنة 1591 إلى سنة {year}.");
        Assert.Single(d.Claims, c => c.Source == RuleClaims.Source && c.Start is not null && c.End is not null);
        Assert.Equal(flags, KbFlags(d, "P39").Count);
        if (flags == 1)
        {
            AssertOne(d, "P39", "1633", year);
        }
    }

    [Fact]
    public void A_reign_noun_without_a_range_right_after_it_reads_nothing()
    {
        var d = Run("فخر الدين المعني أمير من أمراء الجبل، وُلد سنة 1572. واتخذ دير القمر دار ملكه سنة 1600.");
        Assert.DoesNotContain(d.Claims, c => c.Source == RuleClaims.Source);
    }

    [Theory]
    [InlineData("1930", 0)]
    [InlineData("1955", 0)] // the later title's start: the retitling, not a contradiction
    [InlineData("1928", 1)]
    public void Two_chained_titles_of_one_reign_give_one_accession(string year, int flags)
    {
        var d = Run($"يوسف بن حسن حاكم عربي وُلد سنة 1905، واعتلى العرش سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P39").Count);
        if (flags == 1)
        {
            AssertOne(d, "P39", "1930", year);
        }
    }

    [Theory]
    [InlineData("1906", 0)]
    [InlineData("1902", 1)]
    public void The_bare_verb_of_taking_up_with_the_rulers_name_is_his_accession(string year, int flags)
    {
        var d = Run($"وفي أوائل القرن العشرين تولى محمد الناصر باي سنة {year}، وكان شيخاً كبيراً.");
        Assert.Equal(flags, KbFlags(d, "P39").Count);
        if (flags == 1)
        {
            AssertOne(d, "P39", "1906", year);
        }
    }

    [Fact]
    public void Taking_up_a_named_other_office_is_no_accession()
    {
        var d = Run("وفي شبابه تولى محمد الناصر باي قيادة الحرس سنة 1880، وكان شاباً نشيطاً.");
        Assert.Empty(KbFlags(d, "P39"));
    }

    [Theory]
    [InlineData("1633", 0)]
    [InlineData("1635", 1)]
    public void A_reigns_end_after_until_his_deposition_in_a_year_is_its_end(string year, int flags)
    {
        var d = Run($"وحكم فخر الدين المعني من 1591 حتى خلعه العثمانيون سنة {year}.");
        Assert.Equal(flags, KbFlags(d, "P39").Count);
        if (flags == 1)
        {
            AssertOne(d, "P39", "1633", year);
        }
    }
}
