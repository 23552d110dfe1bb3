using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// The verifier's rules added for the classes of misses on the shared article (a place referred back to by
/// a pronoun, a year cut short, a state of the same name, a relative's name given to the spouse, an
/// anachronistic person, one error stated twice); each both ways.
/// </summary>
public sealed class VerifierRuleTests
{
    private static InMemoryKnowledgeBase Kb => KbFixtures.Lenin;

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];

    [Fact]
    public void A_place_referred_back_to_by_a_pronoun_is_the_congress_place()
    {
        var d = new KbDoc("وتقرر نقل المؤتمر إلى العاصمة الفرنسية باريس فانعقد المؤتمر السادس فيها.")
            .Place("باريس").Org("المؤتمر السادس", kind: "congress").Run(Kb);
        var place = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.Location);
        Assert.Equal(Verdicts.Contradicted, place.Verdict);
        var flag = Assert.Single(KbFlags(d));
        Assert.Contains(flag.Spans, s => d.TextOf(s) == "باريس");
    }

    [Fact]
    public void A_place_before_a_congress_without_a_pronoun_is_not_its_place()
    {
        var d = new KbDoc("زار لينين باريس ثم انعقد المؤتمر السادس.")
            .Place("باريس").Org("المؤتمر السادس", kind: "congress").Run(Kb);
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.Location);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_year_cut_short_beside_a_congress_is_completed_by_the_kb()
    {
        var d = new KbDoc("وفي المؤتمر الثالث الذي انعقد في شهر نيسان/ أبريل عام 190.")
            .Org("المؤتمر الثالث", kind: "congress").MalformedYear("شهر نيسان/ أبريل عام 190", "190X-04", 1900).Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Equal("incomplete-year", v.Note);
        Assert.Equal("1905-04-25", v.Kb!.Value);
        var flag = Assert.Single(KbFlags(d));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains("ناقصة", flag.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_year_beside_the_same_congress_is_supported()
    {
        var d = new KbDoc("وفي المؤتمر الثالث الذي انعقد في شهر نيسان/ أبريل عام 1905.")
            .Org("المؤتمر الثالث", kind: "congress").Timex("شهر نيسان/ أبريل عام 1905", "1905-04").Run(Kb);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Theory]
    [InlineData("لاتفيا", "1918-01", Verdicts.Contradicted)] // KB 18 November 1918
    [InlineData("إستونيا", "1918-02", Verdicts.Supported)] // KB 24 February 1918
    [InlineData("أوكرانيا", "1918-01", Verdicts.NotInKb)] // KB 1991 only: another state of that name
    public void Independence_is_compared_with_the_state_s_inception_unless_the_kb_knows_only_another_polity(string country, string value, string verdict)
    {
        var text = $"أعلنت {country} استقلالها في ذلك الشهر.";
        var d = new KbDoc(text).Place(country, kind: "country")
            .Date(country, ClaimProperties.Founded, "في ذلك الشهر", value).Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
        if (verdict == Verdicts.NotInKb)
        {
            Assert.Equal("another-polity", v.Note);
            Assert.NotNull(v.NoteAr);
        }
    }

    [Fact]
    public void A_spouse_named_with_her_mother_s_name_is_contradicted_and_explained_in_both_languages()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من نادية إليزافيتا فاسيليفنا عام 1898.")
            .Person("فلاديمير لينين").Named("فلاديمير لينين", ClaimProperties.Spouse, "نادية إليزافيتا فاسيليفنا").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Contains("Elizaveta Vasilyevna Krupskaya", v.Note, StringComparison.Ordinal);
        Assert.Contains("mother (P25)", v.Note, StringComparison.Ordinal);
        var flag = Assert.Single(KbFlags(d));
        Assert.Equal(Severity.Warning, flag.Severity); // compared by name only
        Assert.Contains("إليزافيتا فاسيليفنا كروبسكايا", flag.MessageAr, StringComparison.Ordinal);
        Assert.Equal(v.NoteAr, flag.Evidence["note_ar"]);
    }

    [Fact]
    public void The_spouse_s_own_name_written_as_text_is_supported()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من نادية كروبسكايا عام 1898.")
            .Person("فلاديمير لينين").Named("فلاديمير لينين", ClaimProperties.Spouse, "نادية كروبسكايا").Run(Kb);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void One_error_stated_in_a_heading_and_in_its_sentence_is_one_flag_with_both_spans()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من نادية إليزافيتا فاسيليفنا\nتزوج فلاديمير لينين من نادية إليزافيتا فاسيليفنا عام 1898.")
            .Person("فلاديمير لينين").Named("فلاديمير لينين", ClaimProperties.Spouse, "نادية إليزافيتا فاسيليفنا")
            .Named("فلاديمير لينين", ClaimProperties.Spouse, "نادية إليزافيتا فاسيليفنا", occurrence: 2).Run(Kb);
        Assert.Equal(2, d.Verifications.Count(v => v.Verdict == Verdicts.Contradicted));
        var flag = Assert.Single(KbFlags(d));
        Assert.Equal(2, flag.Spans.Count(s => d.TextOf(s) == "نادية إليزافيتا فاسيليفنا"));
    }

    [Fact]
    public void A_person_placed_before_the_birth_of_the_only_kb_human_of_that_name_is_flagged()
    {
        var d = new KbDoc("وفي أيار/ مايو عام 1890 قدّم فلاديمير بوتين امتحانات الحقوق.")
            .Person("فلاديمير بوتين").Timex("أيار/ مايو عام 1890", "1890-05").Run(Kb);
        Assert.Empty(d.KbLinks); // the linker leaves him NIL
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Equal("Q7747", v.Kb!.Item);
        var flag = Assert.Single(KbFlags(d));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains("1952-10-07", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("وُلد بعد", flag.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_at_a_date_of_his_lifetime_is_not_flagged()
    {
        var d = new KbDoc("وفي عام 2017 قال فلاديمير بوتين إن الثورة غيّرت روسيا.")
            .Person("فلاديمير بوتين").Timex("عام 2017", "2017").Run(Kb);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_person_reporting_another_person_s_date_is_not_flagged()
    {
        var d = new KbDoc("ذكر فلاديمير بوتين أن لينين ولد عام 1870.")
            .Person("فلاديمير بوتين").Person("لينين").Timex("عام 1870", "1870").Run(Kb);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_birth_place_the_kb_does_not_hold_is_not_a_contradiction()
    {
        // A quarter or village absent from the KB may lie inside the KB's city.
        var d = new KbDoc("ولد فلاديمير لينين في حي كوفالي عام 1870.")
            .Person("فلاديمير لينين").Named("فلاديمير لينين", ClaimProperties.BirthPlace, "كوفالي").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.NotInKb, v.Verdict);
        Assert.Equal("unlinked-place", v.Note);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_linked_birth_place_outside_the_kb_one_is_still_contradicted()
    {
        var d = new KbDoc("ولد فلاديمير لينين في موسكو عام 1870.")
            .Person("فلاديمير لينين").Place("موسكو").Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "موسكو").Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications).Verdict);
    }
}
