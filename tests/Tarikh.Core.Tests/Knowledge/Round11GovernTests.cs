using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 11 of issue 13, government guards, both ways, on sentences written for the tests against data/kb/dev11t13.json
/// (tools/kb/make_dev11t13_kb.py, invented people): a date before a death verb that opens a coordinated clause; a kinship
/// noun whose pronoun is of the other sex; a possessive "وفاته" whose subject is named only as another's relative in the
/// oblique case; a place after another predicate than the birth word; and a contradiction in a sentence naming another
/// person is a warning. Every document passes SpanAssert (KbDoc.Run).
/// </summary>
public sealed class Round11GovernTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() => KbFixtures.Load("dev11t13.json"));

    private static readonly KbPipeline Pipeline = new("dev11t13.json");

    private static Flag[] KbFlags(AnalyzedDocument d, string property)
        => [.. d.Flags.Where(f => f.Rule == "kb-contradiction" && f.Evidence["kb_property"] == property)];

    // ---- a date of another clause before the death verb ----------------------------------------------------------------

    [Theory]
    [InlineData("أحرق منير الصباغ دفاتره ليلة 24 شباط 1900، وتوفي في بيروت بعد أيام قليلة.", "وتوفي", 0)] // the night is the burning's
    [InlineData("وفي ليلة 24 شباط 1900، توفي منير الصباغ في بيروت.", "توفي", 1)] // a fronted date of the death itself: compared (KB 4 March)
    [InlineData("توفي منير الصباغ في بيروت ليلة 24 شباط 1900.", "توفي", 1)] // the date after the verb
    public void A_date_before_a_conjoined_death_verb_is_another_acts(string text, string verb, int flags)
    {
        var d = new KbDoc(text).Person("منير الصباغ").Place("بيروت")
            .Stated("منير الصباغ", ClaimProperties.DeathDate, verb, "ليلة 24 شباط 1900", "1900-02-24").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P570").Length);
    }

    // ---- a kinship pronoun of the other sex -----------------------------------------------------------------------------

    [Theory]
    [InlineData("تزوج منير الصباغ ليلى العطار سنة 1878، وكان أبوها رشيد العطار تاجراً.", "أبوها", 0)] // her father, not Munir's
    [InlineData("ولد منير الصباغ في طرابلس، وكان أبوه رشيد العطار تاجراً.", "أبوه", 1)] // his father: in the KB, Jamil
    public void A_kinship_noun_with_a_pronoun_of_the_other_sex_is_not_the_subjects(string text, string kin, int flags)
    {
        var d = new KbDoc(text).Person("منير الصباغ").Person("رشيد العطار")
            .Kin("منير الصباغ", ClaimProperties.Father, kin, "رشيد العطار").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P22").Length);
    }

    [Theory]
    [InlineData("كانت ليلى العطار من أسرة تجار، وكان أبوه رشيد العطار صديقاً لزوجها.", "أبوه", 0)] // "his" father: not hers
    [InlineData("كانت ليلى العطار من أسرة تجار، وكان أبوها جميل الصباغ صديقاً لزوجها.", "أبوها", 1)] // hers: in the KB, Rashid
    public void A_masculine_kinship_pronoun_is_not_a_womans(string text, string kin, int flags)
    {
        var father = kin == "أبوه" ? "رشيد العطار" : "جميل الصباغ";
        var d = new KbDoc(text).Person("ليلى العطار").Person(father)
            .Kin("ليلى العطار", ClaimProperties.Father, kin, father).Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P22").Length);
    }

    // ---- a possessive death noun after a relative named in the oblique case ----------------------------------------------

    [Theory]
    [InlineData("تولى سعيد الصباغ التجارة بعد عزل أبيه جميل الصباغ، وبقي فيها حتى وفاته سنة 1901.", 0)] // whose "وفاته"? Said's
    [InlineData("سافر سعيد الصباغ إلى حلب، وكان أبوه جميل الصباغ تاجراً فيها حتى وفاته سنة 1901.", 1)] // the father is the clause's subject (KB 1895)
    public void A_possessive_death_noun_is_not_a_relative_named_in_the_oblique_case(string text, int flags)
    {
        var d = new KbDoc(text).Person("سعيد الصباغ").Person("جميل الصباغ")
            .Stated("جميل الصباغ", ClaimProperties.DeathDate, "وفاته", "سنة 1901", "1901").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P570").Length);
    }

    // ---- a place after another predicate ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("وكان أخوه سعيد الصباغ المولود سنة 1855 تاجراً كبيراً في حلب.", 0)] // where he traded, not where he was born
    [InlineData("وكان أخوه سعيد الصباغ المولود سنة 1855 في حلب تاجراً كبيراً.", 1)] // born in Aleppo: in the KB, Tripoli
    public void A_place_after_another_predicate_is_not_the_birthplace(string text, int flags)
    {
        var d = new KbDoc(text).Person("سعيد الصباغ").Place("حلب").Timex("سنة 1855", "1855")
            .Stated("سعيد الصباغ", ClaimProperties.BirthPlace, "المولود", "سنة 1855", "1855", value: "حلب").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P19").Length);
    }

    // ---- severity: a sentence naming another person ---------------------------------------------------------------------

    [Theory]
    [InlineData("ولد منير الصباغ في حلب ونشأ فيها.", Severity.Error)]
    [InlineData("ولد منير الصباغ في حلب، وفيها تعلم على يد رشيد العطار.", Severity.Warning)] // another person named: a warning
    public void A_place_contradicted_in_a_sentence_naming_another_person_is_a_warning(string text, Severity severity)
    {
        var doc = new KbDoc(text).Person("منير الصباغ").Place("حلب");
        if (text.Contains("رشيد", StringComparison.Ordinal))
        {
            doc = doc.Person("رشيد العطار");
        }

        var d = doc.Act("منير الصباغ", ClaimProperties.BirthPlace, "ولد", "حلب").Run(Kb.Value);
        Assert.Equal(severity, Assert.Single(KbFlags(d, "P19")).Severity);
    }

    // ---- relatives' own dates --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("ولد منير الصباغ في طرابلس. وكان أبوه جميل الصباغ تاجراً معروفاً، وقد توفي سنة 1899.", 1)] // the father's death (KB 1895)
    [InlineData("ولد منير الصباغ في طرابلس. وكان أبوه جميل الصباغ تاجراً معروفاً، وقد توفي سنة 1895.", 0)] // right for the father
    public void A_death_in_a_sentence_about_a_relative_is_the_relatives(string text, int flags)
    {
        var year = text.Contains("1899", StringComparison.Ordinal) ? "1899" : "1895";
        var d = new KbDoc(text).Person("منير الصباغ").Person("جميل الصباغ")
            .Relation("منير الصباغ", ClaimProperties.Father, "جميل الصباغ")
            .Stated("منير الصباغ", ClaimProperties.DeathDate, "توفي", "سنة " + year, year).Run(Kb.Value);
        var found = KbFlags(d, "P570");
        Assert.Equal(flags, found.Length);
        Assert.All(found, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(found, f => Assert.Equal(Kb.Value.Id("Jamil al-Sabbagh"), f.Evidence["item"])); // the father's item, not Munir's (died 1900)
    }

    [Theory]
    [InlineData("ولد منير الصباغ في طرابلس، أما أبوه جميل الصباغ فعاش حتى سنة 1899.", 1)] // "lived until" 1899: died 1895 in the KB
    [InlineData("ولد منير الصباغ في طرابلس، وأبوه جميل الصباغ الذي عاش حتى سنة 1895 كان تاجراً.", 0)] // right
    [InlineData("ولد منير الصباغ في طرابلس، وأبوه جميل الصباغ الذي عاش في حلب سنة 1899 كان تاجراً.", 0)] // where he lived: no "حتى"
    public void A_named_person_who_lived_until_a_year_died_in_it(string text, int flags)
    {
        var d = new KbDoc(text).Person("منير الصباغ").Person("جميل الصباغ")
            .Timex(text.Contains("1899", StringComparison.Ordinal) ? "سنة 1899" : "سنة 1895", text.Contains("1899", StringComparison.Ordinal) ? "1899" : "1895")
            .Relation("منير الصباغ", ClaimProperties.Father, "جميل الصباغ").Run(Kb.Value);
        Assert.Equal(flags, KbFlags(d, "P570").Length);
    }

    // ---- a presidency in a history of a body ------------------------------------------------------------------------------

    [Theory]
    [InlineData("وترأسها سعيد الصباغ من سنة 1878 إلى سنة 1890.", 1)] // the presidency began in 1880 in the KB
    [InlineData("وترأسها سعيد الصباغ من سنة 1880 إلى سنة 1890.", 0)] // right
    [InlineData("وانتخب سعيد الصباغ عضواً فيها سنة 1878.", 0)] // a membership, no presiding word: no office named
    public void A_presiding_verb_in_a_history_of_a_body_is_its_presidency(string second, int flags)
    {
        var d = Pipeline.Run("جمعية بيروت العلمية أقدم جمعية في المدينة، تأسست سنة 1860.\n" + second);
        Assert.Equal(flags, KbFlags(d, "P39").Length);
    }
}
