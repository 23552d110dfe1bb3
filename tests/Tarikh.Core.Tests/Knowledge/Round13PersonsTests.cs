using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 13 of issue 13 (persons), both ways, on sentences written for the tests against data/kb/dev13t13p.json
/// (tools/kb/make_dev13t13p_kb.py, invented people): a father and his namesake son in one cluster; a short form of such a
/// cluster; an untagged name as a death verb's subject; a birth verb followed by "له" (a child's birth); a graduation with
/// another school named before it. Every document passes SpanAssert.
/// </summary>
public sealed class Round13PersonsTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() => KbFixtures.Load("dev13t13p.json"));

    private static Flag[] KbFlags(AnalyzedDocument d, string property)
        => [.. d.Flags.Where(f => f.Rule == "kb-contradiction" && f.Evidence["kb_property"] == property)];

    // ---- a father and his namesake son in one cluster ----------------------------------------------------------------------

    [Theory]
    [InlineData("سنة 1855", "1855", 0)] // the son's birth, right
    [InlineData("سنة 1830", "1830", 1)] // the son's birth, wrong: flagged against the son
    public void A_claim_at_the_namesake_sons_own_name_is_his(string dateText, string date, int flags)
    {
        var d = new KbDoc($"كان يوسف إلياس العطار تاجراً في بيروت. وابنه يوسف العطار وُلد {dateText} في بيروت.")
            .Person("يوسف إلياس العطار").Person("يوسف العطار", "يوسف إلياس العطار")
            .Stated("يوسف إلياس العطار", ClaimProperties.BirthDate, "وُلد", dateText, date).Run(Kb.Value);
        var found = KbFlags(d, "P569");
        Assert.Equal(flags, found.Length);
        Assert.All(found, f => Assert.Equal("Q90030005", f.Evidence["item"]));
    }

    [Fact]
    public void A_claim_at_the_linked_fathers_own_name_stays_his()
    {
        var d = new KbDoc("كان يوسف إلياس العطار، المولود سنة 1825، تاجراً في بيروت، وابنه يوسف العطار طبيباً.")
            .Person("يوسف إلياس العطار").Person("يوسف العطار", "يوسف إلياس العطار")
            .Stated("يوسف إلياس العطار", ClaimProperties.BirthDate, "المولود", "سنة 1825", "1825").Run(Kb.Value);
        Assert.Single(KbFlags(d, "P569"));
    }

    [Theory]
    [InlineData("كان يوسف إلياس العطار تاجراً في بيروت، وابنه يوسف العطار طبيباً. وتوفي يوسف سنة 1890.", 0)] // which Yusuf? NIL
    [InlineData("كان يوسف إلياس العطار تاجراً في بيروت وطرابلس. وتوفي يوسف سنة 1890.", 1)] // one Yusuf: the father (KB 1880)
    public void A_short_form_of_a_cluster_holding_two_namesakes_links_to_neither(string text, int flags)
    {
        var doc = new KbDoc(text).Person("يوسف إلياس العطار");
        if (text.Contains("يوسف العطار", StringComparison.Ordinal))
        {
            doc.Person("يوسف العطار", "يوسف إلياس العطار");
        }

        var d = doc.Person("يوسف", "يوسف إلياس العطار", text.Contains("يوسف العطار", StringComparison.Ordinal) ? 3 : 2)
            .Stated("يوسف إلياس العطار", ClaimProperties.DeathDate, "وتوفي", "سنة 1890", "1890").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P570").Length);
    }

    // ---- an untagged name as a death verb's subject -------------------------------------------------------------------------

    [Theory]
    [InlineData("وتوفيت كاترينه سنة 1870", 0)] // Katrina's death (untagged, named before): nobody the KB knows
    [InlineData("وتوفيت سنة 1870", 1)] // no name after the verb: Layla's (KB 1930)
    public void A_death_verb_whose_subject_is_an_untagged_name_is_nobodys(string clause, int flags)
    {
        var d = new KbDoc($"أنجبت مريم الخوري ابنتها ليلى العطار سنة 1858، ثم ارتبط أبوها بكاترينه موريل، {clause}.")
            .Person("مريم الخوري").Person("ليلى العطار")
            .Stated("ليلى العطار", ClaimProperties.DeathDate, "وتوفيت", "سنة 1870", "1870").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P570").Length);
    }

    // ---- a birth verb followed by "له": the child's birth -------------------------------------------------------------------

    [Theory]
    [InlineData("فولدت له ابنه كمال العطار في 3 آذار/مارس 1882", "3 آذار/مارس 1882", "1882-03-03", 0)] // Kamal's birth, right
    [InlineData("فولدت له ابنه كمال العطار في 3 آذار/مارس 1884", "3 آذار/مارس 1884", "1884-03-03", 1)] // Kamal's, wrong
    public void A_birth_verb_followed_by_la_hu_is_the_childs_birth(string clause, string dateText, string date, int flags)
    {
        var d = new KbDoc($"تزوج يوسف العطار سنة 1880 من هند الصباغ، {clause}.")
            .Person("يوسف العطار").Person("هند الصباغ").Person("كمال العطار")
            .Stated("هند الصباغ", ClaimProperties.BirthDate, "فولدت", dateText, date).Run(Kb.Value);
        var found = KbFlags(d, "P569");
        Assert.Equal(flags, found.Length);
        Assert.All(found, f => Assert.Equal("Q90030008", f.Evidence["item"]));
    }

    [Fact]
    public void A_birth_verb_followed_by_her_name_is_her_birth()
    {
        var d = new KbDoc("وُلدت هند الصباغ سنة 1862 في بيروت، وتزوجت يوسف العطار سنة 1880.")
            .Person("هند الصباغ").Person("يوسف العطار")
            .Stated("هند الصباغ", ClaimProperties.BirthDate, "وُلدت", "سنة 1862", "1862").Run(Kb.Value);
        Assert.Single(KbFlags(d, "P569"));
    }

    // ---- a graduation with another school named between ---------------------------------------------------------------------

    [Theory]
    [InlineData("درس كمال العطار في كلية بيروت ثم انتقل إلى كلية ليون فتخرّج فيها سنة 1905.", 0)] // Lyon's graduation
    [InlineData("درس كمال العطار في كلية بيروت ثم سافر إلى فرنسا فتخرّج فيها سنة 1905.", 1)] // Beirut's (KB end 1900)
    public void A_graduation_after_another_school_is_not_the_first_schools(string text, int flags)
    {
        var d = new KbDoc(text).Person("كمال العطار").Org("كلية بيروت", kind: "university")
            .Act("كمال العطار", ClaimProperties.EducatedAt, "درس", "كلية بيروت")
            .Stated("كمال العطار", ClaimProperties.Act, "فتخرّج", "سنة 1905", "1905", act: "education/graduation").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P69").Length);
    }
}
