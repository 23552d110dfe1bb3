using System.Collections.Immutable;
using CsCheck;
using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// The classes of round 5 (issue 13), each both ways, on sentences written for the tests against
/// data/kb/dev5.json: Hijri years against Julian KB dates, dated qualifiers (marriage, membership, office,
/// graduation), offices named in words, attribution guards, generational suffixes.
/// </summary>
public sealed class Round5Tests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Dev5 = new(() => KbFixtures.Load("dev5.json"));

    private static InMemoryKnowledgeBase Kb => Dev5.Value;

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];

    // ---- calendars -----------------------------------------------------------------------------------

    [Fact]
    public void A_hijri_year_that_overlaps_a_julian_kb_year_is_supported()
    {
        // 370 AH runs from July 980 to July 981: the KB's Julian year 980 shares only its second half.
        var d = new KbDoc("ولد ابن سينا سنة 370 هـ في قرية أفشنة قرب بخارى.")
            .Person("ابن سينا").Date("ابن سينا", ClaimProperties.BirthDate, "سنة 370 هـ", "370", CalendarKind.Hijri).Run(Kb);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_hijri_year_that_shares_no_day_with_the_kb_date_is_contradicted()
    {
        var d = new KbDoc("ولد ابن سينا سنة 375 هـ في قرية أفشنة قرب بخارى.")
            .Person("ابن سينا").Date("ابن سينا", ClaimProperties.BirthDate, "سنة 375 هـ", "375", CalendarKind.Hijri).Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications).Verdict);
        Assert.Single(KbFlags(d));
    }

    [Fact]
    public void A_hijri_year_agrees_with_every_day_inside_it_and_with_none_a_year_away()
    {
        Gen.Int[300, 1400].Select(Gen.Int[0, 353]).Sample((year, offset) =>
        {
            var hijri = CheckDoc.Interval(year.ToString(System.Globalization.CultureInfo.InvariantCulture), CalendarKind.Hijri);
            var day = hijri.Start.PlusDays(Math.Min(offset, hijri.Days - 1));
            var far = hijri.End.PlusDays(366 + offset);
            return KbTimeConverter.AgreeIn(hijri, KbPrecision.Year, "hijri", GregorianInterval.Day(day), KbPrecision.Day)
                && !KbTimeConverter.AgreeIn(hijri, KbPrecision.Year, "hijri", GregorianInterval.Day(far), KbPrecision.Day);
        });
    }

    // ---- dated qualifiers ----------------------------------------------------------------------------

    [Fact]
    public void A_marriage_year_other_than_the_spouses_start_is_contradicted_on_the_date()
    {
        var d = new KbDoc("تزوج شارل ديغول من إيفون فاندرو في شهر نيسان 1922 في كاليه.")
            .Person("شارل ديغول").Person("إيفون فاندرو")
            .Stated("شارل ديغول", ClaimProperties.Spouse, "تزوج", "شهر نيسان 1922", "1922-04", "إيفون فاندرو", "marriage").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.StartsWith("P580", v.Note, StringComparison.Ordinal);
        var flag = Assert.Single(KbFlags(d));
        Assert.Contains(flag.Spans, s => d.TextOf(s) == "شهر نيسان 1922");
        Assert.DoesNotContain(flag.Spans, s => d.TextOf(s) == "إيفون فاندرو");
    }

    [Fact]
    public void The_marriage_year_the_kb_gives_is_supported()
    {
        var d = new KbDoc("تزوج شارل ديغول من إيفون فاندرو في شهر نيسان 1921 في كاليه.")
            .Person("شارل ديغول").Person("إيفون فاندرو")
            .Stated("شارل ديغول", ClaimProperties.Spouse, "تزوج", "شهر نيسان 1921", "1921-04", "إيفون فاندرو", "marriage").Run(Kb);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Theory]
    [InlineData("عام 1950", "1950", Verdicts.Contradicted)]
    [InlineData("عام 1952", "1952", Verdicts.Supported)]
    public void Joining_a_party_compares_with_the_start_of_its_membership_held_as_p102(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"انضم ميخائيل غورباتشوف إلى الحزب الشيوعي السوفيتي {dateText} وهو طالب.")
            .Person("ميخائيل غورباتشوف").Org("الحزب الشيوعي السوفيتي")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.MemberOf, "انضم", dateText, year, "الحزب الشيوعي السوفيتي", "membership").Run(Kb);
        Assert.Equal(verdict, Assert.Single(d.Verifications).Verdict);
    }

    [Theory]
    [InlineData("عام 1984", "1984", Verdicts.Contradicted)]
    [InlineData("عام 1985", "1985", Verdicts.Supported)]
    public void An_appointment_named_in_words_compares_with_the_start_of_that_office(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"عُيّن ميخائيل غورباتشوف أمينًا عامًا للحزب الشيوعي السوفيتي {dateText} بعد وفاة سلفه.")
            .Person("ميخائيل غورباتشوف").Org("للحزب الشيوعي السوفيتي")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.PositionHeld, "عُيّن", dateText, year, "للحزب الشيوعي السوفيتي", "office/appointed").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal("P39", v.Kb!.Property);
        if (verdict == Verdicts.Contradicted)
        {
            Assert.Equal(Severity.Warning, Assert.Single(KbFlags(d)).Severity);
        }
    }

    [Theory]
    [InlineData("سنة 1990", "1990", Verdicts.Supported)]
    [InlineData("سنة 1988", "1988", Verdicts.Contradicted)]
    public void An_office_held_in_a_year_must_fall_inside_its_span(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"تولى ميخائيل غورباتشوف منصب رئيس الاتحاد السوفيتي {dateText}.")
            .Person("ميخائيل غورباتشوف")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.PositionHeld, "تولى", dateText, year, act: "office/held").Run(Kb);
        Assert.Equal(verdict, Assert.Single(d.Verifications).Verdict);
    }

    [Fact]
    public void An_office_whose_words_match_no_position_of_the_subject_is_not_in_the_kb()
    {
        var d = new KbDoc("تولى ميخائيل غورباتشوف منصب وزير الزراعة سنة 1978.")
            .Person("ميخائيل غورباتشوف")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.PositionHeld, "تولى", "سنة 1978", "1978", act: "office/held").Run(Kb);
        Assert.Equal(Verdicts.NotInKb, Assert.Single(d.Verifications).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Theory]
    [InlineData("عام 1955", "1955", Verdicts.Supported)]
    [InlineData("عام 1957", "1957", Verdicts.Contradicted)]
    public void A_graduation_year_in_the_same_sentence_is_the_end_of_education(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"درس ميخائيل غورباتشوف في جامعة موسكو الحكومية وتخرج فيها {dateText}.")
            .Person("ميخائيل غورباتشوف").Org("جامعة موسكو الحكومية")
            .Relation("ميخائيل غورباتشوف", ClaimProperties.EducatedAt, "جامعة موسكو الحكومية")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.Act, "وتخرج", dateText, year, act: "education/graduation").Run(Kb);
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.EducatedAt);
        Assert.Equal(verdict, v.Verdict);
    }

    // ---- attribution guards --------------------------------------------------------------------------

    [Fact]
    public void A_feminine_death_verb_is_not_compared_with_a_mans_death()
    {
        var d = new KbDoc("س: متى توفيت زوجة ديغول؟ ج: توفيت عام 1979.")
            .Person("ديغول").Stated("ديغول", ClaimProperties.DeathDate, "توفيت", "عام 1979", "1979", verbOccurrence: 2).Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Unlinked, v.Verdict);
        Assert.Equal("another-subject", v.Note);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_masculine_death_verb_of_the_same_man_is_compared()
    {
        var d = new KbDoc("س: متى توفي ديغول؟ ج: توفي عام 1979.")
            .Person("ديغول").Stated("ديغول", ClaimProperties.DeathDate, "توفي", "عام 1979", "1979", verbOccurrence: 2).Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications).Verdict);
        Assert.Single(KbFlags(d));
    }

    [Fact]
    public void A_death_whose_verb_names_another_person_is_not_the_first_persons()
    {
        var d = new KbDoc("رحل إلى غزنة مع السلطان محمود الغزنوي، وتوفي البيروني في غزنة سنة 440 هـ.")
            .Person("محمود الغزنوي").Person("البيروني")
            .Stated("محمود الغزنوي", ClaimProperties.DeathDate, "وتوفي", "سنة 440 هـ", "440", calendar: CalendarKind.Hijri).Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Unlinked, v.Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_death_whose_verb_names_its_own_subject_is_compared()
    {
        var d = new KbDoc("رحل إلى غزنة مع السلطان محمود الغزنوي، وتوفي البيروني في غزنة سنة 440 هـ.")
            .Person("محمود الغزنوي").Person("البيروني")
            .Stated("البيروني", ClaimProperties.DeathDate, "وتوفي", "سنة 440 هـ", "440", calendar: CalendarKind.Hijri).Run(Kb);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
    }

    // ---- namesakes ---------------------------------------------------------------------------------

    [Fact]
    public void A_cluster_holding_father_and_son_is_nil_but_a_suffixed_mention_reaches_the_son()
    {
        var d = new KbDoc("كان ألكسندر دوما الأب روائيًا، وتوفي ألكسندر دوما الابن عام 1896.")
            .Person("ألكسندر دوما", "دوما").Person("ألكسندر دوما", "دوما", occurrence: 2)
            .Stated("دوما", ClaimProperties.DeathDate, "وتوفي", "عام 1896", "1896").Run(Kb);
        Assert.DoesNotContain(d.KbLinks, l => l.Cluster == 0);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Equal(Kb.Id("Alexandre Dumas fils"), v.Kb!.Item);
    }

    [Fact]
    public void The_father_named_with_his_suffix_links_to_the_father_and_his_year_is_supported()
    {
        var d = new KbDoc("ولد ألكسندر دوما الأب عام 1802 في بلدة فيلير كوتريه.")
            .Person("ألكسندر دوما").Stated("ألكسندر دوما", ClaimProperties.BirthDate, "ولد", "عام 1802", "1802").Run(Kb);
        Assert.Equal(Kb.Id("Alexandre Dumas"), Assert.Single(d.KbLinks).Item);
        Assert.Equal(Verdicts.Supported, Assert.Single(d.Verifications).Verdict);
    }

    [Fact]
    public void A_bare_name_two_namesakes_share_stays_nil()
    {
        var d = new KbDoc("كتب ألكسندر دوما روايات كثيرة.").Person("ألكسندر دوما").Run(Kb);
        Assert.Empty(d.KbLinks);
    }

    [Fact]
    public void An_ordinal_after_a_name_is_a_suffix_and_the_article_is_not()
    {
        Assert.Equal("younger", GenerationalSuffix.After("توفي دوما الابن", new TextSpan(5, 9), KbNames.Default)?.Class);
        Assert.Equal("2", GenerationalSuffix.After("فيليب الثاني ملك", new TextSpan(0, 5), KbNames.Default)?.Class);
        Assert.Null(GenerationalSuffix.After("توفي دوما الروائي", new TextSpan(5, 9), KbNames.Default));
        Assert.Null(GenerationalSuffix.After("توفي دوما، الابن", new TextSpan(5, 9), KbNames.Default));
    }

    // ---- sub-organizations, cut places, stray words --------------------------------------------------

    [Fact]
    public void A_cluster_naming_the_youth_league_of_a_party_is_not_the_party()
    {
        var d = new KbDoc("انضم ميخائيل غورباتشوف إلى شبيبة الحزب الشيوعي السوفيتي في قريته.")
            .Person("ميخائيل غورباتشوف").Org("شبيبة الحزب الشيوعي السوفيتي").Run(Kb);
        Assert.DoesNotContain(d.KbLinks, l => l.Item == Kb.Id("Communist Party of the Soviet Union"));
    }

    [Fact]
    public void The_party_named_alone_links_to_the_party()
    {
        var d = new KbDoc("انضم ميخائيل غورباتشوف إلى الحزب الشيوعي السوفيتي في شبابه.")
            .Person("ميخائيل غورباتشوف").Org("الحزب الشيوعي السوفيتي").Run(Kb);
        Assert.Contains(d.KbLinks, l => l.Item == Kb.Id("Communist Party of the Soviet Union"));
    }

    [Fact]
    public void A_founding_read_after_the_words_of_a_sub_organization_is_not_the_parents()
    {
        var d = new KbDoc("وكان عضوًا في منظمة شبيبة الحزب الشيوعي السوفيتي التي تأسست عام 1918.")
            .Org("الحزب الشيوعي السوفيتي").Date("الحزب الشيوعي السوفيتي", ClaimProperties.Founded, "عام 1918", "1918").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal("sub-organization", v.Note);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void The_founding_of_the_party_itself_is_compared()
    {
        var d = new KbDoc("تأسس الحزب الشيوعي السوفيتي عام 1918 في موسكو.")
            .Org("الحزب الشيوعي السوفيتي").Date("الحزب الشيوعي السوفيتي", ClaimProperties.Founded, "عام 1918", "1918").Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications).Verdict);
        Assert.Single(KbFlags(d));
    }

    [Fact]
    public void A_place_cut_out_of_a_longer_word_is_nil()
    {
        var d = new KbDoc("ولد شارل ديغول في ليلة باردة من شتاء 1890.").Person("شارل ديغول").Place("ليل").Run(Kb);
        Assert.DoesNotContain(d.KbLinks, l => l.Item == "Q648");
    }

    [Fact]
    public void The_whole_word_place_links()
    {
        var d = new KbDoc("ولد شارل ديغول في ليل الفرنسية سنة 1890.").Person("شارل ديغول").Place("ليل").Run(Kb);
        Assert.Contains(d.KbLinks, l => l.Item == "Q648");
    }

    [Fact]
    public void A_linked_name_with_a_stray_word_is_not_a_relative()
    {
        var d = new KbDoc("ولد شارل ديغول في ليل. س: متى ولد شارل ديغول وأين؟")
            .Person("شارل ديغول").Person("شارل ديغول وأين", "junk").Run(Kb);
        Assert.DoesNotContain(d.KbLinks, l => l.Item == Kb.Id("Anne de Gaulle"));
    }

    [Theory]
    [InlineData("عام 1951", "1951", Verdicts.Contradicted)]
    [InlineData("عام 1953", "1953", Verdicts.Supported)]
    public void A_marriage_read_as_the_subjects_own_is_checked_against_the_spouse_the_sentence_names(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"تزوج غورباتشوف من رايسا تيتارينكو {dateText} في موسكو.")
            .Person("غورباتشوف")
            .Stated("غورباتشوف", ClaimProperties.Spouse, "تزوج", dateText, year, "غورباتشوف", "marriage").Run(Kb);
        Assert.Equal(verdict, Assert.Single(d.Verifications).Verdict);
    }

    [Fact]
    public void A_marriage_read_as_the_subjects_own_naming_no_kb_spouse_is_not_verified()
    {
        var d = new KbDoc("تزوج غورباتشوف من فتاة من قريته عام 1951.")
            .Person("غورباتشوف")
            .Stated("غورباتشوف", ClaimProperties.Spouse, "تزوج", "عام 1951", "1951", "غورباتشوف", "marriage").Run(Kb);
        Assert.Empty(d.Verifications);
    }

    [Fact]
    public void A_namesake_whose_birth_year_is_his_fathers_is_not_the_son()
    {
        // Without a suffix, "ألكسندر دوما" born 1802 is the father, whom the son's alias also names.
        var d = new KbDoc("كان ألكسندر دوما قد ولد عام 1802 في بلدة صغيرة.")
            .Person("ألكسندر دوما").Date("ألكسندر دوما", ClaimProperties.BirthDate, "عام 1802", "1802").Run(Kb);
        Assert.DoesNotContain(d.KbLinks, l => l.Item == Kb.Id("Alexandre Dumas fils"));
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_wrong_birth_year_that_no_namesake_relative_has_is_still_a_contradiction()
    {
        var d = new KbDoc("ولد ألكسندر دوما الابن عام 1826 في باريس.")
            .Person("ألكسندر دوما الابن").Date("ألكسندر دوما الابن", ClaimProperties.BirthDate, "عام 1826", "1826").Run(Kb);
        Assert.Equal(Kb.Id("Alexandre Dumas fils"), Assert.Single(d.KbLinks).Item);
        Assert.Single(KbFlags(d));
    }

    [Theory]
    [InlineData("عام 1955", "1955", Verdicts.Contradicted)]
    [InlineData("عام 1956", "1956", Verdicts.Supported)]
    public void The_office_whose_name_the_clause_holds_most_fully_is_the_one_compared(string dateText, string year, string verdict)
    {
        // "رئيسًا لوزراء تونس" holds all of "رئيس وزراء تونس" and two words of the president's alias "رئيس تونس".
        var kb = KbFixtures.Load("dev5b.json");
        var d = new KbDoc($"عُيّن الحبيب بورقيبة رئيسًا لوزراء تونس {dateText} بعد الاستقلال.")
            .Person("الحبيب بورقيبة")
            .Stated("الحبيب بورقيبة", ClaimProperties.PositionHeld, "عُيّن", dateText, year, act: "office/appointed").Run(kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(kb.Id("Prime Minister of Tunisia"), v.Kb!.Value);
    }

    [Fact]
    public void An_answer_to_a_question_about_a_relative_is_not_the_subjects()
    {
        // A masculine verb this time: the father's death, which the gender cannot tell from the subject's.
        var d = new KbDoc("ولد شارل ديغول في ليل سنة 1890.\nس: متى توفي والده؟\nج: توفي عام 1965.")
            .Person("شارل ديغول").Stated("شارل ديغول", ClaimProperties.DeathDate, "توفي", "عام 1965", "1965", verbOccurrence: 2).Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal("another-subject", v.Note);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void An_answer_to_a_question_about_the_subject_is_compared()
    {
        var d = new KbDoc("ولد شارل ديغول في ليل سنة 1890.\nس: متى توفي الجنرال؟\nج: توفي عام 1965.")
            .Person("شارل ديغول").Stated("شارل ديغول", ClaimProperties.DeathDate, "توفي", "عام 1965", "1965", verbOccurrence: 2).Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications).Verdict);
        Assert.Single(KbFlags(d));
    }

    [Theory]
    [InlineData("عام 1946", "1946", Verdicts.Supported)]
    [InlineData("عام 1948", "1948", Verdicts.Contradicted)]
    public void A_joining_without_a_tagged_organization_is_checked_against_the_one_membership_the_sentence_names(string dateText, string year, string verdict)
    {
        var d = new KbDoc($"انضم ميخائيل غورباتشوف في شبابه إلى الكومسومول {dateText} في قريته.")
            .Person("ميخائيل غورباتشوف")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.Act, "انضم", dateText, year, act: "membership").Run(Kb);
        var v = Assert.Single(d.Verifications);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(ClaimProperties.MemberOf, v.Property);
    }

    [Fact]
    public void A_joining_whose_sentence_names_two_of_the_subjects_organizations_is_not_verified()
    {
        var d = new KbDoc("انضم ميخائيل غورباتشوف إلى الكومسومول التابع للحزب الشيوعي السوفيتي عام 1948.")
            .Person("ميخائيل غورباتشوف")
            .Stated("ميخائيل غورباتشوف", ClaimProperties.Act, "انضم", "عام 1948", "1948", act: "membership").Run(Kb);
        Assert.Empty(d.Verifications);
        Assert.Empty(KbFlags(d));
    }
}
