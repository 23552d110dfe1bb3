using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 10 of family-order (issue 12k): ranked lists of children, a superlative over the children, a relative born in a clause
/// of its own, "ولد قبله/بعده", ages in parentheses, the firstborn named after "ابنه البكر", and a child-of apposition after a
/// comma. Both ways, through the whole pipeline (span-checked), on sentences written for these tests.
/// </summary>
public class FamilyOrderRound10Tests
{
    private static string Name(AnalyzedDocument doc, int cluster) => doc.Clusters.First(c => c.Id == cluster).Name;

    // "البكر X …، والثاني Y …": the first-ranked child is the elder of the list.
    [Theory]
    [InlineData("1931", "1934", false)]
    [InlineData("1936", "1933", true)]
    public void ARankedListOfChildren(string first, string second, bool flagged)
    {
        var text = $"عمر الشامي المتخيَّل (1900–1975) صائغ حلبي، أنجب ولدين: البكر ماهر (ولد {first})، والثاني نزار (ولد {second}).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Sibling && c.Relation == "younger" && c.Source == ClaimSources.KinshipList);
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وولدت أخته الصغرى هند سنة …": the date of the clause is the sister's birth, not the subject's.
    [Theory]
    [InlineData("سنة 1948", false)]
    [InlineData("سنة 1941", true)]
    public void ARelativeBornInAClauseOfItsOwn(string when, bool flagged)
    {
        var text = $"ولد الطبيب المتخيَّل سامر العلي في حمص سنة 1944، وولدت أخته الصغرى هند {when}.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && Name(doc, c.Subject).Contains("هند", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    // "بكر أبيه … وولد أخوه قبله": the firstborn with a brother born before him, no year needed.
    [Theory]
    [InlineData("بعده", false)]
    [InlineData("قبله", true)]
    public void TheFirstbornWithABrotherBornBeforeHim(string when, bool flagged)
    {
        var text = $"وهو الفقيه المتخيَّل جمال الدين الأنصاري، بكر أبيه، ولد سنة 1201 هـ، وولد أخوه يوسف {when} بثلاث سنين.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Sibling && c.Source == ClaimSources.Comparison);
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وأخوه الأصغر X ولد قبله": the rank word and the comparison contradict each other.
    [Theory]
    [InlineData("الأكبر", false)]
    [InlineData("الأصغر", true)]
    public void ARankAgainstBornBefore(string rank, bool flagged)
    {
        var text = $"ولد المؤرخ المتخيَّل كمال الدين الحلبي سنة 1290 هـ. وأخوه {rank} عبد الرحيم ولد قبله بسنتين وتوفي بعده.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "(22 عاماً)" after each name: the older brother stated younger.
    [Theory]
    [InlineData("31", false)]
    [InlineData("24", true)]
    public void StatedAgesOfSiblings(string age, bool flagged)
    {
        var text = $"فاز العدّاء المتخيَّل يوسف الكعبي (27 عاماً) بالسباق، وحلّ شقيقه الأكبر خالد ({age} عاماً) ثانياً.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Age && c.Relation == "stated");
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
        Assert.Empty(Flags(text, "lifespan"));
    }

    // "ابنها البكر X، المولود عام …، في حين ولد شقيقه Y عام …": the firstborn is the child named, not the mother.
    [Theory]
    [InlineData("1999", false)]
    [InlineData("1991", true)]
    public void TheFirstbornNamedAfterHisMother(string brother, bool flagged)
    {
        var text = $"احتفلت السيدة المتخيَّلة هالة النجار بتخرج ابنها البكر وائل، المولود عام 1995، في حين ولد شقيقه مروان عام {brother}.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthOrder && Name(doc, c.Subject).Contains("هالة", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "، ابنة الممثل X (…)": a child-of apposition after a comma; the father too young (or born after) is flagged.
    [Theory]
    [InlineData("1941 – 2010", false)]
    [InlineData("1966 – 2020", true)]
    public void ADaughterInACommaApposition(string lifespan, bool flagged)
    {
        var text = $"سلمى العطار (مواليد 1972) ممثلة أردنية، ابنة الممثل فارس العطار ({lifespan}).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Child && Name(doc, c.Subject).Contains("فارس", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "، ابن عمه X": a cousin is no child.
    [Fact]
    public void ACousinAfterACommaIsNoChild()
    {
        const string text = "سعيد الحداد (مواليد 1950) شاعر لبناني، ابن عمه الروائي نبيل الحداد (1960 – 2015).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.Child);
        Assert.Empty(Flags(text, "family-order"));
    }
    // "وأكبر أبنائه X": the eldest child against the parent's other children, each with a lifespan.
    [Theory]
    [InlineData("1925–1980", false)]
    [InlineData("1918–1980", true)]
    public void TheEldestOfTheChildren(string other, bool flagged)
    {
        var text = $"خليل الأمين المتخيَّل (1890–1960) تاجر بيروتي. وأكبر أبنائه المحامي رشيد الأمين (1921–1990). ومن أبنائه أيضاً فؤاد الأمين ({other}).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthOrder && Name(doc, c.Subject).Contains("رشيد", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }
    // "وتوفي أخوه الأصغر X قبله": a relative's own death before the person's says nothing of their births.
    [Fact]
    public void ABrotherWhoDiedBeforeHimIsNoOlder()
    {
        const string text = "ولد المؤرخ المتخيَّل كمال الدين الحلبي سنة 1290 هـ في حلب، وتوفي أخوه الأصغر عبد الرحيم قبله بعشر سنين.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.Sibling && c.Source == ClaimSources.Comparison);
        Assert.Empty(Flags(text, "family-order", Severity.Info));
    }
}
