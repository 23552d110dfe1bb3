using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of error the date and name rules missed in round 5 (issue 12, 12b): a year cut short after a month name,
/// at the end of a range or in a day/month/year date, a year written with two digit sets, an equals sign between a
/// Hijri and a Gregorian year, a title or middle names before a swapped family name, a known person with a compound
/// given name, a body named in a quoted title or repeated in construct state. Each class both ways, full pipeline,
/// sentences written here; every flag's spans are checked against the text.
/// </summary>
public class DateRulesRound5Tests
{
    // ---- malformed-date ----

    [Theory]
    // A year cut short after a month name.
    [InlineData("ولد المهندس سعيد الخوري في حمص عام 1921، وتخرج في الجامعة الأمريكية عام 1944، ثم عاد إلى حمص في يونيو 195، وأنشأ فيها مكتبه عام 1953.", "195")]
    // Five digits after a month name.
    [InlineData("قالت الوزارة في بيان نشرته في 9 سبتمبر 20191 إن المشروع سيكتمل قبل نهاية عام 2020.", "20191")]
    // The end of a lifespan range cut short.
    [InlineData("خليل مطران (1872–194) شاعر لبناني عاش في مصر، وأصدر ديوانه الأول عام 1908.", "194")]
    // A day/month/year date with a three-digit year.
    [InlineData("افتُتح المستشفى رسمياً في 12/3/199 بحضور الوزير، بعد أن بدأ العمل فيه عام 1995.", "199")]
    // A cut year with a Gregorian era mark, in a text whose years all have four digits.
    [InlineData("ساطع الحصري (1880–1968) مفكر قومي، عمل في العراق منذ عام 1921، وتولى عمادة كلية الحقوق فيه سنة 193 م، ثم عاد إلى دمشق عام 1944.", "193")]
    public void AYearCutShortOrTooLongIsFlagged(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("ولد المهندس سعيد الخوري في حمص عام 1921، وتخرج في الجامعة الأمريكية عام 1944، ثم عاد إلى حمص في يونيو 1950، وأنشأ فيها مكتبه عام 1953.")]
    [InlineData("خليل مطران (1872–1949) شاعر لبناني عاش في مصر، وأصدر ديوانه الأول عام 1908.")]
    [InlineData("افتُتح المستشفى رسمياً في 12/3/1996 بحضور الوزير، بعد أن بدأ العمل فيه عام 1995.")]
    // Real three-digit years of a classical text, with their Gregorian equivalents.
    [InlineData("توفي الإمام الشافعي سنة 204 هـ (820 م) بمصر، وكان قد ولد بغزة سنة 150 هـ (767 م).")]
    // Quantities in a range, among years.
    [InlineData("يمتد الخط الحديدي من 300 إلى 3000 كيلومتر بحسب المرحلة، وقد بدأ العمل فيه عام 2015 واكتملت مرحلته الأولى عام 2019.")]
    // A count after a month name, with its noun.
    [InlineData("سجلت الوزارة في مارس 201 حالة إصابة جديدة، بعد أن سجلت 180 حالة في فبراير 2020، و150 حالة في يناير 2020.")]
    // A short year in colloquial news style after a month name.
    [InlineData("قال المدرب إن الفريق لم يخسر منذ مارس 98، حين هزمه المنتخب في نهائي عام 1998.")]
    public void AWellFormedYearOrAQuantityIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    [Fact]
    public void AYearWrittenWithTwoDigitSetsIsAWarning()
    {
        var flags = Flags("تخرج الطبيب نادر سليم في جامعة دمشق عام 19٦٨، وافتتح عيادته في حماة عام 1972.", "malformed-date");
        Assert.Contains(flags, f => f.Severity == Severity.Warning && f.Evidence.Any(d => d.Key == "reason" && d.Value == "mixed-digits"));
    }

    [Fact]
    public void AYearWrittenInOneDigitSetIsNotFlagged()
        => Assert.Empty(Flags("تخرج الطبيب نادر سليم في جامعة دمشق عام ١٩٦٨، وافتتح عيادته في حماة عام 1972.", "malformed-date"));

    // ---- calendar-equivalence: "=" is a pairing unit ----

    [Fact]
    public void AHijriYearEqualledToTheWrongGregorianYearIsFlagged()
        => FiresAt("وفيها، أي سنة 1213 هـ = 1796 م، نزل الفرنسيون بالإسكندرية.", "calendar-equivalence", "1796");

    [Fact]
    public void AHijriYearEqualledToItsGregorianYearIsNotFlagged()
        => Assert.Empty(Flags("وفيها، أي سنة 1213 هـ = 1798 م، نزل الفرنسيون بالإسكندرية.", "calendar-equivalence"));

    // ---- weekday-mismatch: a weekday equated with the date after it ----

    [Fact]
    public void AWeekdayEquatedWithADayOfAnotherWeekdayIsFlagged()
        => FiresAt("أُعلن وقف إطلاق النار مساء يوم الخميس الموافق 5 يونيو 1967 بعد أيام من القتال.", "weekday-mismatch", "الخميس");

    [Fact]
    public void AWeekdayEquatedWithItsOwnDayIsNotFlagged()
        => Assert.Empty(Flags("أُعلن وقف إطلاق النار مساء يوم الاثنين الموافق 5 يونيو 1967 بعد أيام من القتال.", "weekday-mismatch"));

    // ---- name-anomaly ----

    [Theory]
    // A title before the subject's name ("عميد الأدب العربي طه حسين") is not his given name.
    [InlineData("وُلد عميد الأدب العربي طه حسين في المنيا عام 1889. وفقد بصره صغيراً، ثم التحق بالأزهر. وفي عام 1926 أصدر طه الشيشكلي كتابه «في الشعر الجاهلي».", "طه الشيشكلي")]
    // A family name swapped after the subject's own middle name.
    [InlineData("وُلد الشاعر جميل صدقي الزهاوي في بغداد عام 1863، ودرس على أبيه. وفي عام 1908 عُيّن جميل صدقي الرصافي أستاذاً للفلسفة في دار الفنون بإسطنبول، ثم عاد إلى بغداد.", "جميل صدقي الرصافي")]
    public void AKnownPersonsFamilyNameOnTheSubjectIsAWarning(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);

    [Theory]
    [InlineData("وُلد عميد الأدب العربي طه حسين في المنيا عام 1889. وفقد بصره صغيراً، ثم التحق بالأزهر. وفي عام 1926 أصدر طه حسين كتابه «في الشعر الجاهلي».")]
    [InlineData("وُلد الشاعر جميل صدقي الزهاوي في بغداد عام 1863، ودرس على أبيه. وفي عام 1908 عُيّن جميل صدقي الزهاوي أستاذاً للفلسفة في دار الفنون بإسطنبول، ثم عاد إلى بغداد.")]
    public void TheSubjectsOwnNameAfterATitleOrMiddleNameIsNoWarning(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    // ---- anachronism: quoted titles, a name repeated in construct state, a body typed two ways ----

    [Theory]
    [InlineData("صدرت مجلة «الرسالة» في القاهرة عام 1933. وعمل الناقد سيد قطب محرراً في مجلة «الرسالة» عام 1930، ثم انتقل إلى وزارة المعارف.", "الرسالة")]
    [InlineData("تأسست جمعية العروة الوثقى في بيروت عام 1918. وانتُخب الطالب قسطنطين زريق رئيساً لجمعية العروة الوثقى عام 1915.", "جمعية العروة الوثقى")]
    [InlineData("انتهت الدولة العثمانية رسمياً عام 1922. وفي عام 1926 عُيّن سليم تقلا قنصلاً للدولة العثمانية في الإسكندرية.", "العثمانية")]
    // A state's people in the plural, which the tagger reads as a group inside the word ("للأيوبيين").
    [InlineData("انتهت الدولة الأيوبية في مصر سنة 648 هـ. وولي الفقيه ابن الصابوني الخطابة للأيوبيين سنة 655 هـ، ثم رحل إلى دمشق.", "للأيوبيين")]
    // A ruler's relative adjective from a broken plural ("دولة المماليك" … "السلطان المملوكي").
    [InlineData("قامت دولة المماليك في مصر سنة 648 هـ. وفي سنة 1240 م ولّى السلطان المملوكي الأمير بيبرس الجاشنكير نيابة حلب.", "السلطان المملوكي")]
    public void AnActOutsideTheLifeOfABodyNamedAgainIsFlagged(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    [InlineData("صدرت مجلة «الرسالة» في القاهرة عام 1933. وعمل الناقد سيد قطب محرراً في مجلة «الرسالة» عام 1936، ثم انتقل إلى وزارة المعارف.")]
    [InlineData("تأسست جمعية العروة الوثقى في بيروت عام 1918. وانتُخب الطالب قسطنطين زريق رئيساً لجمعية العروة الوثقى عام 1925.")]
    [InlineData("انتهت الدولة العثمانية رسمياً عام 1922. وفي عام 1908 عُيّن سليم تقلا قنصلاً للدولة العثمانية في الإسكندرية.")]
    // A book issued by a university is no founding of the university.
    [InlineData("صدر عن جامعة القاهرة كتاب في تاريخ الطب عام 1990. وكان الدكتور نجيب محفوظ باشا قد درّس في جامعة القاهرة عام 1935.")]
    [InlineData("انتهت الدولة الأيوبية في مصر سنة 648 هـ. وولي الفقيه ابن الصابوني الخطابة للأيوبيين سنة 640 هـ، ثم رحل إلى دمشق.")]
    [InlineData("قامت دولة المماليك في مصر سنة 648 هـ. وفي سنة 1270 م ولّى السلطان المملوكي الأمير بيبرس الجاشنكير نيابة حلب.")]
    // A kingdom is not the Mamluks, though its letters are close ("المملكة" and "مملوكي").
    [InlineData("قامت دولة المماليك في مصر سنة 648 هـ. وفي سنة 1240 م زار الرحالة ابن سعيد المملكة المغربية.")]
    public void AnActInsideTheLifeOfABodyIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "anachronism"));
}
