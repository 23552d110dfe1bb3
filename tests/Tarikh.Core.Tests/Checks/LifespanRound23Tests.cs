using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 23 of the lifespan rule (23l, issue #12): deaths told as a passing "to his mercy" or "to his Lord's side" with a possessive and a
/// subject between, a death in a battle dated by the battle, a martyr's fall, a unit of an army led and an inauguration after the death,
/// a coordinated death of a text's unnamed subject, and the spoken hundreds of years ("ألف وثمنمية"). Both ways, on sentences written for
/// these tests: a posthumous publication, a commemoration, a reburial, a widow's pension, a son of the same name, an award, a life of 105
/// years told with its source, and a child in a child's part stay silent.
/// </summary>
public class LifespanRound23Tests
{
    [Theory]
    [InlineData("انتقل التاجر سليم العطار إلى رحمته تعالى سنة 1920. وفي سنة 1924 سافر سليم العطار إلى بيروت لتجارته.", true)]
    [InlineData("انتقل الوزير حسن الدباغ إلى جوار ربه عام 1931. وفي عام 1935 ترأس الوزير حسن الدباغ جلسة المجلس.", true)]
    [InlineData("انتقل التاجر سليم العطار من حلب إلى بيروت سنة 1920. وفي سنة 1924 سافر سليم العطار إلى مصر لتجارته.", false)]
    [InlineData("انتقل التاجر سليم العطار إلى رحمته تعالى سنة 1920. وفي سنة 1924 نشرت مذكراته في بيروت.", false)]
    [InlineData("انتقل التاجر سليم العطار إلى رحمته تعالى سنة 1920. وفي سنة 1924 أحيا أهل حلب ذكراه في الجامع الكبير.", false)]
    [InlineData("انتقل التاجر سليم العطار إلى رحمته تعالى سنة 1920. وفي سنة 1950 نقل رفاته إلى مقبرة العائلة.", false)]
    [InlineData("انتقل التاجر سليم العطار إلى رحمته تعالى سنة 1920. وفي سنة 1924 صرفت الحكومة معاشا لأرملته.", false)]
    public void APassingToHisLordsMercy(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("الرائد سليم الخوري: استشهد في معركة ميسلون في 24 تموز 1920. وفي سنة 1923 قاد فوجا من الدرك في حوران.", true)]
    [InlineData("النقيب عادل حسن سقط شهيدا في سيناء سنة 1967. وفي سنة 1970 قاد كتيبته في معارك الاستنزاف.", true)]
    [InlineData("النقيب عادل حسن سقط شهيدا في سيناء سنة 1967. وفي سنة 1970 أطلق اسمه على كتيبته تخليدا لذكراه.", false)]
    [InlineData("النقيب عادل حسن سقط شهيدا في سيناء سنة 1967. وفي سنة 1990 قاد ابنه عادل بن عادل حسن كتيبة أبيه.", false)]
    [InlineData("الرائد سليم الخوري: استشهد في معركة ميسلون في 24 تموز 1920. وفي سنة 1921 منح وسام الاستحقاق تقديرا لبطولته.", false)]
    public void AMartyrLeadsAUnitLater(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("توفي الملك فيصل الأول في بيرن سنة 1933. وفي سنة 1935 دشن الملك فيصل الأول جسر المأمون بنفسه.", true)]
    [InlineData("توفي الملك فيصل الأول في بيرن سنة 1933. وفي سنة 1925 دشن الملك فيصل الأول جسر المأمون بنفسه.", false)]
    public void AnInaugurationAfterTheDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("جدي الله يرحمه؟ إيه، ولد عام ألف وثمنمية وعشرين وتوفي عام ألف وتسعمية وستين.", true)]
    [InlineData("الضيف: والله، انولد سنة 1790 ومات سنة 1935 في القرية.", true)]
    [InlineData("الضيف: والله، انولد سنة 1850 ومات سنة 1935 في القرية.", false)]
    [InlineData("ولد سنة 1810 وتوفي أبوه سنة 1950.", false)]
    [InlineData("الحاج صبحي الموصلي عاش مئة وخمس سنين بحسب سجلات الأحوال المدنية: ولد سنة 1890 وتوفي سنة 1995.", false)]
    [InlineData("ولدت الممثلة نادين سنة 1975، وظهرت في فيلم «الأطفال» سنة 1981 وهي طفلة في السادسة.", false)]
    public void AnUnnamedSubjectsLongLife(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
}
