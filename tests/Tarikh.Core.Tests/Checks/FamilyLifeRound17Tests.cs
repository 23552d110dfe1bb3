using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 17 of family-order and lifespan (issue 12a), by class, on sentences written for these tests: a birth told with its verb
/// elided ("، وأخوه الأصغر نبيل سنة …"), siblings ranked by a word after each name ("منير الأكبر … وفؤاد الأصغر"), one of a pair
/// named with a dual ranked so ("الشقيقان … ومحمود هو الأكبر"), a relative's birth in the present of a narration with its date
/// fronted ("وفي عام 1845، يولد أخوه الأصغر مراد"), "من مواليد" after a title that stands for another man, and an act in the first
/// person plural after a death. Both ways, through the whole pipeline.
/// </summary>
public class FamilyLifeRound17Tests
{
    // "ولد … سنة 1921، وأخوه الأصغر نبيل سنة 1915": the second birth with its verb understood.
    [Theory]
    [InlineData("1915", true)]
    [InlineData("1926", false)]
    public void ABirthWithTheVerbElided(string year, bool flagged)
    {
        var text = $"ولد المهندس كمال الرفاعي في طرابلس سنة 1921، وأخوه الأصغر نبيل سنة {year}.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // Two brothers ranked by the word after each name, in a sentence after the one that names them as brothers.
    [Theory]
    [InlineData("1931", true)]
    [InlineData("1925", false)]
    public void SiblingsRankedAfterTheirNames(string year, bool flagged)
    {
        var text = $"اشتهر الأخوان منير وفؤاد الخطيب بالتمثيل المسرحي في حلب. منير الأكبر ولد سنة {year}، وفؤاد الأصغر سنة 1928.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // One of a pair named with a dual ranked after his name: the other is the younger.
    [Theory]
    [InlineData("1962", true)]
    [InlineData("1957", false)]
    public void OneOfAPairRanked(string year, bool flagged)
    {
        var text = $"أسس الشقيقان محمود وأحمد العلي شركة للنقل في عمّان. ومحمود هو الأكبر، وقد ولد سنة {year}، في حين ولد أحمد سنة 1960.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // An epithet of a king ("الأكبر") in a text that speaks of no siblings ranks nobody.
    [Fact]
    public void AnEpithetIsNoRank()
    {
        var text = "حكم الملك قورش الأكبر بلاد فارس، وخلفه ابنه قمبيز الثاني سنة 530 ق.م، ثم داريوس الأول سنة 522 ق.م.";
        Assert.Empty(Flags(text, "family-order"));
    }

    // A narration in the present: "وفي عام 1845، يولد أخوه الأصغر مراد", the date fronted before the verb.
    [Theory]
    [InlineData("1845", true)]
    [InlineData("1855", false)]
    public void ARelativesBirthInThePresentWithItsDateFronted(string year, bool flagged)
    {
        var text = $"في عام 1850 يولد التاجر رشيد الحلبي في بيت كبير قرب الجامع. وفي عام {year}، يولد أخوه الأصغر مراد.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "علماً بأن النائب من مواليد سنة …": the deputy's birth, not his father's named before; against the father's own.
    [Theory]
    [InlineData("1907", true)]
    [InlineData("1935", false)]
    public void BornInAfterATitleOfAnotherMan(string year, bool flagged)
    {
        var text = $"أجّل المجلس التصويت بطلب من النائب سليمان الحداد لحضوره جنازة والده يوسف الحداد المولود سنة 1910، علماً بأن النائب من مواليد سنة {year}.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // A colloquial death ("اتوفى") against a life too long.
    [Theory]
    [InlineData("2031", true)]
    [InlineData("1961", false)]
    public void AColloquialDeath(string year, bool flagged)
    {
        var text = $"ولد الحاج مصطفى الشامي سنة 1895، واتوفى سنة {year} في القرية الله يرحمه.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "عملنا مكتبة باسمه" after "اتوفى": we did it, in his memory; no act of his after his death.
    [Fact]
    public void AnActInTheFirstPersonPluralIsNotHis()
    {
        var text = "المرحوم الحاج ياسين الخطيب اتوفى سنة 1988. وفي سنة 1994 أسسنا جمعية خيرية باسمه في الحي.";
        Assert.Empty(Flags(text, "lifespan"));
    }
}
