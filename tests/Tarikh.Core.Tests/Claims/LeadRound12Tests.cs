using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 12 (lead, after the eleventh scoring): four classes read from the eleventh held-out KB set's false flags, each
/// tested both ways on sentences written here. (1) An active killing verb whose named person is marked as the agent
/// gives nobody a death; (2) the first person the opening sentence names is the document's subject, even when a
/// namesake of a relative has more mentions; (3) a birth's date is not the date a later death verb in the same clause
/// governs; (4) a name after "في" is never a marriage partner.
/// </summary>
public class LeadRound12Tests
{
    private static string NameOf(Text.AnalyzedDocument doc, int cluster) => cluster >= 0 && cluster < doc.Clusters.Length ? doc.Clusters[cluster].Name : "";

    private static bool Is(Text.AnalyzedDocument doc, int cluster, string word) => NameOf(doc, cluster).Contains(word, StringComparison.Ordinal);

    [Fact]
    public void AKillerMarkedByTheNominativeVowelGetsNoDeath()
    {
        var doc = ClaimExtractorTests.Run("وُلد الخليفة هارون الرشيد بالري سنة 148. ثم قتل الرشيدُ وزيره سنة 187 واستبد بالأمر.");
        var sultan = doc.Entities.First(e => e.Label == Tarikh.Core.Entities.EntityLabels.Person).Cluster;
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && c.Subject == sultan);
    }

    [Fact]
    public void AKillingVerbWithOnlyItsVictimNamedStillGivesTheDeath()
    {
        var doc = ClaimExtractorTests.Run("وُلد السلطان قطز في خوارزم سنة 1221. ثم قتل قطز سنة 1260 قرب الصالحية.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "قطز"));
    }

    [Fact]
    public void TheFirstPersonOfTheOpeningSentenceIsTheSubjectDespiteANamesake()
    {
        var doc = ClaimExtractorTests.Run(
            "- 3 مارس 1802: وُلد الفلكي ماتيو رينالدي في جنوة، ابناً للنجار أنطونيو رينالدي وزوجته كلارا.\n" +
            "- 1830: توفي أبوه أنطونيو في جنوة.\n" +
            "- 1836: وُلد ابنه أنطونيو الذي حمل اسم جده.\n" +
            "- 9 مايو 1871: توفي في ميلانو.\n");
        Assert.True(doc.Subject is { } s && Is(doc, s, "ماتيو"), doc.Subject is { } x ? NameOf(doc, x) : "none");
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate && (c.Value.Text ?? "").Contains("1871", StringComparison.Ordinal));
        Assert.True(Is(doc, death.Subject, "ماتيو"), NameOf(doc, death.Subject));
    }

    [Fact]
    public void AFatherNamedFirstInTheOpeningSentenceStaysTheSubject()
    {
        var doc = ClaimExtractorTests.Run("كان التاجر سليم حداد من أعيان حمص، ووُلد ابنه فريد سنة 1900. وتوفي سليم سنة 1931 في حمص. وسافر سليم إلى مصر سنة 1910.");
        Assert.True(doc.Subject is { } s && Is(doc, s, "سليم"), doc.Subject is { } x ? NameOf(doc, x) : "none");
    }

    [Fact]
    public void ABirthDoesNotTakeTheDateOfALaterDeathVerbInItsClause()
    {
        var doc = ClaimExtractorTests.Run("- 12 مايو 1788: وُلد ماتيو رينالدي في جنوة، ابناً للنجار أنطونيو رينالدي.\n- 1790: وُلد أخوه كارلو رينالدي الذي صار عازف كمان في فيينا وتوفي فيها سنة 1844.\n");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthDate && (c.Value.Text ?? "").Contains("1844", StringComparison.Ordinal));
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && (c.Value.Text ?? "").Contains("1844", StringComparison.Ordinal));
    }

    [Fact]
    public void ABirthKeepsADateInItsOwnClause()
    {
        var doc = ClaimExtractorTests.Run("وُلد أخوه كارلو رينالدي في فيينا سنة 1790 وصار عازف كمان.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && (c.Value.Text ?? "").Contains("1790", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameAfterFiIsNoMarriagePartner()
    {
        var doc = ClaimExtractorTests.Run("وُلد الرسام خوان ميرو في برشلونة سنة 1893. تزوج بيلار جونكوسا في فالديموسا سنة 1929.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.Spouse && (c.Value.Text ?? "").Contains("فالديموسا", StringComparison.Ordinal));
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Spouse && Is(doc, c.Subject, "خوان"));
    }

    // The firing side of the gender guard's narrowing (a masculine death whose event names a woman goes neither to the topic
    // nor to the nearest man when another man is named before it) is checked only on the dev8 Mehmed II text: a sentence
    // written here that reaches the same path was not found in the time left (the events stage gives such deaths to the topic
    // directly, another open class).
    [Fact]
    public void AMasculineDeathAfterTheMotherWithNoOtherManIsTheSons()
    {
        var doc = ClaimExtractorTests.Run("وُلد الشاعر فؤاد الحلبي في حمص سنة 1890. وانتقلت أمه سعاد إلى دمشق سنة 1900، وتوفي فيها سنة 1950.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && Is(doc, c.Subject, "فؤاد"));
    }
}
