using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Offices with their start years (issue 13, round 7b), both ways, on sentences written for the tests against
/// data/kb/dev7b.json (Ibn Hajar, Fuad I): an office named by its verbal noun ("ولي القضاء") is the KB position
/// named by its holder's noun ("قاضي مصر"); "صار ملكاً على مصر" is an office held like "أصبح ملكاً".
/// </summary>
public sealed class Round7bTests
{
    private static readonly KbPipeline Fixture = new("dev7b.json");

    private static InMemoryKnowledgeBase Kb => Fixture.Kb;

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => KbPipeline.KbFlags(d);

    private static AnalyzedDocument Run(string text) => Fixture.Run(text);

    private const string IbnHajar = "ابن حجر العسقلاني محدّث ومؤرخ وُلد في القاهرة سنة 1372.";

    private const string Fuad = "فؤاد الأول حاكم مصري وُلد في القاهرة سنة 1868.";

    // ---- an office named by its verbal noun ---------------------------------------------------------------

    [Theory]
    [InlineData("سنة 827 هـ", Verdicts.Supported)] // 827 AH = 1423–24 CE
    [InlineData("سنة 800 هـ", Verdicts.Contradicted)] // 800 AH = 1397–98 CE, a quarter of a century before
    public void An_office_named_by_its_verbal_noun_is_the_position_named_by_its_holder(string year, string verdict)
    {
        // "ولي القضاء بمصر" holds "قاضي مصر" only through the verbal noun: "القضاء" is the office of a "قاضي".
        var d = Run($"{IbnHajar} ثم ولي القضاء بمصر {year} بعد طول انتظار.");
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.PositionHeld);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Ibn Hajar al-Asqalani"), v.Kb!.Item);
        Assert.Equal(Kb.Id("chief qadi of Egypt"), v.Kb.Value);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
    }

    [Fact]
    public void A_verbal_noun_alone_does_not_name_a_position_of_two_words()
    {
        // "ولي القضاء" with no word of where: one word of "قاضي مصر" is not enough to compare its dates.
        var d = Run($"{IbnHajar} ثم ولي القضاء سنة 800 هـ.");
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.PositionHeld && v.Verdict == Verdicts.Contradicted);
        Assert.Empty(KbFlags(d));
    }

    // ---- "صار ملكاً على" ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("سنة 1922", Verdicts.Supported)]
    [InlineData("سنة 1919", Verdicts.Contradicted)] // in 1919 he was sultan, not yet king
    public void Became_king_of_a_country_is_the_kingship_not_the_sultanate(string year, string verdict)
    {
        var d = Run($"{Fuad} وكان سلطاناً على مصر منذ سنة 1917، ثم صار ملكاً على مصر {year}.");
        var v = Assert.Single(d.Verifications, v => v.Property == ClaimProperties.PositionHeld && v.Kb?.Value == Kb.Id("King of Egypt"));
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Fuad I of Egypt"), v.Kb!.Item);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
    }
}
