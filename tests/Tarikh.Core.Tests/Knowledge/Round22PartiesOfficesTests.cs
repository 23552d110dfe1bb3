using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 22 (22k1, issue 13), both ways, on sentences written for the tests against data/kb/dev22t22k1.json
/// (tools/kb/make_dev22t22k1_kb.py): a founding whose body the text names by its class noun ("تأسيس الحزب"، "أن الجبهة
/// تأسست"); a founding in a timeline's present ("يؤسس"); an office the subject "became" in a year, against the term's start.
/// </summary>
public sealed class Round22PartiesOfficesTests
{
    private static readonly KbPipeline Fixture = new("dev22t22k1.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925. ويجعل بعضهم تأسيس الحزب سنة 1930.", "1930")]
    [InlineData("كان كمال الزين من قادة حزب النهضة الوادية. وقد أُعلن تأسيس الحزب سنة 1919 في دار السلامة.", "1919")]
    [InlineData("قاد سليم الدباغ جبهة التحرير الوادية سنوات. وتذكر بعض الكتب أن الجبهة تأسست سنة 1947.", "1947")]
    public void A_body_named_by_its_class_noun_with_a_wrong_year_is_flagged(string text, string year)
    {
        var d = Run(text);
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, year));
    }

    [Theory]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925. ويجعل بعضهم تأسيس الحزب سنة 1921.")]
    [InlineData("قاد سليم الدباغ جبهة التحرير الوادية سنوات. وتذكر بعض الكتب أن الجبهة تأسست سنة 1950.")]
    public void A_body_named_by_its_class_noun_with_the_right_year_is_not_flagged(string text)
        => Assert.Empty(KbFlags(Run(text), "P571"));

    [Theory]
    // Two parties named before the noun: which one it is, is not known.
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية ثم إلى الحزب الاشتراكي الوادي. ويجعل بعضهم تأسيس الحزب سنة 1930.")]
    // A party the KB does not hold, named with its adjective: the noun may be it.
    [InlineData("كان كمال الزين في حزب النهضة الوادية ثم في الحزب الديمقراطي الحر. ويجعل بعضهم تأسيس الحزب سنة 1930.")]
    // The noun with its own adjective is another party's name.
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925، ثم أسس الحزب الوطني سنة 1930.")]
    public void A_class_noun_that_may_name_another_body_is_not_compared(string text)
        => Assert.Empty(KbFlags(Run(text), "P571"));

    [Fact]
    public void A_founding_in_a_timelines_present_with_a_wrong_year_is_flagged()
    {
        var d = Run("- 1905: ولادة سليم الدباغ في دار السلامة.\n- 1948: يؤسس مع رفاقه حركة الشباب الوادي.\n- 1990: وفاة سليم الدباغ.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "1948"));
    }

    [Fact]
    public void A_founding_in_a_timelines_present_with_the_right_year_is_not_flagged()
    {
        var d = Run("- 1905: ولادة سليم الدباغ في دار السلامة.\n- 1951: يؤسس مع رفاقه حركة الشباب الوادي.\n- 1990: وفاة سليم الدباغ.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Theory]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925، وصار أمينًا عامًا للحزب سنة 1944.")]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925، ثم أصبح أمينًا عامًا للحزب عام 1944.")]
    public void An_office_became_in_a_year_after_the_terms_start_is_flagged(string text)
    {
        var d = Run(text);
        var f = Assert.Single(KbFlags(d, "P39"));
        Assert.True(Shows(d, f, "1944"));
    }

    [Theory]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925، وصار أمينًا عامًا للحزب سنة 1936.")]
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925، ثم أصبح أمينًا عامًا للحزب عام 1936 وبقي فيه حتى 1960.")]
    public void An_office_became_in_the_terms_first_year_is_not_flagged(string text)
        => Assert.Empty(KbFlags(Run(text), "P39"));

    [Theory]
    [InlineData("عاد كمال الزين إلى دار السلامة وأسس حزب النهضة الوادية سرًا سنة 1921. وتقول رواية خاطئة إن التأسيس كان سنة 1926.", "1926")]
    [InlineData("وفي سنة 1921 أسس كمال الزين حزب النهضة الوادية. ويذكر آخرون أن التأسيس تم عام 1924.", "1924")]
    public void A_bare_founding_noun_after_a_told_founding_with_a_wrong_year_is_flagged(string text, string year)
    {
        var d = Run(text);
        Assert.Contains(KbFlags(d, "P571"), f => Shows(d, f, year));
    }

    [Theory]
    [InlineData("عاد كمال الزين إلى دار السلامة وأسس حزب النهضة الوادية سرًا سنة 1921. وتقول الرواية الصحيحة إن التأسيس كان سنة 1921.")]
    // No founding told in the sentence before: the bare noun is not compared.
    [InlineData("انضم كمال الزين إلى حزب النهضة الوادية سنة 1925. وتقول رواية إن التأسيس كان سنة 1926.")]
    public void A_bare_founding_noun_with_the_right_year_or_no_founding_before_is_not_flagged(string text)
        => Assert.Empty(KbFlags(Run(text), "P571"));
}
