using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of error the date-form rules missed in round 6 (issue 12, 12b): a lifespan given as a Hijri range and a
/// Gregorian range, a Hijri year in words beside a Gregorian year, Old-Style pairs that write their month or year once, a
/// weekday named after "أمس/اليوم/غداً" in a dated news item, numeric dates with a part missing, a range whose start is cut
/// short, a two-digit year of an Old-Style pair, a two-digit birth year before a death centuries later. Each class both
/// ways, full pipeline, sentences written here; every flag's spans are checked against the text.
/// </summary>
public class DateRulesRound6Tests
{
    // ---- calendar-equivalence ----

    [Theory]
    // A Hijri range and a Gregorian range: the end does not correspond (561 AH is 1165–1166).
    [InlineData("محمد بن سعدان الواسطي (488–561 هـ / 1095–1190 م) قاضٍ وأديب، ولي القضاء بواسط مدة طويلة.", "1190")]
    // The start does not correspond (310 AH is 922–923).
    [InlineData("أبو بكر القطان (310–375 هـ / 950–985 م) محدّث بغدادي، سمع من شيوخ عصره وحدّث عنهم.", "950")]
    // A Hijri year in words with a Gregorian year far off (745 AH is 1344–1345).
    [InlineData("وتوفي الإمام شرف الدين الحلبي سنة خمس وأربعين وسبعمائة (1402 م) بحلب.", "1402")]
    // A Hijri month and a year in words (Shaban 690 AH is August 1291).
    [InlineData("دخل السلطان المدينة في شعبان سنة تسعين وستمائة (1340 م) بعد حصار طويل.", "1340")]
    // Old Style, one month written once: 3 (15) in the 19th century is 12 days; 3 (13) is not.
    [InlineData("وُلدت الممثلة الروسية آنا كوزلوفا في 3 (13) فبراير 1862 في سمارا.", "13")]
    // Across a month boundary: 25 October OS 1917 is 7 November NS, not 9.
    [InlineData("سقط قصر الشتاء في 25 أكتوبر (9 نوفمبر) 1917 بعد حصار قصير.", "9 نوفمبر")]
    // "Approximately" between the two sides promises a year, not seven (1390 AH is 1970–1971).
    [InlineData("افتُتح المعهد سنة 1390 هـ، تقريباً الموافق 1978 م، في مبنى مستأجر.", "1978")]
    // Two day ranges whose dashes were lost: the end days are compared (5 Rajab 1400 is 19 May 1980).
    [InlineData("عُقدت الندوة في الفترة من 3 5 رجب 1400 هـ (17 19 مايو 1985 م) بمشاركة واسعة.", "19 مايو 1985")]
    public void APairThatDoesNotCorrespondIsFlagged(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("محمد بن سعدان الواسطي (488–561 هـ / 1095–1166 م) قاضٍ وأديب، ولي القضاء بواسط مدة طويلة.")]
    [InlineData("أبو بكر القطان (310–375 هـ / 922–985 م) محدّث بغدادي، سمع من شيوخ عصره وحدّث عنهم.")]
    [InlineData("وتوفي الإمام شرف الدين الحلبي سنة خمس وأربعين وسبعمائة (1344 م) بحلب.")]
    [InlineData("دخل السلطان المدينة في شعبان سنة تسعين وستمائة (1291 م) بعد حصار طويل.")]
    [InlineData("وُلدت الممثلة الروسية آنا كوزلوفا في 3 (15) فبراير 1862 في سمارا.")]
    [InlineData("سقط قصر الشتاء في 25 أكتوبر (7 نوفمبر) 1917 بعد حصار قصير.")]
    // 17th century: 10 days.
    [InlineData("وقّع الطرفان المعاهدة في 9 (19) يونيو 1655 في مدينة ريغا.")]
    // Two ranges of one calendar are no pair: the dates of a reign and of a life.
    [InlineData("حكم السلطان (1520–1566) وعاش (1494–1566)، وكان من أعظم سلاطين الدولة.")]
    [InlineData("افتُتح المعهد سنة 1390 هـ، تقريباً الموافق 1971 م، في مبنى مستأجر.")]
    [InlineData("افتُتح المعهد سنة 1390 هـ، تقريباً الموافق 1972 م، في مبنى مستأجر.")]
    [InlineData("عُقدت الندوة في الفترة من 3 5 رجب 1400 هـ (17 19 مايو 1980 م) بمشاركة واسعة.")]
    public void APairThatCorrespondsIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- weekday-mismatch ----

    [Theory]
    // 7 May 2018 is a Monday: yesterday was Sunday, not Friday.
    [InlineData("الخرطوم، 7 مايو 2018 (سونا) – وصل وزير الخارجية أمس الجمعة إلى العاصمة في زيارة رسمية.", "أمس الجمعة")]
    // 7 May 2018 is a Monday, not a Wednesday.
    [InlineData("الخرطوم، 7 مايو 2018 (سونا) – يبدأ البرلمان اليوم الأربعاء مناقشة قانون الانتخابات.", "اليوم الأربعاء")]
    public void ANewsWeekdayThatTheDatelineContradictsIsFlagged(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    [Theory]
    [InlineData("الخرطوم، 7 مايو 2018 (سونا) – وصل وزير الخارجية أمس الأحد إلى العاصمة في زيارة رسمية.")]
    [InlineData("الخرطوم، 7 مايو 2018 (سونا) – يبدأ البرلمان اليوم الاثنين مناقشة قانون الانتخابات.")]
    // No dateline and no reference date: nothing to count from.
    [InlineData("وصل وزير الخارجية أمس الجمعة إلى العاصمة في زيارة رسمية.")]
    public void ANewsWeekdayThatAgreesOrCannotBeCheckedIsSilent(string text)
        => Assert.Empty(Flags(text, "weekday-mismatch"));

    [Fact]
    public void ANewsWeekdayOneDayOffTheDatelineIsOnlyInfo()
    {
        // 7 May 2018 is a Monday; "أمس السبت" is one day off yesterday: a report may be written the day before its date.
        var text = "الخرطوم، 7 مايو 2018 (سونا) – وصل وزير الخارجية أمس السبت إلى العاصمة في زيارة رسمية.";
        Assert.Empty(Flags(text, "weekday-mismatch"));
        Assert.NotEmpty(Flags(text, "weekday-mismatch", Severity.Info));
    }

    // ---- malformed-date ----

    [Theory]
    // y/m/d with the day left out after the last slash.
    [InlineData("وقّعت الوزارة العقد بتاريخ 2021/6/ مع الشركة المنفذة للمشروع.", "2021/6/")]
    // d/m/y with the day left out before the first slash.
    [InlineData("انعقدت الجلسة الأولى في /3/2020 برئاسة أكبر الأعضاء سناً.", "/3/2020")]
    // The start of a lifespan range cut short.
    [InlineData("نجيب الحداد (187–1940) صحفي ومترجم، أسس جريدة في الإسكندرية.", "187")]
    // An Old-Style pair with a two-digit year.
    [InlineData("افتُتحت دار الأوبرا في المدينة في 8 (20) سبتمبر 75 بعرض موسيقي كبير، وأُغلقت عام 1905.", "75")]
    // A two-digit Hijri birth year before a death of the 9th century in words.
    [InlineData("ولد شهاب الدين البقاعي سنة 79 هـ، وتوفي بدمشق سنة خمس وخمسين وثمانمائة.", "79")]
    // Told the other way: a two-digit death year after a birth of the 8th century in words.
    [InlineData("ولد نجم الدين الطوفي سنة ست وسبعين وسبعمائة بالقاهرة، وتوفي بها سنة 84 هـ.", "84")]
    public void ACutOrPartialDateIsFlagged(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وقّعت الوزارة العقد بتاريخ 2021/6/14 مع الشركة المنفذة للمشروع.")]
    [InlineData("انعقدت الجلسة الأولى في 15/3/2020 برئاسة أكبر الأعضاء سناً.")]
    // A web address continues the slashes.
    [InlineData("نُشر التقرير على الرابط www.example.org/2020/3/report في موقع الهيئة.")]
    [InlineData("نجيب الحداد (1872–1940) صحفي ومترجم، أسس جريدة في الإسكندرية.")]
    // A range of a dynasty: long, but its start is no cut year.
    [InlineData("حكمت الأسرة المالكة البلاد (622–1258) قروناً طويلة، ثم سقطت عاصمتها.")]
    [InlineData("افتُتحت دار الأوبرا في المدينة في 8 (20) سبتمبر 1875 بعرض موسيقي كبير، وأُغلقت عام 1905.")]
    // An early life with two-digit Hijri years, and a year alone.
    [InlineData("ولد سعيد بن المسيب سنة 15 هـ، وتوفي بالمدينة سنة 94 هـ، وكان من كبار التابعين.")]
    [InlineData("ولد الحسن البصري سنة 21 هـ بالمدينة، ونشأ بوادي القرى.")]
    [InlineData("ولد نجم الدين الطوفي سنة ست وسبعين وسبعمائة بالقاهرة، وتوفي بها سنة 841 هـ.")]
    // Colloquial years and numbers that are no years.
    [InlineData("يحيي اللاجئون في 15 أيار ذكرى ما جرى عام 48، ويطالبون بحق العودة.")]
    [InlineData("انتهت المباراة في 3 نوفمبر بفوز الفريق 2-0، ورفع رصيده إلى 31 نقطة.")]
    public void ACompleteOrNonYearNumberIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));
}
