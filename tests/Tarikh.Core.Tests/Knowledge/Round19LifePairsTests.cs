using Tarikh.Core.Checks;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 19 (issue-19k1): a side person's birth and death told together right after the name ("… المولود سنة 1850 والمتوفى في
/// القاهرة سنة 1915"، "…، المولودة في بيروت سنة 1880، التي توفيت في …"): the second predicate is the named person's, compared with
/// that person's KB death date and place (path <c>life-apposition</c>, a warning). Sentences written for the tests against
/// data/kb/dev19t19k1.json (tools/kb/make_dev19t19k1_kb.py, invented people: نجيب الخوري 1860–1920, born in زحلة, died in بيروت;
/// سامي الحداد 1850–1910, born in زحلة, died in القاهرة; ليلى الحداد 1880–1940, born in بيروت, died in الإسكندرية).
/// </summary>
public sealed class Round19LifePairsTests
{
    private static readonly KbPipeline Fixture = new("dev19t19k1.json");

    private static Flag[] Flags(string text, string property)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence["kb_property"] == property)];

    [Fact]
    public void A_wrong_death_year_after_the_birth_participle_is_the_named_persons()
    {
        var flag = Assert.Single(Flags("نجيب الخوري شاعر لبناني ولد في زحلة سنة 1860. ومن أصدقائه سامي الحداد المولود سنة 1850 والمتوفى في القاهرة سنة 1915.", "P570"));
        Assert.Equal(Fixture.Kb.Id("Sami al-Haddad"), flag.Evidence["item"]);
    }

    [Fact]
    public void A_death_verb_after_the_birth_apposition_between_commas_is_the_named_persons()
    {
        var flag = Assert.Single(Flags("نجيب الخوري شاعر لبناني ولد في زحلة سنة 1860. وسامي الحداد، المولود في زحلة سنة 1850، توفي بعد ذلك سنة 1915.", "P570"));
        Assert.Equal(Fixture.Kb.Id("Sami al-Haddad"), flag.Evidence["item"]);
        Assert.NotEqual(Severity.Info, flag.Severity);
    }

    [Fact]
    public void A_wrong_death_place_in_a_relative_clause_after_the_birth_is_flagged()
    {
        var flag = Assert.Single(Flags("نجيب الخوري شاعر لبناني ولد في زحلة سنة 1860. وزميلته ليلى الحداد، المولودة في بيروت سنة 1880، التي توفيت في القاهرة سنة 1940.", "P20"));
        Assert.Equal(Fixture.Kb.Id("Layla al-Haddad"), flag.Evidence["item"]);
    }

    [Fact]
    public void The_kbs_own_birth_and_death_are_not_flagged()
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run(
            "نجيب الخوري شاعر لبناني ولد في زحلة سنة 1860. ومن أصدقائه سامي الحداد المولود سنة 1850 والمتوفى في القاهرة سنة 1910.")));

    [Fact]
    public void A_feminine_death_after_a_mans_birth_is_someone_elses()
        // "التي توفيت" is his wife's death, not Sami's.
        => Assert.Empty(Flags("نجيب الخوري شاعر لبناني ولد في زحلة سنة 1860. ومن أصدقائه سامي الحداد المولود سنة 1850 وزوجته التي توفيت سنة 1915.", "P570"));

    [Fact]
    public void A_death_after_another_persons_name_is_not_the_first_persons()
        => Assert.Empty(Flags("ومن أصدقائه سامي الحداد المولود سنة 1850 ونجيب الخوري الذي توفي سنة 1920.", "P570"));
}
