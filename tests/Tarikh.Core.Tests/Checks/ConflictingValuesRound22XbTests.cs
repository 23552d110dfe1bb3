using Tarikh.Core.Checks;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 22 (issue xb): the name right after a birth or death verb is its subject, even as a bare given name
/// the tagger did not tag alone; a text that says two persons share a name ("سمي"، "وهو غير") keeps their values apart.
/// Sentences written for these tests.
/// </summary>
public class ConflictingValuesRound22XbTests
{
    private static IEnumerable<Flag> Conflicts(string text) => Claims.ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void TaggedNameAfterTheVerbIsTheVerbsSubject()
        => Assert.Empty(Conflicts("كان فيصل بن تركي أكبر من أخيه جلوي، فقد ولد فيصل سنة 1785 وولد جلوي سنة 1790."));

    [Fact]
    public void GivenNameOfAFullNameBeforeIsTheVerbsSubject()
        => Assert.Empty(Conflicts("كان عبد العزيز بن محمد أصغر من أخيه سعود، فقد ولد عبد العزيز سنة 1740 وولد سعود سنة 1748."));

    [Fact]
    public void SameNameAfterBothVerbsStillConflicts()
        => Assert.NotEmpty(Conflicts("توفي الأمير خالد بن يوسف سنة 1650. وفي المدينة نفسها توفي خالد بن يوسف سنة 1671."));

    [Fact]
    public void NamesakeSetApartWithWahuwaGhayrKeepsTwoDeaths()
        => Assert.Empty(Conflicts("عاش محمد بن سالم الكاتب في القاهرة، وهو غير محمد بن سالم النحوي الذي توفي سنة 1420. أما الكاتب محمد بن سالم فتوفي سنة 1398."));

    [Fact]
    public void NamesakeCalledSamiyyKeepsTwoDeaths()
        => Assert.Empty(Conflicts("وكان للقاضي يوسف بن علي سمي في الدواوين هو يوسف بن علي البزاز، تاجر من حلب توفي سنة 1530. أما القاضي يوسف فتوفي سنة 1512."));

    [Fact]
    public void RepeatedNameWithoutANamesakeWordStillConflicts()
        => Assert.NotEmpty(Conflicts("توفي القاضي يوسف بن علي سنة 1530 في حلب، وكان يوسف بن علي قد درس بدمشق. أما القاضي يوسف فتوفي سنة 1512."));
}
