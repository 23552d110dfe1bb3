using System.Globalization;
using CsCheck;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Time;
using Tarikh.Core.Time;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes the date rules missed or raised wrongly on fresh text in round 13 (issue 12, 12d): a bound of a lifespan with a
/// day or a month and no year; a year word with no year after a date; a day and "من" with the month cut; empty day and
/// month slots; a dateline's day and year with no month; a day, a month and a two-digit year; a compound ordinal day past
/// 31 (Time); a weekday of an Old-Style date whose other calendar the text names. Each class both ways, full pipeline (spans
/// checked), sentences written here.
/// </summary>
public class DateRulesRound13Tests
{
    // ---- malformed-date ----

    [Theory]
    [InlineData("رشيد المتخيَّل الخطيب (ولد 9 آذار – توفي 1974) صحفي لبناني.", "9 آذار")]
    [InlineData("الشاعرة المتخيَّلة سلمى الحداد (1931 – أيلول) من أعلام اللاذقية.", "أيلول")]
    [InlineData("هدى المتخيَّلة العطار (ولدت 4/11/ – توفيت 2003) نحاتة سورية.", "4/11/")]
    [InlineData("يوسف المتخيَّل البنّاء (ولد في 22 من – توفي 1959): نقاش دمشقي.", "22 من")]
    [InlineData("عمر المتخيَّل السقا، توفي في العاشر من شعبان سنة، ودفن بباب الصغير.", "شعبان سنة")]
    [InlineData("عمّان (بترا) - أعلنت وزارة الثقافة أن المهرجان يبدأ في السادس من، ويستمر عشرة أيام.", "السادس من")]
    [InlineData("الدوحة / /2021 (قنا) - افتتح المتحف المتخيَّل قاعته الجديدة.", "/ /2021")]
    [InlineData("الرباط (لاماب) – 23 / 2022 – وقّع الوزير المتخيَّل اتفاقية جديدة.", "23 / 2022")]
    [InlineData("توفي القاضي المتخيَّل في /7/ 655 هـ بدمشق.", "/7/ 655")]
    [InlineData("اعتُقل المعلم المتخيَّل في 9 مارس 17، وأُفرج عنه بعد سنة.", "9 مارس 17")]
    [InlineData("القاهرة (أ ش أ) – 12 يونيو 21 – افتتح الوزير المتخيَّل معرضاً للكتاب.", "12 يونيو 21")]
    // A modern-era word dates the sentence after 1800: a year of three digits there is cut short.
    [InlineData("نالت الباحثة المتخيَّلة شهادة الماجستير من جامعة بغداد سنة 198، ثم سافرت إلى لندن.", "سنة 198")]
    // A birth dated by day and month with no year before it, while the text dates the death.
    [InlineData("وُلدت الكاتبة المتخيَّلة ليلى النجار في 14 مارس، وتوفيت عام 1987 في بيروت.", "14 مارس")]
    public void ADatePartLeftOutFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("رشيد المتخيَّل الخطيب (ولد 9 آذار 1901 – توفي 1974) صحفي لبناني.")]
    [InlineData("الشاعرة المتخيَّلة سلمى الحداد (1931 – أيلول 2001) من أعلام اللاذقية.")]
    // A range whose year is shared by both months, a short range end, an open end: legitimate short forms.
    [InlineData("استمر الحصار المتخيَّل (أيار – حزيران 1920) حتى استسلام الحامية.")]
    [InlineData("خدم الجندي المتخيَّل في الحرب الكبرى (1914–18) ثم عاد إلى قريته.")]
    [InlineData("الفنان المتخيَّل نادر القاسم (1950 – ) رسام فلسطيني.")]
    [InlineData("هدى المتخيَّلة العطار (ولدت 4/11/1930 – توفيت 2003) نحاتة سورية.")]
    [InlineData("عمر المتخيَّل السقا، توفي في العاشر من شعبان سنة 760 هـ، ودفن بباب الصغير.")]
    [InlineData("عمر المتخيَّل السقا، توفي في العاشر من شعبان من تلك السنة، ودفن بباب الصغير.")]
    // "منه" names the month the text gave before.
    [InlineData("سافر المتخيَّل إلى حلب في رجب سنة 760 هـ، ومات بها في السادس منه.")]
    [InlineData("عمّان (بترا) - أعلنت وزارة الثقافة أن المهرجان يبدأ في السادس من الشهر المقبل، ويستمر عشرة أيام.")]
    [InlineData("الرباط (لاماب) – 2 / 2022 – وقّع الوزير المتخيَّل اتفاقية جديدة.")]
    [InlineData("صدر القرار المتخيَّل رقم 23 / 2022 عن مجلس الإدارة.")]
    [InlineData("توفي القاضي المتخيَّل في 5/7/655 هـ بدمشق.")]
    // A two-digit year of one possible century ("52" is 1952), or one whose century the text's own years give.
    [InlineData("قامت الحركة المتخيَّلة في 23 يوليو 52، وتغيّر بعدها كل شيء.")]
    [InlineData("دخل المعلم المتخيَّل السجن عام 1916، واعتُقل ثانية في 9 مارس 17، وأُفرج عنه بعد سنة.")]
    [InlineData("توفي الخليفة المتخيَّل سنة 193، ودفن بطوس.")]
    [InlineData("نالت الباحثة المتخيَّلة شهادة الماجستير من جامعة بغداد سنة 1985، ثم سافرت إلى لندن.")]
    [InlineData("تأسست الجامعة المتخيَّلة سنة 737 في تونس.")]
    [InlineData("وُلدت الكاتبة المتخيَّلة ليلى النجار في 14 مارس 1921، وتوفيت عام 1987 في بيروت.")]
    [InlineData("وُلدت الكاتبة المتخيَّلة ليلى النجار عام 1921 في يافا. وتزوجت في 14 مارس، وتوفيت عام 1987.")]
    [InlineData("وُلد الموسيقي المتخيَّل في 29 فبراير (12 مارس) 1800 في موسكو، وتوفي عام 1871.")]
    // A year in words before it, which Time did not carry over to the day.
    [InlineData("حج الشيخ المتخيَّل سنة ست وتسعين، ثم مات سنة اثنتين وتسعمائة يوم الأحد الثامن و العشرين من شعبان، ودفن بالبقيع.")]
    public void TheFullDateOrALegitimateShortFormIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- impossible-date: a compound ordinal day past 31 (Time) ----

    [Theory]
    [InlineData("توفي الفقيه المتخيَّل في الثالث والثلاثين من جمادى الآخرة سنة ثمان وعشرين وسبعمائة.", "الثالث والثلاثين")]
    [InlineData("ولدت المعلمة المتخيَّلة في الخامس والثلاثين من تموز 1911 بحمص.", "الخامس والثلاثين")]
    public void ACompoundOrdinalDayPastThirtyOneIsImpossible(string text, string evidence)
        => FiresAt(text, "impossible-date", evidence);

    [Theory]
    [InlineData("توفي الفقيه المتخيَّل في الثالث والعشرين من جمادى الآخرة سنة ثمان وعشرين وسبعمائة.")]
    [InlineData("ولدت المعلمة المتخيَّلة في الحادي والثلاثين من تموز 1911 بحمص.")]
    // An ordinal past 31 that is no day: no month follows.
    [InlineData("احتفل المتخيَّل بعيد ميلاده الثالث والثلاثين في حمص سنة 1950.")]
    public void AnOrdinalDayAMonthHasOrNoDayIsSilent(string text)
        => Assert.Empty(Flags(text, "impossible-date"));

    private static readonly string[] Units = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>
    /// Any compound ordinal day in words (21–39) before any Gregorian month: Time reads the whole day, valid exactly when the
    /// month has it, and an impossible one carries the reason day-out-of-range.
    /// </summary>
    [Fact]
    public void ACompoundOrdinalDayIsReadWholeAndValidExactlyWhenTheMonthHasIt()
    {
        Gen.Int[1, 9].Select(Gen.Int[2, 3], Gen.Int[1, 12], Gen.Int[1900, 1999]).Sample((u, tens, m, y) =>
        {
            var day = u + (tens * 10);
            var text = $"وصل القنصل إلى المدينة في {Units[u - 1]} {(tens == 2 ? "والعشرين" : "والثلاثين")} من {Months[m - 1]} {y.ToString(CultureInfo.InvariantCulture)} بعد رحلة طويلة.";
            var t = Assert.Single(TimeStageTests.Run(text).Timexes.Where(x => x.Type == TimexType.Date));
            Assert.StartsWith(Units[u - 1], t.Text, StringComparison.Ordinal);
            var valid = day <= CalendarSystem.Gregorian.GetDaysInMonth(y, m);
            Assert.Equal(valid, t.Valid);
            if (!valid)
            {
                Assert.Equal("day-out-of-range", t.Reason);
            }
        });
    }

    // ---- weekday-mismatch: the text names the other calendar of an Old-Style pair ----

    private static readonly string[] Weekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    /// <summary>A random Julian day of 1583–1917 with its Gregorian equivalent, the pair's year unchanged.</summary>
    private static readonly Gen<(LocalDate Julian, LocalDate Gregorian)> Pairs =
        Gen.Int[1583, 1917].Select(Gen.Int[1, 12], Gen.Int[1, 28])
            .Select((y, m, d) => (Julian: new LocalDate(y, m, d, CalendarSystem.Julian), Gregorian: new LocalDate(y, m, d, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso)))
            .Where(p => p.Gregorian.Year == p.Julian.Year);

    private static string PairText(LocalDate j, LocalDate g, IsoDayOfWeek weekday)
        => $"صدر المرسوم المتخيَّل يوم {Weekdays[(int)weekday - 1]} {j.Day.ToString(CultureInfo.InvariantCulture)} {Months[j.Month - 1]} {j.Year.ToString(CultureInfo.InvariantCulture)} ({g.Day.ToString(CultureInfo.InvariantCulture)} {Months[g.Month - 1]} بالتقويم الجديد).";

    [Fact]
    public void TheWeekdayOfAnOldStyleDayWhoseNewStyleTheTextNamesIsSilent()
        => Pairs.Sample(p => Assert.Empty(Flags(PairText(p.Julian, p.Gregorian, p.Julian.DayOfWeek), "weekday-mismatch")), iter: 40);

    [Fact]
    public void AWeekdayThatFitsNeitherReadingStillFires()
        => Pairs.Where(p => NextDay(p.Julian.DayOfWeek) != new LocalDate(p.Julian.Year, p.Julian.Month, p.Julian.Day).DayOfWeek)
            .Sample(p => Assert.NotEmpty(Flags(PairText(p.Julian, p.Gregorian, NextDay(p.Julian.DayOfWeek)), "weekday-mismatch")), iter: 40);

    private static IsoDayOfWeek NextDay(IsoDayOfWeek d) => d == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : d + 1;

    [Fact]
    public void TheSameOldStyleWeekdayWithoutANamedCalendarIsFlagged()
        // 19 February 1861 Old Style was a Sunday; read as a Gregorian day, in a text naming no Julian-calendar country, it is a Tuesday.
        => FiresAt("صدر المرسوم المتخيَّل يوم الأحد 19 فبراير 1861 في مدينة متخيَّلة.", "weekday-mismatch", "الأحد 19 فبراير 1861");
}
