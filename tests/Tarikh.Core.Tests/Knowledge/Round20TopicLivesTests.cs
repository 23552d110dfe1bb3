using Tarikh.Core.Checks;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 20 (issue-20k1): a sentence's topic person and the life verbs later in the sentence ("وكان ابن عمه فلان شاعرًا، وُلد سنة
/// … ومات سنة …"), a relative named right after a death verb and a kinship noun ("توفيت زوجته فلانة سنة …"), the place after a
/// death's date ("وتوفي … في 3 آذار/ مارس 1960 في حلب"), and a passive death verb after a birth participle ("المولود … اغتيل سنة
/// …"). Sentences written for the tests against data/kb/dev20t20k1.json (tools/kb/make_dev20t20k1_kb.py, invented people: فؤاد
/// الشرقاوي 1890–1960, born in طرابلس, died in حمص; رشيد الشرقاوي 1885–1950, born in طرابلس, died in حلب; سميرة النداف 1895–1970,
/// his wife, born in حماة, died in حمص; كامل بركات 1870–1940, born and died in حمص).
/// </summary>
public sealed class Round20TopicLivesTests
{
    private static readonly KbPipeline Fixture = new("dev20t20k1.json");

    private static Flag[] Flags(string text, string property)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence["kb_property"] == property)];

    [Fact]
    public void A_death_verb_after_the_topics_description_is_the_topics()
    {
        var flag = Assert.Single(Flags("فؤاد الشرقاوي محام من طرابلس. وكان ابن عمه رشيد الشرقاوي شاعرًا معروفًا، وُلد سنة 1885 ومات سنة 1953.", "P570"));
        Assert.Equal(Fixture.Kb.Id("Rashid al-Sharqawi"), flag.Evidence["item"]);
        Assert.NotEqual(Severity.Info, flag.Severity);
    }

    [Fact]
    public void A_name_in_a_prepositional_phrase_is_not_the_verbs_subject()
        // The minister is no KB person: the claims stage gives him the birth, unlinked; the topic's reading takes it.
    {
        var flag = Assert.Single(Flags("فؤاد الشرقاوي محام من طرابلس. أخوه رشيد الشرقاوي كان كاتبًا للوزير سليم العطار، وقد وُلد سنة 1887.", "P569"));
        Assert.Equal(Fixture.Kb.Id("Rashid al-Sharqawi"), flag.Evidence["item"]);
    }

    [Fact]
    public void The_topics_own_years_are_not_flagged()
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run("فؤاد الشرقاوي محام من طرابلس. وكان ابن عمه رشيد الشرقاوي شاعرًا معروفًا، وُلد سنة 1885 ومات سنة 1950.")));

    [Fact]
    public void A_death_verb_with_a_subject_of_its_own_is_not_the_topics()
        => Assert.DoesNotContain(Flags("فؤاد الشرقاوي محام من طرابلس. وكان ابن عمه رشيد الشرقاوي شاعرًا معروفًا، وتوفي كامل بركات سنة 1953.", "P570"),
            f => f.Evidence["item"] == Fixture.Kb.Id("Rashid al-Sharqawi"));

    [Fact]
    public void A_feminine_death_verb_is_not_a_mans()
        => Assert.DoesNotContain(Flags("فؤاد الشرقاوي محام من طرابلس. وكان ابن عمه رشيد الشرقاوي شاعرًا معروفًا، وتوفيت سنة 1953.", "P570"),
            f => f.Evidence["item"] == Fixture.Kb.Id("Rashid al-Sharqawi"));

    [Fact]
    public void A_wife_named_after_the_death_verb_is_the_verbs_subject()
    {
        var flag = Assert.Single(Flags("فؤاد الشرقاوي محام من طرابلس، ولد سنة 1890. وتوفيت زوجته سميرة النداف سنة 1975.", "P570"));
        Assert.Equal(Fixture.Kb.Id("Samira al-Naddaf"), flag.Evidence["item"]);
        Assert.NotEqual(Severity.Info, flag.Severity);
    }

    [Fact]
    public void The_wifes_own_death_year_is_not_flagged()
        => Assert.Empty(Flags("فؤاد الشرقاوي محام من طرابلس، ولد سنة 1890. وتوفيت زوجته سميرة النداف سنة 1970.", "P570"));

    [Fact]
    public void A_death_place_after_the_date_is_compared()
    {
        var flag = Assert.Single(Flags("فؤاد الشرقاوي محام من طرابلس. وتوفي فؤاد الشرقاوي في 3 آذار/ مارس 1960 في حلب.", "P20"));
        Assert.Equal(Fixture.Kb.Id("Fuad al-Sharqawi"), flag.Evidence["item"]);
    }

    [Fact]
    public void The_kbs_death_place_after_the_date_is_not_flagged()
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run("فؤاد الشرقاوي محام من طرابلس. وتوفي فؤاد الشرقاوي في 3 آذار/ مارس 1960 في حمص.")));

    [Fact]
    public void A_passive_death_verb_after_the_birth_participle_is_the_named_persons()
    {
        var flag = Assert.Single(Flags("فؤاد الشرقاوي محام من طرابلس. ورشيد الشرقاوي المولود في طرابلس سنة 1885 اغتيل سنة 1952.", "P570"));
        Assert.Equal(Fixture.Kb.Id("Rashid al-Sharqawi"), flag.Evidence["item"]);
    }
}
