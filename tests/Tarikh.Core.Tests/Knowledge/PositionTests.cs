using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Accessions to a ruler's office (P39 with its start P580), both ways, on sentences written for the tests against
/// data/kb/dev13p.json (tools/kb/make_dev13p_kb.py): an oath of allegiance to the emirate (a Hijri year against a Julian
/// day), a throne sat on for a second reign (either term agrees), a king's throne, and a subject whose KB holds no ruler's
/// position (not in the KB, never a contradiction).
/// </summary>
public sealed class PositionTests
{
    private static readonly KbPipeline Fixture = new("dev13p.json");

    private static InMemoryKnowledgeBase Kb => Fixture.Kb;

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => KbPipeline.KbFlags(d);

    private static Verification Accession(AnalyzedDocument d)
    {
        var claim = Assert.Single(d.Claims, c => c.Source == PositionClaims.Source);
        Assert.Equal(ClaimProperties.PositionHeld, claim.Property);
        return Assert.Single(d.Verifications, v => v.Claim == claim.Id);
    }

    [Theory]
    [InlineData("سنة 300 هـ", Verdicts.Supported)] // 1 Rabi al-Awwal 300 AH = October 912
    [InlineData("سنة 302 هـ", Verdicts.Contradicted)]
    public void An_oath_to_the_emirate_is_compared_with_the_emirs_start_across_calendars(string year, string verdict)
    {
        var d = Fixture.Run($"عبد الرحمن الناصر لدين الله أمير أندلسي وُلد في قرطبة. بويع له بالإمارة {year} بعد وفاة جده.");
        var v = Accession(d);
        Assert.Equal(verdict, v.Verdict);
        Assert.Equal(Kb.Id("Emir of Córdoba"), v.Kb!.Value);
        Assert.Equal(verdict == Verdicts.Contradicted ? 1 : 0, KbFlags(d).Length);
    }

    [Theory]
    [InlineData("سنة 1444", 0)] // the first reign
    [InlineData("سنة 1451", 0)] // the second reign: another statement of the same position
    [InlineData("سنة 1449", 1)]
    public void A_throne_held_twice_agrees_with_either_term(string year, int flags)
    {
        var d = Fixture.Run($"محمد الفاتح سلطان عثماني وُلد في أدرنة. جلس محمد الفاتح على العرش {year}.");
        var v = Accession(d);
        Assert.Equal(flags == 0 ? Verdicts.Supported : Verdicts.Contradicted, v.Verdict);
        Assert.Equal(flags, KbFlags(d).Length);
    }

    [Theory]
    [InlineData("1952: تولى العرش بعد تنحي أبيه.", 0)]
    [InlineData("1950: تولى العرش بعد تنحي أبيه.", 1)]
    public void A_timeline_line_dates_the_accession(string line, int flags)
    {
        var d = Fixture.Run($"الحسين بن طلال ملك أردني وُلد في عمّان سنة 1935.\n{line}");
        Assert.Equal(flags, KbFlags(d).Length);
        Assert.Equal(flags == 0 ? Verdicts.Supported : Verdicts.Contradicted, Accession(d).Verdict);
    }

    [Fact]
    public void A_subject_without_a_rulers_position_is_not_in_the_kb()
    {
        // The KB holds a judgeship for him, no throne: nothing to compare, never a contradiction.
        var d = Fixture.Run("أبو بكر بن العربي فقيه وُلد في إشبيلية. وجلس على العرش سنة 1120.");
        Assert.Equal(Verdicts.NotInKb, Accession(d).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_refused_throne_gives_no_claim()
    {
        var d = Fixture.Run("محمد الفاتح سلطان عثماني وُلد في أدرنة. ورفض محمد الفاتح أن يجلس على العرش سنة 1449.");
        Assert.DoesNotContain(d.Claims, c => c.Source == PositionClaims.Source);
        Assert.Empty(KbFlags(d));
    }
}
