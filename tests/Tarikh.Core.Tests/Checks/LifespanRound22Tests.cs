using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 22 of the lifespan rule (22a, issue #12): a lead role, an editorial and a film's direction at a child's age; a role in a new
/// work after a death (a departure read as a death, "رحل … في دمشق سنة 2009"), but not a work shown, re-broadcast or from an archive;
/// the chronicles' "هلك". Both ways, on sentences written for these tests.
/// </summary>
public class LifespanRound22Tests
{
    [Theory]
    [InlineData("ولدت الممثلة سلمى النحاس سنة 1962. ووقفت على خشبة المسرح القومي بطلةً لمسرحية «الأميرة» سنة 1965.", true)]
    [InlineData("ولدت الممثلة سلمى النحاس سنة 1962. ووقفت على خشبة المسرح القومي بطلةً لمسرحية «الأميرة» سنة 1984.", false)]
    [InlineData("ولدت الفنانة سعاد الخطيب في القاهرة عام 1960، وقامت ببطولة فيلم «الطريق» عام 1963.", true)]
    [InlineData("ولدت الفنانة سعاد الخطيب في القاهرة عام 1960، وقامت ببطولة فيلم «الطريق» عام 1981.", false)]
    [InlineData("ولد الصحفي عمر الدباغ سنة 1931، وحرر مقالا في جريدة الأيام سنة 1935.", true)]
    [InlineData("ولد الصحفي عمر الدباغ سنة 1931، وحرر مقالا في جريدة الأيام سنة 1955.", false)]
    [InlineData("ولد المخرج كمال الأيوبي سنة 1950، وأخرج فيلمه الأول سنة 1957.", true)]
    [InlineData("ولد المخرج كمال الأيوبي سنة 1950، وأخرج فيلمه الأول سنة 1977.", false)]
    public void AnAdultActAtAChildsAge(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // A child in a part that is not the lead, a baby in a picture: no floor.
    [Theory]
    [InlineData("ولدت الممثلة هدى سنة 1970، وظهرت بدور طفلة في فيلم سنة 1974.")]
    [InlineData("ولد الفنان سامي العلي سنة 1980، وظهر في صورة مع والده في مجلة سنة 1981.")]
    public void AChildsPartIsSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("رحل الممثل فؤاد الشامي في حلب سنة 2005. وفي سنة 2010 ظهر فؤاد الشامي بدور القاضي في مسلسل جديد صُوّر في حمص.", true)]
    [InlineData("توفي الفنان المصري حسن الشريف في القاهرة سنة 1995. وفي سنة 1999 جسد حسن الشريف شخصية صلاح الدين في فيلم تاريخي ضخم.", true)]
    [InlineData("رحل الممثل فؤاد الشامي في حلب سنة 2005. وفي سنة 2010 ظهر فؤاد الشامي بدور القاضي في مسلسل عُرض على قناة محلية.", false)]
    [InlineData("رحل الممثل فؤاد الشامي في حلب سنة 2005. وفي سنة 2010 أعيد بث المسلسل الذي ظهر فيه فؤاد الشامي بدور القاضي.", false)]
    [InlineData("رحل الممثل فؤاد الشامي إلى حلب سنة 2005. وفي سنة 2010 ظهر فؤاد الشامي بدور القاضي في مسلسل جديد صُوّر في حمص.", false)]
    public void ARoleAfterTheDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("وفي سنة 1340 هلك الأمير يوسف بن علي. وفي سنة 1345 خرج الأمير يوسف بن علي إلى الصيد.", true)]
    [InlineData("وفي سنة 1340 هلك الأمير يوسف بن علي. وفي سنة 1345 خرج ابنه الأمير سعيد إلى الصيد.", false)]
    public void AChroniclesPerishing(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("ولد اللاعب سمير الكردي سنة 1940، وانضم إلى الفريق الأول لنادي الزمالك سنة 1946 مدافعا.", true)]
    [InlineData("ولد اللاعب سمير الكردي سنة 1940، وانضم إلى الفريق الأول لنادي الزمالك سنة 1959 مدافعا.", false)]
    [InlineData("ولد اللاعب سمير الكردي سنة 1940، وانضم إلى فريق الأشبال بنادي الزمالك سنة 1946.", false)]
    [InlineData("ولد القائد حمد بن راشد سنة 1880، وفي سنة 1886 قاد حصار القلعة بنفسه.", true)]
    [InlineData("ولد النوخذة علي بن ناصر سنة 1910، وقاد بحارة السفينة إلى المغاصات سنة 1916.", true)]
    [InlineData("ولد النوخذة علي بن ناصر سنة 1910، وقاد بحارة السفينة إلى المغاصات سنة 1936.", false)]
    public void ASeniorSideACommandAShip(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("توفي المدرب حسين الجمال في مارس 1998 بعد صراع مع المرض. وفي موسم 2001 جلس على دكة النادي الأهلي يوجه اللاعبين.", true)]
    [InlineData("توفي المدرب حسين الجمال في مارس 1998 بعد صراع مع المرض. وفي موسم 1995 جلس على دكة النادي الأهلي يوجه اللاعبين.", false)]
    public void ABenchAfterTheDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // An age stated at an act whose date is the next step's, behind "ثم": not weighed against the birth.
    [Fact]
    public void AnAgeBeforeThenIsNotTheNextStepsDate()
        => Assert.Empty(Flags("ولد اللاعب طارق السيد في 12 مايو 1960، وانضم إلى ناشئي الترسانة وهو في الرابعة عشرة، ثم صعد إلى الفريق الأول سنة 1979.", "lifespan"));

    [Fact]
    public void AnAgeWithItsOwnDateIsStillWeighed()
        => Assert.NotEmpty(Flags("ولد اللاعب طارق السيد في 12 مايو 1960، وانضم إلى ناشئي الترسانة سنة 1979 وهو في الرابعة عشرة.", "lifespan"));
}
