using System.Globalization;
using CsCheck;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Time.Calendars;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 22, 22d (issue #12, the date rules). A numeric date whose middle number is no month ("بتاريخ 12/13/1984"): Arabic
/// writes day/month/year, so only the American month/day order makes a date of it, and impossible-date warns. A year in
/// words with a gap a copyist left ("سنة ... وأربعمائة"، "سنة كذا وثلاثمائة") is malformed. A Hijri 30th of a month a table
/// gives 29 days is the day after the 29th for weekday-mismatch. Sentences written here, none from a data set.
/// </summary>
public class Rules22dRound22Tests
{
    [Fact]
    public void NeitherReadingIsAnError()
        => Assert.Equal(Severity.Error, Assert.Single(Flags("عرض الفيلم المتخيَّل أول مرة بتاريخ 14/13/1984 في دار السينما.", "impossible-date")).Severity);

    [Theory]
    [InlineData("وفي سنة ... وأربعمائة اشتد الغلاء بالشام وهلك خلق كثير.")]
    [InlineData("وفي سنة … وخمسمائة مات الوزير المتخيَّل بالقاهرة.")]
    [InlineData("وفي عام كذا وثلاثمائة قدم الركب المتخيَّل من العراق.")]
    [InlineData("وفي عام … من القرن العاشر خرج الأمير المتخيَّل إلى الحج.")]
    public void AYearInWordsWithAGapFires(string text)
        => Assert.Contains(Flags(text, "malformed-date"), f => f.Evidence["reason"] == "gap-in-words");

    [Fact]
    public void AGapAfterTheUnitsIsMalformed()
        => Assert.NotEmpty(Flags("وتوفي سنة ثلاث و... وستمائة ودفن بالقرافة.", "malformed-date"));

    [Theory]
    [InlineData("وفي سنة خمس وأربعمائة اشتد الغلاء بالشام وهلك خلق كثير.")]
    [InlineData("يقول الكاتب في العقد: بعتك الدار في سنة كذا وكذا بثمن معلوم.")]
    [InlineData("وأقام بها سنة... وألف فيها كتاباً في الفقه.")]
    [InlineData("ومضت سنة ... ورحل الشيخ المتخيَّل إلى دمشق.")]
    public void AWholeYearOrAnotherEllipsisIsSilent(string text)
        => Assert.DoesNotContain(Flags(text, "malformed-date"), f => f.Evidence["reason"] == "gap-in-words");

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"];

    private static readonly string[] Weekdays = ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    private static string Thirtieth(int y, int m, IsoDayOfWeek d)
        => $"توفي الفقيه المتخيَّل يوم {Weekdays[(int)d]} 30 {HijriMonths[m - 1]} سنة {y.ToString(CultureInfo.InvariantCulture)} هـ ودفن بالبقيع.";

    private static IsoDayOfWeek Shift(IsoDayOfWeek d, int n) => (IsoDayOfWeek)((((int)d - 1 + n) % 7) + 1);

    [Fact]
    public void AThirtiethIsTheDayAfterThe29thForItsWeekday()
        => Gen.Int[1200, 1340].Select(Gen.Int[1, 12]).Sample((y, m) =>
        {
            var day = TarikhCalendars.Default.HijriDayReadings(y, m, 29)[0].PlusDays(1).DayOfWeek;
            Assert.Empty(Flags(Thirtieth(y, m, day), "weekday-mismatch"));
            Assert.Empty(Flags(Thirtieth(y, m, Shift(day, 1)), "weekday-mismatch"));
            Assert.NotEmpty(Flags(Thirtieth(y, m, Shift(day, 3)), "weekday-mismatch"));
        }, iter: 12);

    [Fact]
    public void TheDistanceOfAThirtiethIsCountedFromThe29th()
    {
        for (var m = 1; m <= 12; m++)
        {
            var day = TarikhCalendars.Default.HijriDayReadings(1300, m, 29)[0].PlusDays(1).DayOfWeek;
            Assert.Equal(0, TarikhCalendars.Default.HijriWeekdayDistance(1300, m, 30, day));
            Assert.Equal(3, TarikhCalendars.Default.HijriWeekdayDistance(1300, m, 30, Shift(day, 3)));
        }
    }

    [Theory]
    [InlineData("وفي اليوم الثاني والثلاثين من شهر رمضان سنة 610 قدم الرسول المتخيَّل إلى القلعة.")]
    [InlineData("وكتب العقد في اليوم السابع والثلاثين من ذي الحجة سنة 1290 بحضور الشهود.")]
    [InlineData("افتتحت المكتبة المتخيَّلة في اليوم الخامس والأربعين من شهر آذار سنة 1925.")]
    [InlineData("وصل الحجاج في اليوم الحادي والثلاثين من شهر رجب سنة 1301.")]
    public void AnOrdinalDayInWordsPastItsMonthIsImpossible(string text)
        => Assert.Equal(Severity.Error, Assert.Single(Flags(text, "impossible-date")).Severity);

    [Theory]
    [InlineData("وفي اليوم الثلاثين من شهر رمضان سنة 610 قدم الرسول المتخيَّل إلى القلعة.")]
    [InlineData("وكتب العقد في اليوم التاسع والعشرين من ذي الحجة سنة 1290 بحضور الشهود.")]
    [InlineData("افتتحت المكتبة المتخيَّلة في اليوم الحادي والثلاثين من شهر آذار سنة 1925.")]
    [InlineData("وقرأ الشيخ المتخيَّل المجلس الثاني والثلاثين من أمالي شيخه في رمضان.")]
    public void AnOrdinalDayInWordsWithinItsMonthIsSilent(string text)
        => Assert.Empty(Flags(text, "impossible-date"));
}
