using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 23 (23k2), both ways, on sentences written for the tests against data/kb/dev23t23k2.json
/// (tools/kb/make_dev23t23k2_kb.py): an editorship or a directorship told as an office — by its verb, a pronoun, or the body
/// named by its KB name only — compared with the subject's employment (P108) at the body: a taking-up verb dates the start,
/// "وبقي فيها حتى" the end, and a term whose both ends disagree is not the KB's tenure.
/// </summary>
public sealed class Round23PostsTests
{
    private static readonly KbPipeline Fixture = new("dev23t23k2.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    private const string Editor = "فؤاد الحايك أديب من بلاد الوادي، وُلد سنة 1910 في دار السلامة. ";

    private const string Librarian = "نبيل القاضي أمين مكتبات من بلاد الوادي، ولد في دار السلامة سنة 1915.\n";

    private const string Magazine = "مجلة الفجر مجلة أدبية شهرية صدرت في دار السلامة سنة 1940.\nوكتب فيها أدباء كثيرون من بلاد الوادي.\n";

    // ---- taking up the editorship of a named magazine, then staying until a year -------------------------------------------------

    [Fact]
    public void Taking_up_an_editorship_in_a_wrong_year_is_flagged_on_its_start()
    {
        var d = Run(Editor + "وتولى فؤاد الحايك رئاسة تحرير مجلة الفجر سنة 1950، وبقي فيها حتى سنة 1962.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1950"));
        Assert.False(Shows(d, f, "1962"));
        Assert.Contains("P580", f.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Taking_up_an_editorship_in_the_right_years_is_not_flagged()
    {
        var d = Run(Editor + "وتولى فؤاد الحايك رئاسة تحرير مجلة الفجر سنة 1947، وبقي فيها حتى سنة 1962.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    [Fact]
    public void An_editorship_whose_both_ends_disagree_is_not_compared()
    {
        // Another span than the employment (an editorship begun after he was first employed there): nothing to say.
        var d = Run(Editor + "وتولى فؤاد الحايك رئاسة تحرير مجلة الفجر سنة 1950، وبقي فيها حتى سنة 1966.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    [Fact]
    public void An_editorship_after_an_earlier_tie_to_the_magazine_is_a_promotion_not_the_start()
    {
        // He worked there from 1947 as the text says: taking up the editorship in 1950 is no contradiction of the employment.
        var d = Run(Editor + "وفي سنة 1947 عمل فؤاد الحايك محررا في مجلة الفجر. وتولى فؤاد الحايك رئاسة تحرير مجلة الفجر سنة 1950، وبقي فيها حتى سنة 1962.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- an answer whose question names the post ------------------------------------------------------------------------------------

    [Fact]
    public void Staying_in_a_directorship_until_a_wrong_year_is_flagged_on_its_end()
    {
        var d = Run("س: من هو نبيل القاضي؟\nج: " + Librarian + "س: متى تولى إدارة مكتبة الوادي العامة؟\nج: تولاها سنة 1955 وبقي فيها حتى سنة 1971.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1971"));
        Assert.Contains("P582", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Staying_in_a_directorship_until_the_right_year_is_not_flagged()
    {
        var d = Run("س: من هو نبيل القاضي؟\nج: " + Librarian + "س: متى تولى إدارة مكتبة الوادي العامة؟\nج: تولاها سنة 1955 وبقي فيها حتى سنة 1968.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- appointed director of a body the text names but does not tag --------------------------------------------------------------

    [Fact]
    public void Appointed_director_in_a_wrong_year_is_flagged()
    {
        var d = Run(Librarian + "عُيّن القاضي مديرا لمكتبة الوادي العامة سنة 1959، وظل في منصبه حتى سنة 1968.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1959"));
    }

    [Fact]
    public void Appointed_director_in_the_right_year_is_not_flagged()
    {
        var d = Run(Librarian + "عُيّن القاضي مديرا لمكتبة الوادي العامة سنة 1955، وظل في منصبه حتى سنة 1968.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- the magazine's own article: "رئاسة التحرير" with no body named -------------------------------------------------------------

    [Fact]
    public void Receiving_the_editorship_of_the_article_s_magazine_in_a_wrong_year_is_flagged()
    {
        var d = Run(Magazine + "وفي سنة 1966 تسلم رئاسة التحرير سليم العطار، فجدد أبوابها.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1966"));
    }

    [Fact]
    public void Receiving_the_editorship_of_the_article_s_magazine_in_the_right_year_is_not_flagged()
    {
        var d = Run(Magazine + "وفي سنة 1963 تسلم رئاسة التحرير سليم العطار، فجدد أبوابها.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    [Fact]
    public void A_post_with_no_noun_of_editing_or_directing_is_not_compared_with_the_employment()
    {
        var d = Run(Magazine + "وفي سنة 1966 تسلم الجائزة سليم العطار، ففرح بها.");
        Assert.Empty(KbFlags(d, "P108"));
    }
}

/// <summary>
/// Round 23 (23k2), both ways, against data/kb/dev20t20k2.json (a magazine founded in 1932): a periodical issued with its
/// issuer's name and a place between the verb and the periodical's noun, and a periodical's first number, are its founding.
/// </summary>
public sealed class Round23PeriodicalsTests
{
    private static readonly KbPipeline Fixture = new("dev20t20k2.json");

    private const string Journalist = "ولدت الصحفية نادية الزيات في دار السلامة سنة 1900. ";

    private static List<Flag> Foundings(string text)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == "P571")];

    [Fact]
    public void A_magazine_issued_by_a_named_issuer_in_a_place_in_a_wrong_year_is_flagged()
    {
        var f = Assert.Single(Foundings(Journalist + "وأصدرت نادية الزيات في القاهرة مجلة «نجمة الصباح» سنة 1935."));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void A_magazine_issued_by_the_issuer_s_surname_in_a_place_in_a_wrong_year_is_flagged()
        => Assert.Single(Foundings(Journalist + "وأصدرت الزيات في القاهرة مجلة «نجمة الصباح» سنة 1935."));

    [Fact]
    public void A_magazine_issued_by_a_named_issuer_in_the_right_year_is_not_flagged()
        => Assert.Empty(Foundings(Journalist + "وأصدرت نادية الزيات في القاهرة مجلة «نجمة الصباح» سنة 1932."));

    [Fact]
    public void A_magazine_s_first_number_in_a_wrong_year_is_its_founding()
        => Assert.Single(Foundings("نادية الزيات صحفية من دار السلامة. وصدر العدد الأول من مجلة «نجمة الصباح» سنة 1935، وكتبت فيه المقالات."));

    [Fact]
    public void A_magazine_s_first_number_in_the_right_year_is_not_flagged()
        => Assert.Empty(Foundings("نادية الزيات صحفية من دار السلامة. وصدر العدد الأول من مجلة «نجمة الصباح» سنة 1932، وكتبت فيه المقالات."));

    [Fact]
    public void Issuing_articles_in_a_magazine_is_not_its_founding()
        => Assert.Empty(Foundings("نادية الزيات صحفية من دار السلامة. وأصدرت في مجلة «نجمة الصباح» سلسلة مقالات سنة 1935."));

    [Fact]
    public void Publishing_in_a_magazine_is_not_its_founding()
        => Assert.Empty(Foundings(Journalist + "ونشرت نادية الزيات في القاهرة مجلة «نجمة الصباح» سنة 1935."));
}
