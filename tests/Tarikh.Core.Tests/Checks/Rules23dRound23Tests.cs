using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 23 (issue 12, coder 23d), both ways through the whole pipeline, sentences written for these tests: the chroniclers' day
/// "لعشر خلون من صفر" (weekday and impossible day), a form's blank slots ("في / / 1951"، "بتاريخ / 9 / ،") and a range's empty
/// first year ("من سنة إلى سنة 1958"), the Christian era and the European year ("للمسيح"، "من تاريخ النصارى"، "الإفرنجية"), the
/// Darija "كيوافق" and the spoken hundreds ("ثلاثمية"), and ordinal series named by "من" ("الخامس من شيوخ الأزهر"), by a colon
/// after an indefinite plural ("سفارات متتابعة: الثالثة …"), by a count without its noun ("تزوج ثلاث، الثانية …"), by "المرة N"
/// without "ل", and an apposed date after an owner of several words.
/// </summary>
public class Rules23dRound23Tests
{
    private static List<Flag> Flags(string text, string rule)
        => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == rule && f.Severity >= Severity.Warning).ToList();

    [Theory]
    [InlineData("وتوفي الوزير يوم الجمعة لخمس خلون من رجب سنة ثلاثمائة.")]
    [InlineData("وتوفي القاضي يوم الخميس لإحدى عشرة ليلة خلت من شوال سنة أربعين وأربعمائة.")]
    public void NightsPastDayWithAWrongWeekdayIsFlagged(string text) => Assert.NotEmpty(Flags(text, "weekday-mismatch"));

    [Theory]
    [InlineData("وتوفي الوزير يوم الاثنين لخمس خلون من رجب سنة ثلاثمائة.")]
    // One day off the tabular reading: within the sighting of the month.
    [InlineData("وتوفي الوزير يوم الأحد لخمس خلون من رجب سنة ثلاثمائة.")]
    [InlineData("وتوفي الوزير يوم الثلاثاء لخمس خلون من رجب سنة ثلاثمائة.")]
    public void NightsPastDayWithItsWeekdayIsSilent(string text) => Assert.Empty(Flags(text, "weekday-mismatch"));

    [Fact]
    public void NightsPastBeyondTheMonthIsImpossible()
        => Assert.NotEmpty(Flags("وقدم الأمير لخمس وثلاثين ليلة خلت من شعبان سنة ستمائة.", "impossible-date"));

    [Theory]
    [InlineData("ولد في / / 1920 بقرية صغيرة قرب حماة.")]
    [InlineData("صدر القرار بتاريخ / 7 / ، ثم ألغي بعد شهور.")]
    [InlineData("عمل مدرسا من عام إلى عام 1975 في حلب.")]
    [InlineData("أقام في البصرة من سنة إلى سنة ثلاث وعشرين وثلاثمائة.")]
    public void BlankSlotsAndEmptyRangeStartsAreMalformed(string text) => Assert.NotEmpty(Flags(text, "malformed-date"));

    [Theory]
    // A blank the text marks as the source's.
    [InlineData("ولد في / / 1920 [بياض في الأصل] بقرية صغيرة.")]
    // Year by year, no dated end; a formula's placeholder.
    [InlineData("تتغير الأسعار من سنة إلى سنة، ثم استقرت سنة 1975.")]
    [InlineData("وصيغة العقد: «استأجر فلان الدار من سنة كذا إلى سنة كذا».")]
    [InlineData("عمل مدرسا من عام 1960 إلى عام 1975 في حلب.")]
    public void WholeOrMarkedFormsAreSilent(string text) => Assert.Empty(Flags(text, "malformed-date"));

    [Theory]
    [InlineData("وفي سنة عشرين وثلاثمائة، وهي سنة 940 للمسيح، قتل المقتدر.")]
    [InlineData("ونزل الفرنج على دمياط في سنة ست عشرة وستمائة، وهي سنة 1225 من تاريخ النصارى.")]
    [InlineData("ووقعت الواقعة في سنة 1316 الموافقة لسنة 1905 الإفرنجية.")]
    [InlineData("عام ألف وثلاثمية وخمسة وسبعين هجري، يعني عام 1980 ميلادي.")]
    [InlineData("فـ20 غشت 1953، اللي كيوافق 9 ذي الحجة 1375، خرج الناس.")]
    public void NamedErasAndDialectEquivalencesArePaired(string text) => Assert.NotEmpty(Flags(text, "calendar-equivalence"));

    [Theory]
    [InlineData("وفي سنة عشرين وثلاثمائة، وهي سنة 932 للمسيح، قتل المقتدر.")]
    // Within the one-year overlap of a Hijri year with two Christian years.
    [InlineData("وفي سنة عشرين وثلاثمائة، وهي سنة 933 للمسيح، قتل المقتدر.")]
    [InlineData("ووقعت الواقعة في سنة 1316 الموافقة لسنة 1898 الإفرنجية.")]
    [InlineData("عام ألف وثلاثمية وخمسة وسبعين هجري، يعني عام 1955 ميلادي.")]
    [InlineData("فـ20 غشت 1953، اللي كيوافق 9 ذي الحجة 1372، خرج الناس.")]
    public void RightEquivalencesAreSilent(string text) => Assert.Empty(Flags(text, "calendar-equivalence"));

    [Theory]
    [InlineData("الرابع من خلفاء بني العباس تولى سنة 170 هـ، والخامس تولى قبله سنة 158 هـ.")]
    [InlineData("قام الرحالة برحلات طويلة: الثانية سنة 1890 إلى الهند، والثالثة سنة 1885 إلى الصين.")]
    [InlineData("تزوج أبي اثنتين، الثانية سنة 1970 والأولى سنة 1975.")]
    [InlineData("حج جدي المرة الثانية سنة 1965، والمرة الثالثة كانت قبلها سنة 1960.")]
    [InlineData("في الدورة الخامسة لمعرض الكتاب بالرباط، ربيع 1995، فاز الكاتب بجائزة. أما الدورة السادسة فقد أقيمت سنة 1993.")]
    public void OrdinalSeriesOutOfOrderIsFlagged(string text) => Assert.NotEmpty(Flags(text, "ordinal-series"));

    [Theory]
    [InlineData("الرابع من خلفاء بني العباس تولى سنة 158 هـ، والخامس تولى بعده سنة 170 هـ.")]
    // Two series: another institution's sheikhs, another act's times.
    [InlineData("الثالث من شيوخ الأزهر تولى سنة 1137 هـ، والرابع من شيوخ الزيتونة تولى سنة 1120 هـ.")]
    [InlineData("زار القاهرة المرة الثانية سنة 1960، وزار دمشق المرة الأولى سنة 1955.")]
    [InlineData("قام الرحالة برحلات طويلة: الأولى سنة 1880 إلى الهند، والثانية سنة 1885 إلى الصين.")]
    public void OrdinalSeriesInOrderOrOfTwoSeriesIsSilent(string text) => Assert.Empty(Flags(text, "ordinal-series"));
}
