using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 19 (issue-19k2), both ways, on sentences written for the tests against data/kb/dev19t19k2.json
/// (tools/kb/make_dev19t19k2_kb.py): a body founded by a person named between the verb and the body; a body named before a
/// founding verb carrying its pronoun; a founding in a relative clause naming the founder; an anaphoric year defined by its
/// own relative clause; a bride's father in apposition after a marriage; a span of time after a kinship noun; a return to an
/// office the KB lists in two terms.
/// </summary>
public sealed class Round19FoundingsKinTests
{
    private static readonly KbPipeline Fixture = new("dev19t19k2.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    // ---- foundings ----------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_body_named_after_its_founder_with_a_wrong_year_is_flagged()
    {
        var d = Run("كان نور الدين القاسمي وزيراً عالماً. أسس الوزير نور الدين القاسمي المدرسة القاسمية في دار السلامة سنة 1040، ودرّس فيها كبار الفقهاء.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "1040"));
        Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
    }

    [Fact]
    public void A_body_named_after_its_founder_with_the_right_year_is_not_flagged()
    {
        var d = Run("كان نور الدين القاسمي وزيراً عالماً. أسس الوزير نور الدين القاسمي المدرسة القاسمية في دار السلامة سنة 1050، ودرّس فيها كبار الفقهاء.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Fact]
    public void A_body_named_before_a_founding_verb_with_its_pronoun_and_a_wrong_year_is_flagged()
    {
        var d = Run("كان فؤاد الزيات مخرجاً. وعُرضت مسرحيته الأولى على مسرح الوادي الكبير سنة 1920، وقد أسسه فؤاد الزيات سنة 1911.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "1911"));
    }

    [Fact]
    public void A_body_named_before_a_founding_verb_with_its_pronoun_and_the_right_year_is_not_flagged()
    {
        var d = Run("كان فؤاد الزيات مخرجاً. وعُرضت مسرحيته الأولى على مسرح الوادي الكبير سنة 1920، وقد أسسه فؤاد الزيات سنة 1901.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_does_not_take_the_body()
    {
        var d = Run("كان فؤاد الزيات مخرجاً. وعُرضت مسرحيته الأولى على مسرح الوادي الكبير سنة 1920، وقد أسسها فؤاد الزيات سنة 1911.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Fact]
    public void A_founding_in_a_relative_clause_naming_the_founder_is_flagged()
    {
        var d = Run("عمل يعقوب الطبيب في البيمارستان العزي الذي أسسه عز الدولة الوادي سنة 965، وعالج فيه المرضى.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "965"));
    }

    [Fact]
    public void A_founding_in_a_relative_clause_with_the_right_year_is_not_flagged()
    {
        var d = Run("عمل يعقوب الطبيب في البيمارستان العزي الذي أسسه عز الدولة الوادي سنة 975، وعالج فيه المرضى.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Fact]
    public void A_same_year_defined_by_its_own_relative_clause_is_not_compared()
    {
        var d = Run("تولى نور الدين القاسمي الوزارة من سنة 1030 حتى سنة 1040. وفي السنة نفسها التي عاد فيها إلى دار السلامة أُنشئت المدرسة القاسمية.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    // ---- kinship -------------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_brides_father_in_apposition_after_a_marriage_is_not_the_grooms()
    {
        var d = Run("سالم الراشد زعيم وطني. وتزوج سالم الراشد سنة 1899 من هند الوادي، ابنة منصور الوادي.");
        Assert.Empty(KbFlags(d, "P40"));
        Assert.Empty(KbFlags(d, "P22"));
    }

    [Fact]
    public void A_father_in_law_called_a_father_without_a_marriage_is_flagged()
    {
        var d = Run("سالم الراشد زعيم وطني من دار السلامة. وأبوه منصور الوادي من أعيانها.");
        Assert.Single(KbFlags(d, "P22"));
    }

    [Fact]
    public void A_span_of_time_after_a_kinship_noun_is_no_relative()
    {
        var d = Run("توفي جابر الحكيم سنة 1885. ووُلد ابنه ياسر الحكيم في دار السلامة سنة 1885 قبل وفاة أبيه بأيام، فنشأ يتيماً.");
        Assert.DoesNotContain(KbPipeline.KbFlags(d), f => Shows(d, f, "بأيام"));
    }

    [Fact]
    public void A_wrong_father_named_after_the_kinship_noun_is_flagged()
    {
        var d = Run("ياسر الحكيم تاجر من دار السلامة، وأبوه مالك الحكيم.");
        Assert.Single(KbFlags(d, "P22"));
    }

    // ---- a return to office ----------------------------------------------------------------------

    [Fact]
    public void A_return_to_an_office_held_twice_before_the_second_term_is_flagged()
    {
        var d = Run("شاكر البدري سياسي من الوادي. تولى شاكر البدري الرئاسة سنة 1943 حتى سنة 1949. وعاد شاكر البدري إلى الرئاسة سنة 1952 وبقي فيها إلى 1958.");
        var f = Assert.Single(KbFlags(d, "P39"), x => Shows(d, x, "1952"));
        Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
    }

    [Fact]
    public void A_return_to_an_office_in_the_year_of_the_second_term_is_not_flagged()
    {
        var d = Run("شاكر البدري سياسي من الوادي. تولى شاكر البدري الرئاسة سنة 1943 حتى سنة 1949. وعاد شاكر البدري إلى الرئاسة سنة 1955 وبقي فيها إلى 1958.");
        Assert.DoesNotContain(KbFlags(d, "P39"), x => Shows(d, x, "1955"));
    }
}
