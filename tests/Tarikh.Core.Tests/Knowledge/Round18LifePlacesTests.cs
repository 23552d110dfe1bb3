using Tarikh.Core.Checks;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 18 (issue-13a): the place of a birth or a death written right after its verb that the entity stage left untagged, found
/// by its whole KB name (path <c>place-at-verb</c>), and a birth or death claim compared with the person its own clause names
/// (the topic of "أما"، the first verb's subject, reason <c>clause-subject</c>). Sentences written for the tests against
/// data/kb/dev18t13a.json (tools/kb/make_dev18t13a_kb.py, invented people: كريم الصيرفي, born 1870 in كفرنحلة, died 1930 in
/// بيروت; his brother سليم, 1875–1935, died in القاهرة; invented villages كفرنحلة، عين زيتونة، بقعاتوتا).
/// </summary>
public sealed class Round18LifePlacesTests
{
    private static readonly KbPipeline Fixture = new("dev18t13a.json");

    private static Flag[] Flags(string text, string property)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence["kb_property"] == property)];

    [Theory]
    [InlineData("كريم الصيرفي أديب لبناني. ولد في بقعاتوتا سنة 1870، ودرس في بيروت.", "P19")]
    [InlineData("كريم الصيرفي أديب لبناني ولد سنة 1870. وتوفي كريم في بقعاتوتا سنة 1930.", "P20")]
    public void An_untagged_village_after_the_verb_that_is_another_kb_place_is_flagged(string text, string property)
    {
        var flag = Assert.Single(Flags(text, property));
        Assert.Equal(Fixture.Kb.Id("Karim al-Sayrafi"), flag.Evidence["item"]);
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Theory]
    [InlineData("كريم الصيرفي أديب لبناني. ولد في كفرنحلة سنة 1870، ودرس في بيروت.", "P19")]
    [InlineData("كريم الصيرفي أديب لبناني. ولد في بحنين سنة 1870، ودرس في بيروت.", "P19")] // a village the KB does not hold
    [InlineData("كريم الصيرفي أديب لبناني ولد سنة 1870. وتوفي كريم في بيروت سنة 1930.", "P20")]
    public void The_kbs_own_place_or_a_place_it_does_not_hold_is_not_flagged(string text, string property)
        => Assert.Empty(Flags(text, property));

    [Fact]
    public void A_death_after_the_topic_of_ama_is_the_topics()
    {
        var flag = Assert.Single(Flags("ولد كريم الصيرفي في كفرنحلة سنة 1870. أما سليم الصيرفي فعاش في المهجر، وتوفي في بيروت سنة 1935.", "P20"));
        Assert.Equal(Fixture.Kb.Id("Salim al-Sayrafi"), flag.Evidence["item"]);
    }

    [Fact]
    public void The_topics_right_death_is_not_flagged()
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run("ولد كريم الصيرفي في كفرنحلة سنة 1870. أما سليم الصيرفي فعاش في المهجر، وتوفي في القاهرة سنة 1935.")));

    [Fact]
    public void A_date_before_a_coordinated_death_verb_is_the_first_verbs()
        // "سنة 1920" is the year Salim became director; his death (1935) is not dated here.
        => Assert.Empty(Flags("ولد كريم الصيرفي في كفرنحلة سنة 1870. صار سليم الصيرفي مدير المدرسة سنة 1920، وتوفي في القاهرة.", "P570"));
}
