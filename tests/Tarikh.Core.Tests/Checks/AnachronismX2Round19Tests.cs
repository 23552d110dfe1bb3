using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 19 (issue-x2): the anachronism rule's list-based check on Arab national airlines, liberation fronts and provisional
/// governments, a broadcast told in the passive, and cities founded under Islam named as a city ("مدينة …"، "دار الخلافة ب…")
/// for an act dated before their founding (Hijri years converted). Each class both ways, full pipeline, sentences written here.
/// </summary>
public class AnachronismX2Round19Tests
{
    [Theory]
    // Kuwait Airways dates from 1954: a flight on it in 1940.
    [InlineData("سنة 1940 ركب جدي طيارة الخطوط الجوية الكويتية من الكويت إلى بومباي.", "الخطوط الجوية الكويتية")]
    // Royal Jordanian (Alia) dates from 1963.
    [InlineData("سافر السفير من عمان إلى القاهرة على متن الخطوط الجوية الملكية الأردنية سنة 1955.", "الخطوط الجوية الملكية الأردنية")]
    // Emirates dates from 1985: booking a seat on it in 1980.
    [InlineData("حجز التاجر تذكرته على طيران الإمارات من دبي إلى القاهرة سنة 1980.", "طيران الإمارات")]
    // The FLN dates from 1954; the GPRA from 1958.
    [InlineData("التحق الشاب سنة 1949 بصفوف جبهة التحرير الوطني في وهران.", "جبهة التحرير الوطني")]
    [InlineData("عُيّن المناضل سنة 1956 وزيرا في الحكومة المؤقتة للجمهورية الجزائرية بتونس.", "الحكومة المؤقتة للجمهورية الجزائرية")]
    // Egyptian State Radio began in 1934: a broadcast from it in 1925, told in the passive.
    [InlineData("أذيعت خطبة الشيخ من الإذاعة المصرية سنة 1925 لأول مرة.", "الإذاعة المصرية")]
    // Samarra became the caliphs' seat in 221 H; Baghdad was founded in 145 H.
    [InlineData("وفي سنة خمس ومائتين جلس الخليفة في دار الخلافة بسامراء للمظالم.", "دار الخلافة بسامراء")]
    [InlineData("قال الراوي: دخل الشاعر مدينة بغداد سنة عشر ومائة فمدح أهلها.", "مدينة بغداد")]
    // Entering the city alone is the act; an explicit Hijri year.
    [InlineData("دخل الشاعر مدينة القاهرة سنة 320 هـ.", "مدينة القاهرة")]
    public void AnActInAListedBodyOrCityBeforeItBeganIsAWarning(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("سنة 1965 ركب جدي طيارة الخطوط الجوية الكويتية من الكويت إلى بومباي.")]
    [InlineData("سافر السفير من عمان إلى القاهرة على متن الخطوط الجوية الملكية الأردنية سنة 1970.")]
    [InlineData("حجز التاجر تذكرته على طيران الإمارات من دبي إلى القاهرة سنة 1990.")]
    [InlineData("التحق الشاب سنة 1956 بصفوف جبهة التحرير الوطني في وهران.")]
    [InlineData("عُيّن المناضل سنة 1959 وزيرا في الحكومة المؤقتة للجمهورية الجزائرية بتونس.")]
    [InlineData("أذيعت خطبة الشيخ من الإذاعة المصرية سنة 1936 لأول مرة.")]
    [InlineData("وفي سنة خمس وعشرين ومائتين جلس الخليفة في دار الخلافة بسامراء للمظالم.")]
    [InlineData("قال الراوي: دخل الشاعر مدينة بغداد سنة ستين ومائة فمدح أهلها.")]
    [InlineData("دخل الشاعر مدينة القاهرة سنة 380 هـ.")]
    // Entering the region or the older town on the site before the city: the bare place name stays silent.
    [InlineData("دخل الجيش القاهرة سنة 320 هـ فنزل عند الفسطاط.")]
    // The place before its founding named as a place, not as the city: Baghdad's village, the region of Samarra.
    [InlineData("قال الراوي: نزل الشاعر بغداد سنة عشر ومائة وكانت قرية على دجلة.")]
    [InlineData("مر الجيش بسامراء سنة خمس ومائتين في طريقه إلى الموصل.")]
    public void TheSameActsInsideTheYearsOrAtAPlaceAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));
}
