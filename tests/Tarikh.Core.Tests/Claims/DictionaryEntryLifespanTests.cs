using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 16 (issue x2): a modern biographical dictionary entry opens with "(هـ = م)" lifespans: the Hijri range is the life, the
/// Gregorian one after "=" restates it; a relative dated later in the entry is compared with it. A death noun that closes an interval
/// after "بعد" ("بعد عشرين سنة من وفاته سنة …") dates the later act, not the death.
/// </summary>
public class DictionaryEntryLifespanTests
{
    private static Tarikh.Core.Text.AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    [Fact]
    public void EqualsSignLifespanIsTheSubjectsLife()
    {
        var doc = Run("نعيم بن راشد الحموي (1305 - 1379 هـ = 1888 - 1960 م): مؤرخ وأديب، ولد بحماة وتعلم في دمشق.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Source == ClaimSources.Lifespan);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.DeathDate && c.Source == ClaimSources.Lifespan);
        // The Gregorian end year is not the birth of "ولد بحماة".
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Date is { } d && d.Start.Year == 1960);
    }

    [Fact]
    public void FatherBornAfterTheEntrysSubjectIsFlagged()
    {
        var doc = Run("نعيم بن راشد الحموي (1305 - 1379 هـ = 1888 - 1960 م): مؤرخ، ولد بحماة. وكان أبوه راشد، المولود سنة 1893 م، من التجار.");
        Assert.Contains(doc.Flags, f => f.Rule == "family-order");
    }

    [Fact]
    public void FatherBornBeforeTheEntrysSubjectIsNotFlagged()
    {
        var doc = Run("نعيم بن راشد الحموي (1305 - 1379 هـ = 1888 - 1960 م): مؤرخ، ولد بحماة. وكان أبوه راشد، المولود سنة 1855 م، من التجار.");
        Assert.DoesNotContain(doc.Flags, f => f.Rule is "family-order" or "conflicting-values");
    }

    [Fact]
    public void IntervalAfterDeathDatesTheLaterAct()
    {
        var doc = Run("نعيم الحموي (1305 - 1379 هـ = 1888 - 1960 م): مؤرخ. وأصدرت له الجمعية كتابا بعد عشرين سنة من وفاته سنة 1980 م.");
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate && c.Value.Date is { } d && d.Start.Year == 1980);
    }

    [Fact]
    public void ASecondDeathYearInTheEntryIsStillFlagged()
    {
        var doc = Run("نعيم الحموي (1305 - 1379 هـ = 1888 - 1960 م): مؤرخ، أقام في دمشق وتوفي بها سنة 1964 م.");
        Assert.Contains(doc.Flags, f => f.Rule == "conflicting-values");
    }
}
