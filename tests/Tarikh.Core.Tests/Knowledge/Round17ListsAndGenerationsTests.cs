using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 17 (issue-x2), both ways, on sentences written for the tests: a list after a plural kinship noun ends where another
/// kinship noun with a pronoun opens its own list ("ومن أولاده …، ومن زوجاته …"); a kinship claim of an unlinked subject is not
/// moved to the article's subject when the KB makes the value that subject's relative of the converse generation ("ابنه X"
/// where X is his father); a marriage event's date must stand in the marriage's own sentence.
/// </summary>
public sealed class Round17ListsAndGenerationsTests
{
    private static readonly KbPipeline Harun = new("dev13b9.json");
    private static readonly KbPipeline Bustani = new("dev6.json");

    private const string Opening = "وُلد هارون الرشيد في الري سنة 766، وتوفي في طوس سنة 809.";

    [Fact]
    public void Wives_listed_after_the_sons_are_not_read_as_sons()
        => Assert.Empty(KbPipeline.KbFlags(Harun.Run($"{Opening} وكان من أولاده المأمون والمعتصم، ومن زوجاته زبيدة ومراجل.")));

    [Fact]
    public void A_grandson_among_the_sons_before_the_wives_is_still_flagged()
    {
        var d = Harun.Run($"{Opening} وكان من أولاده المأمون والواثق، ومن زوجاته زبيدة ومراجل.");
        var flag = Assert.Single(KbPipeline.KbFlags(d));
        Assert.Equal(ClaimProperties.Child, flag.Evidence["property"]);
        Assert.Contains("الواثق", string.Join(" ", flag.Spans.Select(s => d.Source.Text[s.Start..s.End])), StringComparison.Ordinal);
    }

    // A heading that names a house, not a person (unlinked), then three claims of Harun: Harun is the article's subject.
    private static KbDoc HouseOf(string sentence)
        => new KbDoc($"بنو العباس خلفاء بغداد. وُلد هارون الرشيد في الري سنة 766، وتوفي في طوس سنة 809. {sentence}")
            .Person("بنو العباس").Person("هارون الرشيد").Place("الري").Place("طوس")
            .Stated("هارون الرشيد", ClaimProperties.BirthDate, "وُلد", "سنة 766", "766")
            .Act("هارون الرشيد", ClaimProperties.BirthPlace, "وُلد", "الري")
            .Stated("هارون الرشيد", ClaimProperties.DeathDate, "وتوفي", "سنة 809", "809")
            .Act("هارون الرشيد", ClaimProperties.DeathPlace, "وتوفي", "طوس");

    [Fact]
    public void A_son_who_is_the_subjects_father_is_not_moved_to_the_subject()
    {
        // "ابنه المهدي" read for the house: al-Mahdi is Harun's father, so the pronoun is al-Mansur's, not Harun's.
        var d = HouseOf("وخلف أبا جعفر ابنه المهدي.").Person("المهدي").Kin("بنو العباس", ClaimProperties.Child, "ابنه", "المهدي").Run(Harun.Kb);
        Assert.Empty(KbPipeline.KbFlags(d));
    }

    [Fact]
    public void A_son_called_a_brother_is_still_moved_to_the_subject_and_flagged()
    {
        var d = HouseOf("وكان أخوه عبد الله المأمون واليا على خراسان.").Person("عبد الله المأمون")
            .Kin("بنو العباس", ClaimProperties.Sibling, "أخوه", "عبد الله المأمون").Run(Harun.Kb);
        var flag = Assert.Single(KbPipeline.KbFlags(d));
        Assert.Equal(Harun.Kb.Id("Harun al-Rashid"), flag.Evidence["item"]);
    }

    [Fact]
    public void A_marriage_dated_by_the_sentence_before_is_not_compared()
    {
        var d = Bustani.Run("عرفت راحيل عطا بالتقوى، وعاش أخوها في بيروت حتى سنة 1846. وتزوجها بطرس البستاني، وأنجبت له أولادا كثيرين.");
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.Spouse && v.Verdict == Verdicts.Contradicted);
    }

    [Fact]
    public void A_marriage_dated_in_its_own_sentence_is_still_flagged()
    {
        var d = Bustani.Run("اشتهرت راحيل عطا بالتقوى والعلم، وقد تزوجها بطرس البستاني سنة 1846 في بيروت.");
        Assert.Contains(d.Verifications, v => v.Property == ClaimProperties.Spouse && v.Verdict == Verdicts.Contradicted);
    }
}
