using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 16 (issue-13b): whom a carried birth or death belongs to, and whose a date is, both ways, on sentences written for the
/// tests against data/kb/dev16w.json (tools/kb/make_dev16w_kb.py, invented people: the emir منصور الحلبي, emir of Aleppo from 1870
/// and killed in Damascus in 1890; the singer سلمى الأيوبي, 1890–1960, of Aleppo; her teacher زكية القباني, alias "القباني").
/// </summary>
public sealed class Round16OwnTimeTests
{
    private static readonly KbPipeline Fixture = new("dev16w.json");

    private static Flag[] KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence["kb_property"] == property)];

    // ---- a sentence that opens with another person's name, the entity stage having left it untagged ----------------------------

    [Theory]
    [InlineData("والقباني نفسها وُلدت في حلب سنة 1850، وتوفيت في دمشق سنة 1960.")]
    [InlineData("فالقباني وُلدت في حلب سنة 1850 وتوفيت في دمشق سنة 1960.")]
    public void A_death_in_a_sentence_fronting_another_kb_persons_name_is_not_the_subjects(string aside)
    {
        var d = new KbDoc($"وُلدت سلمى الأيوبي في حلب سنة 1890، وتعلمت الغناء على معلمة من أهل المدينة. {aside}")
            .Person("سلمى الأيوبي").Place("حلب").Place("دمشق")
            .Stated("سلمى الأيوبي", ClaimProperties.DeathPlace, "وتوفيت", "سنة 1960", "1960", "دمشق")
            .Run(Fixture.Kb);
        Assert.Empty(KbFlags(d, "P20"));
    }

    [Theory]
    [InlineData("ثم توفيت في دمشق سنة 1960.")]
    [InlineData("وسلمى الأيوبي نفسها توفيت في دمشق سنة 1960.")]
    public void A_death_in_a_sentence_of_the_subject_is_still_flagged(string sentence)
    {
        var doc = new KbDoc($"وُلدت سلمى الأيوبي في حلب سنة 1890، وتعلمت الغناء على معلمة من أهل المدينة. {sentence}")
            .Person("سلمى الأيوبي").Place("حلب").Place("دمشق")
            .Stated("سلمى الأيوبي", ClaimProperties.DeathPlace, "توفيت", "سنة 1960", "1960", "دمشق");
        if (sentence.Contains("سلمى", StringComparison.Ordinal))
        {
            doc.Person("سلمى الأيوبي", occurrence: 2);
        }

        Assert.Single(KbFlags(doc.Run(Fixture.Kb), "P20"));
    }

    // ---- a date after a second, coordinated verb is that verb's ----------------------------------------------------------------

    [Theory]
    [InlineData("صار منصور الحلبي أميرا على حلب واغتيل في دمشق سنة 1890.")]
    [InlineData("صار منصور الحلبي أميرا على حلب ثم اغتيل في دمشق سنة 1890.")]
    public void A_date_after_a_coordinated_second_verb_does_not_date_the_first(string sentence)
    {
        var d = Fixture.Run($"منصور الحلبي قائد حلبي وُلد في حلب سنة 1840.\n{sentence}");
        Assert.Empty(KbFlags(d, "P39"));
    }

    [Fact]
    public void A_date_right_after_the_office_still_dates_it()
    {
        var d = Fixture.Run("منصور الحلبي قائد حلبي وُلد في حلب سنة 1840.\nصار منصور الحلبي أميرا على حلب سنة 1880 واغتيل في دمشق.");
        Assert.Single(KbFlags(d, "P39"));
    }

    [Fact]
    public void The_first_acts_date_does_not_date_the_second_verb()
    {
        // "سنة 1840" is the birth's, the first date after its verb: the death coordinated after it is undated, never 1840.
        var d = Fixture.Run("منصور الحلبي قائد حلبي.\nوُلد منصور الحلبي في حلب سنة 1840 وتوفي في دمشق.");
        Assert.DoesNotContain(d.Claims, c => c.Property == ClaimProperties.DeathDate && c.Value.Date?.Start.Year == 1840);
        Assert.Empty(KbFlags(d, "P570"));
    }

    [Fact]
    public void The_second_verbs_own_date_still_dates_it()
    {
        var d = Fixture.Run("منصور الحلبي قائد حلبي.\nوُلد منصور الحلبي في حلب سنة 1840 وتوفي في دمشق سنة 1890.");
        Assert.Contains(d.Claims, c => c.Property == ClaimProperties.DeathDate && c.Value.Date?.Start.Year == 1890);
    }

    // ---- "في السنة نفسها" anchored on a year of an aside about someone else -------------------------------------------------------

    [Fact]
    public void The_same_year_anchored_in_an_aside_about_another_person_does_not_date_the_subjects_act()
    {
        var d = Fixture.Run("منصور الحلبي قائد حلبي وُلد في حلب سنة 1840، ودرس على زكية القباني.\nوالقباني نفسها وُلدت في حلب سنة 1850.\n"
            + "وصار منصور أميرا على حلب في السنة نفسها.");
        Assert.Empty(KbFlags(d, "P39"));
    }

    [Fact]
    public void The_same_year_anchored_in_the_subjects_own_sentence_still_dates_the_act()
    {
        var d = Fixture.Run("منصور الحلبي قائد حلبي وُلد في حلب سنة 1840.\nوتخرج منصور الحلبي في دمشق سنة 1850.\nوصار أميرا على حلب في السنة نفسها.");
        Assert.Single(KbFlags(d, "P39"));
    }

    // ---- a century fronted as the sentence's frame, a finer date after the verb -------------------------------------------------

    [Theory]
    [InlineData("سنة 1870", 0)]
    [InlineData("سنة 1880", 1)]
    public void A_finer_date_after_the_verb_dates_the_act_not_the_fronted_century(string year, int flags)
    {
        var d = Fixture.Run($"منصور الحلبي قائد حلبي وُلد في حلب سنة 1840.\nوفي القرن التاسع عشر صار منصور الحلبي أميرا على حلب {year}، وبقي فيها عشرين عاما.");
        Assert.Equal(flags, KbFlags(d, "P39").Length);
        Assert.DoesNotContain(d.Claims, c => c.Time?.Text == "القرن التاسع عشر");
    }
}
