using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 8 of issue 13, both ways, on sentences written for the tests against data/kb/dev8t.json
/// (tools/kb/make_dev8t_kb.py): memberships with their years (P463), foundings and ends of states (P571/P576) by
/// intransitive verbs, a feminine birth verb for a man, a proclaimer that is no proclaimed polity, a dated act after the
/// linked person's death, relatives linked through a stated relation, a relative who "lived until" a year, an award given
/// twice.
/// </summary>
public sealed class Round8Tests
{
    private static readonly KbPipeline Fixture = new("dev8t.json");

    // Round 14: the reading these tests pin down rests on a claim the attribution gate does not admit by default (its contradiction is an
    // info note there); they run with the gate widened to every grade.
    private static readonly KbPipeline Wide = new("dev8t.json", Tarikh.Core.Claims.AttributionGrade.Ambiguous);

    private static InMemoryKnowledgeBase Kb => Fixture.Kb;

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => KbPipeline.KbFlags(d);

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private const string Einstein = "ألبرت أينشتاين فيزيائي وُلد في أولم سنة 1879.";

    // ---- memberships (P463) -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("سنة 1913", Verdicts.Supported)]
    [InlineData("سنة 1920", Verdicts.Contradicted)] // elected in 1913
    public void A_membership_by_election_is_compared_with_its_start(string year, string verdict)
    {
        var d = Run($"{Einstein} وانتُخب عضواً في الأكاديمية البروسية للعلوم {year}.");
        var claim = Assert.Single(d.Claims, c => c.Property == ClaimProperties.MemberOf);
        Assert.Equal(MembershipClaims.Source, claim.Source);
        var v = Assert.Single(d.Verifications, v => v.Claim == claim.Id);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Prussian Academy of Sciences"), v.Kb!.Value);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
    }

    [Theory]
    [InlineData("سنة 1913", 0)]
    [InlineData("سنة 1920", 1)]
    public void A_body_named_before_and_referred_to_by_a_pronoun_is_the_membership(string year, int flags)
    {
        // "عضواً فيها": the academy of the clause before.
        var d = Wide.Run($"{Einstein} وعمل في الأكاديمية البروسية للعلوم، وانتُخب {year} عضواً كاملاً فيها.");
        Assert.Contains(d.Claims, c => c.Property == ClaimProperties.MemberOf);
        Assert.Equal(flags, KbFlags(d).Length);
    }

    [Fact]
    public void A_corresponding_membership_gives_no_claim()
    {
        // A corresponding member is another grade than the KB's membership: never compared with its start.
        var d = Run($"{Einstein} وانتُخب عضواً مراسلاً في الأكاديمية البروسية للعلوم سنة 1909.");
        Assert.DoesNotContain(d.Claims, c => c.Property == ClaimProperties.MemberOf);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_second_membership_in_the_sentence_names_its_own_body()
    {
        // "ثم عضواً أجنبياً في الجمعية الملكية سنة 1921": the Royal Society's year, not the academy's before it.
        var d = Run($"{Einstein} وانتُخب عضواً في الأكاديمية البروسية للعلوم سنة 1913، ثم عضواً أجنبياً في الجمعية الملكية سنة 1921.");
        Assert.Equal(2, d.Claims.Count(c => c.Property == ClaimProperties.MemberOf));
        Assert.All(d.Verifications.Where(v => v.Property == ClaimProperties.MemberOf), v => Assert.Equal(Verdicts.Supported, v.Verdict));
        Assert.Empty(KbFlags(d));
    }

    // ---- foundings and ends of states (P571/P576) ---------------------------------------------------------------------

    [Theory]
    [InlineData("قامت المملكة المصرية سنة 1922 بعد التصريح البريطاني.", ClaimProperties.Founded, Verdicts.Supported)]
    [InlineData("قامت المملكة المصرية سنة 1925 بعد التصريح البريطاني.", ClaimProperties.Founded, Verdicts.Contradicted)]
    [InlineData("وسقطت المملكة المصرية سنة 1953 بإعلان الجمهورية.", ClaimProperties.Dissolved, Verdicts.Supported)]
    [InlineData("وسقطت المملكة المصرية سنة 1950 بإعلان الجمهورية.", ClaimProperties.Dissolved, Verdicts.Contradicted)]
    public void An_intransitive_verb_of_founding_or_ending_dates_the_state_after_it(string text, string property, string verdict)
    {
        var d = Run(text);
        var claim = Assert.Single(d.Claims, c => c.Property == property);
        Assert.Equal(PolityClaims.Source, claim.Source);
        var v = Assert.Single(d.Verifications, v => v.Claim == claim.Id);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Kingdom of Egypt"), v.Kb!.Item);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
    }

    [Fact]
    public void A_date_of_a_relative_clause_is_not_the_main_verbs()
    {
        // "انتهت المملكة المصرية التي قامت سنة 1922": 1922 is the founding, not the end.
        var d = Run("وفي سنة 1953 انتهت المملكة المصرية التي قامت سنة 1922.");
        Assert.Contains(d.Claims, c => c.Property == ClaimProperties.Founded && c.Value.Text == "سنة 1922");
        Assert.DoesNotContain(d.Claims, c => c.Property == ClaimProperties.Dissolved && c.Value.Text == "سنة 1922");
        Assert.Empty(KbFlags(d));
    }

    [Theory]
    [InlineData("وقامت المملكة المصرية بإرسال وفد إلى لندن سنة 1930.")]
    [InlineData("وقامت المملكة المصرية في أيار 1930 بإرسال وفد إلى لندن.")] // the verbal noun after the date
    public void Qama_with_a_verbal_noun_is_an_act_not_a_founding(string text)
    {
        var d = Run(text);
        Assert.DoesNotContain(d.Claims, c => c.Property == ClaimProperties.Founded);
        Assert.Empty(KbFlags(d));
    }

    [Theory]
    [InlineData("سنة 422 هـ", Verdicts.Supported)] // 1031 CE
    [InlineData("سنة 380 هـ", Verdicts.Contradicted)] // 990 CE: inside the caliphate's lifetime, so not "another polity"
    public void A_state_named_with_a_head_noun_outside_the_mention_is_the_state(string year, string verdict)
    {
        // "الخلافة بقرطبة": the mention is the city; the KB's item, named so, is the caliphate.
        var d = Run($"وسقطت الخلافة بقرطبة {year} وتفرقت الأندلس بين ملوك الطوائف.");
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.Dissolved);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Caliphate of Córdoba"), v.Kb!.Item);
    }

    [Theory]
    [InlineData("وأعلن الأردن إنهاء الاتحاد في 2 آب/ أغسطس 1958.", 0)]
    [InlineData("وأعلن الأردن استقلاله في 25 أيار/ مايو 1948.", 1)]
    public void A_proclaimer_followed_by_the_act_it_proclaims_is_not_founded(string text, int flags)
    {
        // Jordan proclaims the end of a union in 1958: no founding of Jordan. Its own independence is its founding (1946).
        var d = Run($"تأسس الاتحاد العربي بين العراق والأردن سنة 1958. {text}");
        Assert.Equal(flags, KbFlags(d).Length);
        Assert.Equal(flags, d.Verifications.Count(v => v.Verdict == Verdicts.Contradicted && v.Kb?.Item == Kb.Id("Hashemite Kingdom of Jordan")));
    }

    // ---- a feminine birth verb for a man ---------------------------------------------------------------------------

    [Theory]
    [InlineData("وُلدت", 0)] // hers: the wife's birth
    [InlineData("وُلد", 1)] // his: compared (1812 against 1799)
    public void A_feminine_birth_verb_past_the_sentences_opening_is_not_a_mans(string verb, int flags)
    {
        var d = Run($"ألكسندر بوشكين شاعر روسي وُلد في موسكو سنة 1799. وتزوج سنة 1831 من ابنة أحد النبلاء، وقد {verb} سنة 1812.");
        Assert.Equal(flags, KbFlags(d).Count(f => f.MessageEn.Contains("1799", StringComparison.Ordinal)));
    }

    // ---- acts after the linked person's death -----------------------------------------------------------------------

    [Theory]
    [InlineData("سنة 1956", Verdicts.Supported)]
    [InlineData("سنة 1957", Verdicts.Contradicted)]
    public void An_act_dated_after_the_linked_persons_death_is_the_article_subjects(string year, string verdict)
    {
        // The claims stage gives "ونال" to Pushkin, the last person named; Pushkin died in 1837, so it is Bardeen's.
        var d = Run($"جون باردين فيزيائي أمريكي وُلد سنة 1908. وكان يحب شعر ألكسندر بوشكين، وقد نشر بوشكين قصيدته الأخيرة سنة 1836. ونال جائزة نوبل في الفيزياء {year}.");
        var v = Assert.Single(d.Verifications, v => v.Property == "P166");
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("John Bardeen"), v.Kb!.Item);
        Assert.All(KbFlags(d), f => Assert.Equal(Severity.Warning, f.Severity)); // re-attributed: a warning at most
    }

    [Fact]
    public void An_act_naming_its_person_is_not_reattributed()
    {
        // "ونال بوشكين …": the sentence names who acted; nothing is given to the article's subject.
        var d = Run("جون باردين فيزيائي أمريكي وُلد سنة 1908. وكان يحب شعر ألكسندر بوشكين. ونال بوشكين جائزة نوبل في الفيزياء سنة 1957.");
        Assert.DoesNotContain(d.Verifications, v => v.Property == "P166" && v.Kb?.Item == Kb.Id("John Bardeen"));
        Assert.Empty(KbFlags(d));
    }

    // ---- relatives' own dates and places ----------------------------------------------------------------------------

    [Theory]
    [InlineData("إسطنبول", 0)]
    [InlineData("مانيسا", 1)] // she died in Istanbul
    public void A_relative_left_nil_is_linked_through_the_stated_relation(string place, int flags)
    {
        // "خاتون" alone links to no one; "وأمه خاتون" of Suleiman is his one mother whose names hold it (Hafsa Hatun).
        var d = Wide.Run($"سليمان القانوني سلطان عثماني وُلد في طرابزون سنة 1494. وأمه خاتون التي توفيت في {place} سنة 1534.");
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.DeathPlace);
        Assert.Equal(Kb.Id("Hafsa Sultan"), v.Kb!.Item);
        Assert.Equal(flags, KbFlags(d).Length);
        Assert.All(KbFlags(d), f => Assert.Equal(Severity.Warning, f.Severity)); // linked through the relation: a warning
    }

    [Theory]
    [InlineData("سنة 1494", Verdicts.Supported)]
    [InlineData("سنة 1490", Verdicts.Contradicted)]
    public void A_childs_birth_stated_after_the_parents_is_the_childs(string year, string verdict)
    {
        // "ووُلد له ابنه وولي عهده سليمان": a second birth of the article's subject to the events stage; the dative pronoun and
        // the kinship noun make it the son's, the title between them is skipped.
        var d = Run($"سليم الأول سلطان عثماني وُلد سنة 1470. ووُلد له ابنه وولي عهده سليمان {year}.");
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.BirthDate && v.Kb?.Item == Kb.Id("Suleiman the Magnificent"));
        Assert.Equal(verdict, v.Verdict);
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.BirthDate && v.Kb?.Item == Kb.Id("Selim I") && v.Verdict == Verdicts.Contradicted);
    }

    [Theory]
    [InlineData("سنة 1871", Verdicts.Supported)]
    [InlineData("سنة 1880", Verdicts.Contradicted)]
    public void A_relative_who_lived_until_a_year_died_in_it(string year, string verdict)
    {
        var d = Run($"نيكولاي ريمسكي كورساكوف مؤلف موسيقي روسي وُلد سنة 1844. وعاش أخوه فوين حتى {year}، وتوفي نيكولاي في سانت بطرسبرغ سنة 1908.");
        var v = Assert.Single(d.Verifications, v => v.Kb?.Item == Kb.Id("Voin Rimsky-Korsakov") && v.Property == ClaimProperties.DeathDate);
        Assert.Equal(verdict, v.Verdict);
    }

    [Fact]
    public void Lived_somewhere_until_a_year_is_no_death()
    {
        // "عاش أخوه فوين في سانت بطرسبرغ حتى سنة 1860": where he lived, not when he died.
        var d = Run("نيكولاي ريمسكي كورساكوف مؤلف موسيقي روسي وُلد سنة 1844. وعاش أخوه فوين في سانت بطرسبرغ حتى سنة 1860.");
        Assert.DoesNotContain(d.Verifications, v => v.Kb?.Item == Kb.Id("Voin Rimsky-Korsakov") && v.Property == ClaimProperties.DeathDate);
        Assert.Empty(KbFlags(d));
    }

    // ---- awards -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("سنة 1972", Verdicts.Supported)] // the second of two statements of one award
    [InlineData("سنة 1973", Verdicts.Contradicted)]
    public void An_award_is_read_in_its_own_clause_and_agrees_with_either_statement(string year, string verdict)
    {
        // Two awards in one sentence, one per clause; the Nobel Prize is held twice (1956, 1972).
        var d = Run($"جون باردين فيزيائي أمريكي وُلد سنة 1908. وفي سنة 1971 نال وسام الشرف من معهد مهندسي الكهرباء والإلكترونيات، ونال جائزة نوبل في الفيزياء للمرة الثانية {year}.");
        var v = Assert.Single(d.Verifications, v => v.Property == "P166" && v.Kb?.Value == Kb.Id("Nobel Prize in Physics"));
        Assert.Equal(verdict, v.Verdict);
        Assert.Contains(d.Verifications, v => v.Property == "P166" && v.Kb?.Value == Kb.Id("IEEE Medal of Honor") && v.Verdict == Verdicts.Supported);
    }
}
