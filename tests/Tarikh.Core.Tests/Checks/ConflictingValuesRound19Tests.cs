using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 19 (issue 12c): a tagged name that runs across a pronoun-suffixed kinship word names two people; a place
/// right before the birthplace noun "مسقط رأسه"; a funeral verb makes the year after "بعد وفاته" the death's; a birth or a death in a
/// relative clause about a place ("حيث توفي"، "التي وُلد فيها") is the person's, not the place's. Both ways, with sentences written for
/// these tests.
/// </summary>
public class ConflictingValuesRound19Tests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static IEnumerable<Flag> Conflicts(AnalyzedDocument doc) => doc.Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void FatherAndSonUnderOneTaggedNameAreNotOnePerson()
    {
        var doc = Run("وفي سنة ألف وثلاثمائة وعشر ولد لسالم بن راشد ابنه راشد، وولدت أخته الكبرى مريم سنة ألف وثلاثمائة وست.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void OneManWithTwoBirthYearsStillConflicts()
    {
        var doc = Run("ولد الشيخ سالم بن راشد الهاشمي سنة 1890 في نزوى. وكان مولد سالم بن راشد الهاشمي سنة 1886 كما يذكر أهله.");
        Assert.NotEmpty(Conflicts(doc));
    }

    [Fact]
    public void PlaceRightBeforeTheBirthplaceNounConflicts()
    {
        var doc = Run("ولد الطبيب كمال الحداد في حلب عام 1901. ودرس في بيروت ثم عاد إلى حمص مسقط رأسه ليفتح فيها عيادته.");
        var f = Assert.Single(Conflicts(doc));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void SamePlaceRightBeforeTheBirthplaceNounIsSilent()
    {
        var doc = Run("ولد الطبيب كمال الحداد في حلب عام 1901. ودرس في بيروت ثم عاد إلى حلب مسقط رأسه ليفتح فيها عيادته.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void FuneralAfterTheDeathWithAnotherYearConflicts()
    {
        var doc = Run("توفي الشاعر رشيد الخوري عام 1961. وقد شيّعته بيروت بعد وفاته عام 1964 في جنازة كبيرة.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void PublicationAfterTheDeathKeepsItsOwnYear()
    {
        var doc = Run("توفي الشاعر رشيد الخوري عام 1961. وقد نشرت دار النهار ديوانه الأخير بعد وفاته عام 1964.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void DeathInAPlacesRelativeClauseConflicts()
    {
        var doc = Run("توفي المؤرخ نبيل الصايغ في دمشق في 3 أيار 1975. وأذاعت الصحف نعيه من دمشق حيث توفي في 9 أيار 1978.");
        Assert.Contains(Conflicts(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void RelativesDeathInAPlacesRelativeClauseIsSilent()
    {
        var doc = Run("توفي المؤرخ نبيل الصايغ في دمشق في 3 أيار 1975. وكان قد زار حلب حيث توفي أخوه في 9 أيار 1968.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void BirthAfterAConstructKinNounIsTheRelativesOwn()
    {
        var doc = Run("الملاكم سمير الزعبي (مواليد 1948) هو والد لاعبة التنس رنا الزعبي المولودة سنة 1972.");
        Assert.Empty(Conflicts(doc));
    }

    [Fact]
    public void SameMansSecondBirthParticipleStillConflicts()
    {
        var doc = Run("الملاكم سمير الزعبي (مواليد 1948) بطل العرب في وزنه. وقد اعتزل سمير الزعبي المولود سنة 1952 بعد إصابة في يده.");
        Assert.NotEmpty(Conflicts(doc));
    }
}
