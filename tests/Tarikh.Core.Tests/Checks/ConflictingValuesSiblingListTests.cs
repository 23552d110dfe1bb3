using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 19 (issue x1): two dates in two ranked items of a sibling list are two siblings' births, not one
/// person's two values; one person's two births in one sentence without a ranked list still conflict. Sentences written for these tests.
/// </summary>
public class ConflictingValuesSiblingListTests
{
    private static IEnumerable<Flag> Conflicts(string text) => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void SonsListedWithRankWordsAreNotOnePerson()
        => Assert.Empty(Conflicts("كان للوزير إبراهيم ثلاثة أبناء: سليمان وهو الأكبر ولد سنة ثلاثين وثلاثمائة، وداود وهو الأصغر ولد سنة أربعين وثلاثمائة."));

    [Fact]
    public void ColloquialBrothersListWithTheNarratorIsNotOnePerson()
        => Assert.Empty(Conflicts("كنا أربعة إخوان: أخوي الكبير ناصر مواليد 1950، وأنا الأوسط مواليد 1948، والصغير فهد مواليد 1955."));

    [Fact]
    public void RankWordRightAfterTheNameIsNotOnePerson()
        => Assert.Empty(Conflicts("كان للقاضي ابنان: محمود الأكبر ولد سنة 1870، وحسن الأصغر ولد سنة 1876. ثم انتقلت الأسرة إلى دمشق."));

    [Fact]
    public void OneMansTwoBirthsInOneSentenceStillConflict()
        => Assert.NotEmpty(Conflicts("ولد الشاعر سليمان العيسى سنة 1921 في قرية النعيرية، وولد سليمان العيسى سنة 1925 كما في سجل المدرسة."));

    [Fact]
    public void OneMansTwoBirthsAcrossSentencesStillConflict()
        => Assert.NotEmpty(Conflicts("ولد المؤرخ خليل الصباغ سنة 1880 في صيدا. ودرس في بيروت. وكان مولد خليل الصباغ سنة 1884."));
}
