using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 14 (issue-x3), both ways, on sentences written for the tests against data/kb/dev14x3.json
/// (tools/kb/make_dev14x3_kb.py, invented people): a grandson named after his grandfather, the short name merged with the
/// grandfather's cluster; a cousin ("ابنة خالته") or a niece ("ابنة نادية") read as a daughter. Every document passes SpanAssert.
/// </summary>
public sealed class Round14KinNamesakeTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() => KbFixtures.Load("dev14x3.json"));

    private static Flag[] KbFlags(AnalyzedDocument d, string property)
        => [.. d.Flags.Where(f => f.Rule == "kb-contradiction" && f.Evidence["kb_property"] == property)];

    [Fact]
    public void A_short_name_both_the_son_and_the_grandfather_bear_is_not_a_wrong_child()
    {
        var d = new KbDoc("كان رشيد الحداد طبيباً في طرابلس، وابنه سليم مهندساً. وولد سليم رشيد الحداد في طرابلس سنة 1790.")
            .Person("رشيد الحداد").Person("سليم", "سليم رشيد الحداد").Person("سليم رشيد الحداد")
            .Kin("رشيد الحداد", ClaimProperties.Child, "وابنه", "سليم", "سليم رشيد الحداد").Run(Kb.Value);
        Assert.Empty(KbFlags(d, "P40"));
    }

    [Fact]
    public void The_grandfathers_whole_name_called_a_son_is_still_flagged()
    {
        var d = new KbDoc("كان رشيد الحداد تاجراً في طرابلس، وابنه سليم رشيد الحداد طبيباً.")
            .Person("رشيد الحداد").Person("سليم رشيد الحداد")
            .Kin("رشيد الحداد", ClaimProperties.Child, "وابنه", "سليم رشيد الحداد").Run(Kb.Value);
        Assert.Single(KbFlags(d, "P40"));
    }

    [Theory]
    [InlineData("كان رشيد الحداد تاجراً في طرابلس، وتزوج ابنة خالته وردة سنة 1855.", "خالته وردة")] // the tagger took the kinship noun into the name
    [InlineData("كان رشيد الحداد تاجراً في طرابلس، وربّى في بيته ابنة نادية بعد وفاة أبيها.", "نادية")] // "ابنة": no pronoun, his niece
    public void A_kinship_noun_that_names_another_relatives_relative_is_no_daughter(string text, string name)
    {
        var d = new KbDoc(text).Person("رشيد الحداد").Person(name).Run(Kb.Value);
        Assert.Empty(KbFlags(d, "P40"));
    }

    [Fact]
    public void A_wife_called_his_daughter_is_still_flagged()
    {
        var d = new KbDoc("كان رشيد الحداد تاجراً في طرابلس، وكانت ابنته وردة تعينه في تجارته.")
            .Person("رشيد الحداد").Person("وردة").Run(Kb.Value);
        Assert.Single(KbFlags(d, "P40"));
    }
}
