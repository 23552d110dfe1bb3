using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Tests.Events;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Groups (GRP) are event participants since issue #14: the claims of one life (birth, death, lifespan, office,
/// acts) still need a person as their subject, so a dynasty or a people never gets a birth date or a death date.
/// </summary>
public class GroupSubjectClaimsTests
{
    private static bool IsGroup(AnalyzedDocument doc, int cluster) => cluster >= 0 && cluster < doc.Clusters.Length && doc.Clusters[cluster].Label == EntityLabels.Group;

    [Fact]
    public void AGroupThatIsTheMainParticipantOfAnEventGetsNoClaim()
    {
        var doc = ClaimExtractorTests.Run("وفي سنة 492 هـ استولى الصليبيون على بيت المقدس. وفي سنة 583 هـ استرده صلاح الدين الأيوبي.");
        Assert.Contains(doc.Events, e => e.MainParticipant is { } m && IsGroup(doc, m));
        Assert.DoesNotContain(doc.Claims, c => IsGroup(doc, c.Subject));
    }

    [Fact]
    public void ADynastyWithTwoYearsInParenthesesHasNoLifespan()
    {
        var doc = ClaimExtractorTests.Run("حكم العباسيون (132–656 هـ) من بغداد وسامراء، وقامت دولتهم على أنقاض دولة بني أمية.");
        Assert.Contains(doc.Entities, m => m.Label == EntityLabels.Group && m.Text == "العباسيون");
        Assert.DoesNotContain(doc.Claims, c => IsGroup(doc, c.Subject));
        Assert.DoesNotContain(doc.Claims, c => c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate);
    }

    [Fact]
    public void APersonWithTwoYearsInParenthesesStillHasALifespan()
    {
        // The other way: the same shape after a person's name is a lifespan.
        var doc = ClaimExtractorTests.Run("عاش هارون الرشيد (149–193 هـ) في بغداد، وحكم العباسيون بعده زمنا طويلا.");
        var who = doc.Entities.First(m => m.Text == "هارون الرشيد").Cluster;
        Assert.Contains(doc.Claims, c => c.Subject == who && c.Property == ClaimProperties.BirthDate);
        Assert.DoesNotContain(doc.Claims, c => IsGroup(doc, c.Subject));
    }

    [Theory]
    [InlineData("birth")]
    [InlineData("death")]
    [InlineData("office")]
    public void AnEventOfOneLifeWhoseMainParticipantIsAGroupGivesNoClaim(string type)
    {
        // Whatever the events stage gives, the claims stage does not read a group as a person.
        var layers = new EventTestDocs("وفي سنة 656 هـ تولى المغول الحكم في بغداد.")
            .Entity("المغول", EntityLabels.Group).Place("بغداد").Time("سنة 656 هـ", "1258")
            .Layers();
        var group = layers.Entities.First(m => m.Text == "المغول");
        var trigger = layers.Source.Text.IndexOf("تولى", StringComparison.Ordinal);
        var ev = new EventMention(type, new TextSpan(trigger, trigger + 4), "تولى", 0, EventTestDocs.Interval("1258"), null,
            [new Participant(type == "office" ? "agent" : "patient", group.Cluster)], 0, 0.9)
        {
            Evidence = [group.Span],
        };
        var doc = new ClaimsStage().Run(layers with { Events = [ev], Layers = layers.Layers.Add(Layer.Events) });
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Claims, c => c.Subject == group.Cluster);
    }
}
