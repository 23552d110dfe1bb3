using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 20 (issue-20k2), both ways, on sentences written for the tests against data/kb/dev20t20k2.json
/// (tools/kb/make_dev20t20k2_kb.py): a move to a body the KB lists as an employer; an office at a body the KB holds as an
/// employer; work "منذ" a year; a deputy's seat in parliament; a magazine launched by its publisher; an intergovernmental
/// organization founded in a year.
/// </summary>
public sealed class Round20CareersTests
{
    private static readonly KbPipeline Fixture = new("dev20t20k2.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    private const string Zoologist = "كريم الوادي عالم حيوان من بلاد الوادي، وُلد سنة 1910 في دار السلامة. ";

    // ---- a move to an employer ------------------------------------------------------------------------------------------------

    [Fact]
    public void A_move_to_an_employer_in_a_wrong_year_is_flagged()
    {
        var d = Run(Zoologist + "ثم انتقل إلى جامعة الجنوب الملكية سنة 1952 أستاذًا لعلم الحيوان.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1952"));
        Assert.Contains("P580", f.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
    }

    [Fact]
    public void A_move_to_an_employer_in_the_right_year_is_not_flagged()
    {
        var d = Run(Zoologist + "ثم انتقل إلى جامعة الجنوب الملكية سنة 1948 أستاذًا لعلم الحيوان.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    [Fact]
    public void A_move_to_a_city_is_not_an_employment()
    {
        var d = Run(Zoologist + "ثم انتقل إلى دار السلامة سنة 1952 وأقام فيها.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- an office at an employer -----------------------------------------------------------------------------------------------

    [Fact]
    public void Directing_an_employer_from_a_wrong_year_to_its_right_end_is_flagged()
    {
        var d = Run(Zoologist + "وتولّى إدارة معهد الوادي للبحوث الحيوية من 1963 إلى 1975.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1963"));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Directing_an_employer_over_its_right_years_is_not_flagged()
    {
        var d = Run(Zoologist + "وتولّى إدارة معهد الوادي للبحوث الحيوية من 1960 إلى 1975.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    [Fact]
    public void Directing_an_employer_over_other_years_at_both_ends_is_not_compared()
    {
        // Neither end agrees: the directorship may be another span than the employment; nothing to say.
        var d = Run(Zoologist + "وتولّى إدارة معهد الوادي للبحوث الحيوية من 1963 إلى 1972.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- work since a year -------------------------------------------------------------------------------------------------------

    [Fact]
    public void Teaching_at_an_employer_since_a_wrong_year_is_flagged()
    {
        var d = Run("كانت سلمى الراشد كيميائية من بلاد الوادي. وصارت سلمى الراشد أستاذة للكيمياء في جامعة الجنوب الملكية منذ 1958.");
        var f = Assert.Single(KbFlags(d, "P108"));
        Assert.True(Shows(d, f, "1958"));
    }

    [Fact]
    public void Teaching_at_an_employer_since_the_right_year_is_not_flagged()
    {
        var d = Run("كانت سلمى الراشد كيميائية من بلاد الوادي. وصارت سلمى الراشد أستاذة للكيمياء في جامعة الجنوب الملكية منذ 1955.");
        Assert.Empty(KbFlags(d, "P108"));
    }

    // ---- a deputy's seat ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_deputy_elected_to_parliament_in_a_wrong_year_is_flagged()
    {
        var d = Run("حامد البدري سياسي من بلاد الوادي، وُلد سنة 1890. ثم رجع إلى دار السلامة فانتُخب نائبًا في البرلمان سنة 1923.");
        var f = Assert.Single(KbFlags(d, "P39"));
        Assert.True(Shows(d, f, "1923"));
    }

    [Fact]
    public void A_deputy_elected_to_parliament_in_the_right_year_is_not_flagged()
    {
        var d = Run("حامد البدري سياسي من بلاد الوادي، وُلد سنة 1890. ثم رجع إلى دار السلامة فانتُخب نائبًا في البرلمان سنة 1926.");
        Assert.Empty(KbFlags(d, "P39"));
    }

    [Fact]
    public void A_vice_president_of_parliament_is_no_deputy_seat()
    {
        var d = Run("حامد البدري سياسي من بلاد الوادي، وُلد سنة 1890. ثم رجع إلى دار السلامة فانتُخب نائبًا لرئيس البرلمان سنة 1923.");
        Assert.Empty(KbFlags(d, "P39"));
    }

    // ---- a periodical launched -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_magazine_issued_in_a_wrong_year_is_flagged_as_its_founding()
    {
        var d = Run("نادية الزيات صحفية من دار السلامة. أصدرت مجلة «نجمة الصباح» سنة 1935 وكتبت فيها المقالات.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "1935"));
    }

    [Fact]
    public void A_magazine_issued_in_the_right_year_is_not_flagged()
    {
        var d = Run("نادية الزيات صحفية من دار السلامة. أصدرت مجلة «نجمة الصباح» سنة 1932 وكتبت فيها المقالات.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    [Fact]
    public void A_magazine_issued_again_is_not_its_founding()
    {
        var d = Run("نادية الزيات صحفية من دار السلامة. ثم أعادت إصدار مجلة «نجمة الصباح» سنة 1935 بعد توقفها.");
        Assert.Empty(KbFlags(d, "P571"));
    }

    // ---- an intergovernmental organization -----------------------------------------------------------------------------------------

    [Fact]
    public void An_intergovernmental_organization_founded_in_a_wrong_year_is_flagged()
    {
        var d = Run("وفي تلك الحقبة قامت هيئات إقليمية كثيرة. وأُسّست منظمة التعاون الوادي سنة 1965 في دار السلامة.");
        var f = Assert.Single(KbFlags(d, "P571"));
        Assert.True(Shows(d, f, "1965"));
    }

    [Fact]
    public void An_intergovernmental_organization_founded_in_the_right_year_is_not_flagged()
    {
        var d = Run("وفي تلك الحقبة قامت هيئات إقليمية كثيرة. وأُسّست منظمة التعاون الوادي سنة 1961 في دار السلامة.");
        Assert.Empty(KbFlags(d, "P571"));
    }
}
