using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 14 of issue 13: the attribution grade of a claim (<see cref="ClaimAttribution"/>, claims layer) and the verifier's gate
/// (<see cref="VerifierOptions.AttributionGate"/>), both ways per grade, on sentences written for the tests against
/// data/kb/dev13t13p.json (invented people: ليلى العطار born 1858 in Beirut, died 1930 in Beirut). Every document passes SpanAssert.
/// </summary>
public sealed class Round14AttributionGateTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() => KbFixtures.Load("dev13t13p.json"));

    // The document as the claims stage leaves it: every claim graded.
    private static AnalyzedDocument Graded(KbDoc doc)
    {
        var d = doc.Build();
        var index = DocumentIndex.For(d);
        return d with { Claims = [.. d.Claims.Select(c => c with { Grading = ClaimAttribution.Grade(index, c) })] };
    }

    private static AnalyzedDocument Verified(KbDoc doc, AttributionGrade? gate = null)
    {
        var verifier = gate is { } g ? new ClaimVerifier(new VerifierOptions(AttributionGate: g)) : new ClaimVerifier();
        var d = new KnowledgeStage(Kb.Value, verifier: verifier).Run(Graded(doc));
        SpanAssert.Document(d);
        return d;
    }

    private static Flag[] Contradictions(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];

    private static KbDoc Death(string text, string verb = "وتوفيت") => new KbDoc(text).Person("ليلى العطار")
        .Stated("ليلى العطار", ClaimProperties.DeathDate, verb, "سنة 1900", "1900");

    // ---- direct: the verb's own subject -------------------------------------------------------------------------------------

    [Fact]
    public void A_death_of_the_subject_named_in_the_sentence_is_direct_and_flagged()
    {
        var doc = Death("عملت ليلى العطار طبيبة في بيروت، وتوفيت سنة 1900.");
        Assert.Equal(AttributionGrade.Direct, Graded(doc).Claims.Single().Grading!.Grade);
        var flag = Assert.Single(Contradictions(Verified(doc)));
        Assert.Equal("direct", flag.Evidence[ClaimVerifier.AttributionKey]);
    }

    // ---- relative: a kinship word after the verb -----------------------------------------------------------------------------

    [Fact]
    public void A_death_reached_through_a_kinship_word_is_relative_and_not_a_contradiction()
    {
        var doc = Death("عملت ليلى العطار طبيبة في بيروت، وتوفي والدها سنة 1900.", "وتوفي");
        var grading = Graded(doc).Claims.Single().Grading!;
        Assert.Equal(AttributionGrade.Relative, grading.Grade);
        Assert.Equal(AttributionReasons.KinWord, grading.Reason);
        Assert.Empty(Contradictions(Verified(doc)));
    }

    // ---- ambiguous: another person between the subject and the value ---------------------------------------------------------

    [Fact]
    public void A_death_after_another_persons_name_is_ambiguous_and_only_a_note()
    {
        var doc = Death("تعلمت ليلى العطار الطب على يد مريم الخوري، وتوفيت سنة 1900.").Person("مريم الخوري");
        var grading = Graded(doc).Claims.Single().Grading!;
        Assert.Equal(AttributionGrade.Ambiguous, grading.Grade);
        Assert.Equal(AttributionReasons.AnotherPerson, grading.Reason);
        var d = Verified(doc);
        Assert.Empty(Contradictions(d));
        Assert.All(d.Flags.Where(f => f.Rule == ClaimVerifier.IndirectRule), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void A_gate_widened_to_ambiguous_flags_the_ambiguous_claim_again()
    {
        var doc = Death("تعلمت ليلى العطار الطب على يد مريم الخوري، وتوفيت سنة 1900.").Person("مريم الخوري");
        var d = Verified(doc, AttributionGrade.Ambiguous);
        Assert.Contains(Contradictions(d), f => f.Evidence[ClaimVerifier.AttributionKey] == "ambiguous");
    }

    [Fact]
    public void A_relative_clause_about_the_subject_herself_stays_direct()
    {
        var doc = Death("وكانت ليلى العطار التي توفيت سنة 1900 طبيبة.", "توفيت");
        Assert.Equal(AttributionGrade.Direct, Graded(doc).Claims.Single().Grading!.Grade);
        Assert.Single(Contradictions(Verified(doc)));
    }

    [Fact]
    public void A_relative_clause_about_another_person_is_ambiguous()
    {
        var doc = Death("عرفت ليلى العطار في بيروت رجلاً من أهلها الذي توفي سنة 1900.", "توفي");
        var grading = Graded(doc).Claims.Single().Grading!;
        Assert.Equal(AttributionGrade.Ambiguous, grading.Grade);
        Assert.Equal(AttributionReasons.RelativeClause, grading.Reason);
        Assert.Empty(Contradictions(Verified(doc)));
    }

    [Theory]
    [InlineData("عملت ليلى العطار طبيبة في بيروت، وتوفي الطبيب العجوز سنة 1900.", "وتوفي", AttributionGrade.Ambiguous, 0)] // the verb's own subject
    [InlineData("عملت ليلى العطار طبيبة في بيروت، وتوفيت سنة 1900.", "وتوفيت", AttributionGrade.Direct, 1)]
    public void A_death_verb_followed_by_a_definite_noun_of_its_own_is_ambiguous(string text, string verb, AttributionGrade grade, int flags)
    {
        var doc = Death(text, verb);
        Assert.Equal(grade, Graded(doc).Claims.Single().Grading!.Grade);
        Assert.Equal(flags, Contradictions(Verified(doc)).Length);
    }

    // ---- inherited: the subject carried from an earlier sentence ------------------------------------------------------------

    [Theory]
    [InlineData(AttributionGrade.Inherited, 1)] // the default admits a carried subject
    [InlineData(AttributionGrade.Direct, 0)] // a gate of direct claims only does not
    public void A_death_whose_subject_is_carried_from_the_sentence_before_is_inherited(AttributionGrade gate, int flags)
    {
        var doc = Death("عملت ليلى العطار طبيبة في بيروت. وتوفيت سنة 1900.");
        var grading = Graded(doc).Claims.Single().Grading!;
        Assert.Equal(AttributionGrade.Inherited, grading.Grade);
        Assert.Equal(AttributionReasons.Carried, grading.Reason);
        Assert.Equal(flags, Contradictions(Verified(doc, gate)).Length);
    }

    [Fact]
    public void A_carried_death_with_a_kinship_word_earlier_in_its_clause_is_relative()
    {
        var doc = Death("عملت ليلى العطار طبيبة في بيروت. وبقيت مع حميها في الدار حتى وفاته سنة 1900.", "وفاته");
        var grading = Graded(doc).Claims.Single().Grading!;
        Assert.Equal(AttributionGrade.Relative, grading.Grade);
        Assert.Empty(Contradictions(Verified(doc)));
    }

    // ---- ambiguous: a place inside a place, a body subordinate to another ----------------------------------------------------

    [Theory]
    [InlineData("توفيت ليلى العطار في ليون سنة 1900.", AttributionGrade.Direct, 1)]
    [InlineData("توفيت ليلى العطار في ضيعتها الشوير في ليون سنة 1900.", AttributionGrade.Ambiguous, 0)]
    public void A_death_place_after_another_place_is_ambiguous(string text, AttributionGrade grade, int flags)
    {
        var doc = new KbDoc(text).Person("ليلى العطار").Place("ليون");
        if (text.Contains("الشوير", StringComparison.Ordinal))
        {
            doc.Place("الشوير", kind: "village");
        }

        doc.Act("ليلى العطار", ClaimProperties.DeathPlace, "توفيت", "ليون");
        Assert.Equal(grade, Graded(doc).Claims.Single(c => c.Property == ClaimProperties.DeathPlace).Grading!.Grade);
        Assert.Equal(flags, Contradictions(Verified(doc)).Count(f => f.Evidence["kb_property"] == ClaimProperties.DeathPlace));
    }

    [Theory]
    [InlineData("درست ليلى العطار في كلية بيروت.", AttributionGrade.Direct)]
    [InlineData("درست ليلى العطار في المدرسة التابعة لكلية بيروت.", AttributionGrade.Ambiguous)]
    public void A_school_subordinate_to_another_body_is_ambiguous(string text, AttributionGrade grade)
    {
        var doc = new KbDoc(text).Person("ليلى العطار").Org("كلية بيروت").Act("ليلى العطار", ClaimProperties.EducatedAt, "درست", "كلية بيروت");
        Assert.Equal(grade, Graded(doc).Claims.Single().Grading!.Grade);
    }

    [Fact]
    public void A_claim_no_grader_saw_is_direct()
    {
        var d = Death("عملت ليلى العطار طبيبة في بيروت، وتوفي والدها سنة 1900.", "وتوفي").Build();
        Assert.Null(d.Claims.Single().Grading);
        Assert.Equal(AttributionGrade.Direct, (d.Claims.Single().Grading ?? AttributionGrading.Ungraded).Grade);
    }
}
