using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 21 (issue xc): a second birthplace by a place fronted before the birth idiom ("وفي X رأى النور"),
/// and a death place written with the preposition ب after the death reading of رحل ("رحل عن دنيانا بX"). Sentences written for these tests.
/// </summary>
public class ConflictingValuesRound21XcTests
{
    private static IEnumerable<Flag> Conflicts(string text) => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void FrontedPlaceBeforeBirthIdiomIsASecondBirthplace()
        => Assert.NotEmpty(Conflicts("ولد الطبيب منير الحداد في طرابلس سنة 1921. وفي بيروت أبصر النور، ثم عاد مع أهله إلى طرابلس."));

    [Fact]
    public void FrontedPlaceThatAgreesIsSilent()
        => Assert.Empty(Conflicts("ولد الطبيب منير الحداد في طرابلس سنة 1921. وفي طرابلس أبصر النور، ثم سافر مع أهله إلى بيروت."));

    [Fact]
    public void FrontedPlaceGivesTheBirthEventItsPlace()
    {
        var doc = ClaimExtractorTests.Run("وفي بيروت رأى النور الطبيب منير الحداد سنة 1921.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Value.Text == "بيروت");
    }

    [Fact]
    public void PlaceObjectOfAnotherVerbIsNotFronted()
        => Assert.Empty(Conflicts("ولد الطبيب منير الحداد في طرابلس سنة 1921. وقد زار بيروت وأبصر النور فيها ابنه البكر."));

    [Fact]
    public void DeathPlaceWithBiAfterRahalaConflictsWithALaterDeathPlace()
        => Assert.NotEmpty(Conflicts("رحل الأديب سليم البستاني عن دنيانا ببيروت في آذار 1955. ثم توفي بدمشق في العام نفسه."));

    [Fact]
    public void DeathPlaceWithBiAfterRahalaThatAgreesIsSilent()
        => Assert.Empty(Conflicts("رحل الأديب سليم البستاني عن دنيانا ببيروت في آذار 1955. ثم توفي ببيروت في العام نفسه."));
}
