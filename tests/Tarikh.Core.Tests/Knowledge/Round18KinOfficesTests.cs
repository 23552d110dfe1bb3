using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 18 of issue 13 (helper 13b), both ways, on sentences written for the tests against data/kb/dev18t13b.json
/// (tools/kb/make_dev18t13b_kb.py): a kinship pronoun whose possessor is the one person of the sentence before; a person of
/// the other gender named nearby is not the pronoun's referent; a grandson the KB links only by his own father statement; an
/// office named by one bare noun between the verb and the date.
/// </summary>
public sealed class Round18KinOfficesTests
{
    private static readonly KbPipeline Fixture = new("dev18t13b.json");

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    private static bool Shows(AnalyzedDocument d, Flag f, string text)
        => f.Spans.Any(s => d.Source.Text[s.Start..s.End].Contains(text, StringComparison.Ordinal));

    // ---- kin ----------------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_son_called_a_brother_in_the_sentence_after_his_fathers_death_is_flagged()
    {
        var d = Run("كان يوسف الحلبي من أعيان حلب، وولد سنة 1820. وتوفي سليمان العطار في حلب سنة 1900. وخلفه أخوه خليل العطار في تجارته.");
        var all = KbPipeline.KbFlags(d);
        var f = Assert.Single(all, x => Shows(d, x, "خليل العطار"));
        Assert.Contains("child", f.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(f.MessageAr));
    }

    [Fact]
    public void The_son_called_a_son_in_the_sentence_after_is_not_flagged()
    {
        var d = Run("كان يوسف الحلبي من أعيان حلب، وولد سنة 1820. وتوفي سليمان العطار في حلب سنة 1900. وخلفه ابنه خليل العطار في تجارته.");
        Assert.DoesNotContain(KbPipeline.KbFlags(d), x => Shows(d, x, "خليل العطار"));
    }

    [Fact]
    public void Two_people_in_the_sentence_before_leave_the_pronoun_unresolved()
    {
        var d = Run("كان يوسف الحلبي من أعيان حلب، وولد سنة 1820. وعمل سليمان العطار ويوسف الحلبي معاً في حلب سنة 1880. وخلفه أخوه خليل العطار في تجارته.");
        Assert.DoesNotContain(KbPipeline.KbFlags(d), x => Shows(d, x, "خليل العطار"));
    }

    [Fact]
    public void A_daughter_named_before_his_brother_is_not_the_pronouns_referent()
    {
        var d = Run("نجيب الخوري طبيب وكاتب، ولد سنة 1850. ومن أسرته ابنته ليلى الخوري، وأخوه سمير الخوري.");
        var f = Assert.Single(KbPipeline.KbFlags(d), x => Shows(d, x, "سمير الخوري"));
        Assert.Contains("child", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Her_brother_after_the_daughter_is_the_daughters_and_not_flagged()
    {
        var d = Run("نجيب الخوري طبيب وكاتب، ولد سنة 1850. ومن أسرته ابنته ليلى الخوري، وأخوها سمير الخوري.");
        Assert.DoesNotContain(KbPipeline.KbFlags(d), x => Shows(d, x, "سمير الخوري"));
    }

    [Fact]
    public void A_grandson_linked_only_by_his_own_father_statement_called_a_son_is_flagged()
    {
        var d = Run("ماجد السعدي شيخ القبيلة، ولد سنة 1870. وخلف ماجد السعدي على المشيخة ابنه ناصر السعدي.");
        var f = Assert.Single(KbPipeline.KbFlags(d), x => Shows(d, x, "ناصر السعدي"));
        Assert.Contains("grandchild", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_son_called_a_son_is_not_flagged()
    {
        var d = Run("ماجد السعدي شيخ القبيلة، ولد سنة 1870. وخلف ماجد السعدي على المشيخة ابنه فهد السعدي.");
        Assert.DoesNotContain(KbPipeline.KbFlags(d), x => Shows(d, x, "فهد السعدي"));
    }

    // ---- an office named by one bare noun --------------------------------------------------------------------------------

    [Theory]
    [InlineData("1905", 0)]
    [InlineData("1895", 1)]
    public void The_imamate_as_the_clauses_only_word_is_the_imams_office(string year, int flags)
    {
        var d = Run($"يحيى بن علي الحسني عالم وفقيه، ولد سنة 1860. وتولى يحيى بن علي الحسني الإمامة سنة {year}.");
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.Contains("1900", found[0].MessageEn, StringComparison.Ordinal);
            Assert.True(Shows(d, found[0], year));
            Assert.False(string.IsNullOrWhiteSpace(found[0].MessageAr));
        }
    }

    [Theory]
    [InlineData("1950", 0)]
    [InlineData("1948", 1)]
    public void Elected_president_with_the_bare_title_is_the_presidents_office(string year, int flags)
    {
        var d = Run($"كمال الأيوبي محام وسياسي، ولد سنة 1900. وانتُخب كمال الأيوبي رئيساً سنة {year}.");
        var found = KbFlags(d, "P39");
        Assert.Equal(flags, found.Count);
        if (flags == 1)
        {
            Assert.Contains("1950", found[0].MessageEn, StringComparison.Ordinal);
            Assert.True(Shows(d, found[0], year));
        }
    }

    [Fact]
    public void The_presidency_of_a_party_is_not_the_states()
    {
        var d = Run("كمال الأيوبي محام وسياسي، ولد سنة 1900. وتولى كمال الأيوبي رئاسة الحزب الوطني سنة 1935.");
        Assert.Empty(KbFlags(d, "P39"));
    }
}
