using CsCheck;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of error the date rules showed on fresh text in round 8 (issue 12, 12b, round 9): a Hijri weekday judged
/// against a table instead of the Gregorian equivalent the text states, and a Hijri weekday a day or two from the tables
/// (sighting); a range pair of two calendars read as a dual year; a range end cut to one or two digits; a numeric date
/// whose first part is empty; empty parentheses inside an Old-Style date; a year-less day no month has; a series noun
/// whose final hamza changes its seat before a pronoun. Each class both ways, full pipeline (spans checked), sentences
/// written here.
/// </summary>
public class DateRulesRound9Tests
{
    // ---- weekday-mismatch ----

    [Theory]
    // The weekday disagrees with the stated Gregorian equivalent (15 March 2024 was a Friday).
    [InlineData("افتُتح المستشفى الجديد في جدة يوم الأحد 5 رمضان 1445 هـ الموافق 15 مارس 2024 م.", "يوم الأحد 5 رمضان 1445 هـ")]
    // A Julian equivalent before 1582: 2 October 1187 (Julian) was a Friday.
    [InlineData("دخل السلطان صلاح الدين بيت المقدس يوم الاثنين 27 رجب 583 هـ الموافق 2 أكتوبر 1187 م.", "يوم الاثنين 27 رجب 583 هـ")]
    // No equivalent, in the Umm al-Qura era, two days from every reading (12 Shawwal 1444 is a Tuesday).
    [InlineData("أعلنت الوزارة يوم الأحد 12 شوال 1444 هـ نتائج المسابقة.", "يوم الأحد 12 شوال 1444 هـ")]
    // No equivalent, before it, three days from the tabular reading (a Saturday).
    [InlineData("وتوفي الشيخ ابن الخبّاز المتخيَّل يوم الثلاثاء الثاني عشر من ربيع الأول سنة 681 هـ بدمشق.", "يوم الثلاثاء الثاني عشر من ربيع الأول سنة 681 هـ")]
    // A time of that day (1 Safar 1100 AH, tabular, is a Thursday).
    [InlineData("ودخل الركب المدينة وقت الظهر يوم الأحد أول صفر سنة 1100 هـ بعد رحلة شاقة.", "يوم الأحد أول صفر")]
    public void AHijriWeekdayAgainstItsStatedEquivalentOrBeyondTheSightingToleranceFires(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    [Theory]
    [InlineData("افتُتح المستشفى الجديد في جدة يوم الجمعة 5 رمضان 1445 هـ الموافق 15 مارس 2024 م.")]
    // A local calendar began the month a day after Umm al-Qura: the weekday agrees with the stated Gregorian day.
    [InlineData("الرباط – الجمعة 4 رمضان 1445 هـ الموافق 15 مارس 2024 م – أعلنت الوزارة عن برنامج الإفطار الجماعي.")]
    [InlineData("دخل السلطان صلاح الدين بيت المقدس يوم الجمعة 27 رجب 583 هـ الموافق 2 أكتوبر 1187 م.")]
    // One day from Umm al-Qura without an equivalent, two days from the tabular reading before it: sighting, info at most.
    [InlineData("أعلنت الوزارة يوم الاثنين 12 شوال 1444 هـ نتائج المسابقة.")]
    // Two days before the tabular Monday, where the moon allowed it (round 11: Time's sighting window; 12 Rabi' I 681 on a
    // Thursday, two days before the tabular Saturday, is now a warning, since the crescent could not be seen that early).
    [InlineData("وتوفي الشيخ ابن الخبّاز المتخيَّل يوم السبت الثاني عشر من جمادى الآخرة سنة 717 هـ بدمشق.")]
    [InlineData("ودخل الركب المدينة وقت الظهر يوم الجمعة أول صفر سنة 1100 هـ بعد رحلة شاقة.")]
    public void AHijriWeekdayThatAgreesWithItsEquivalentOrWithinSightingIsNoWarning(string text)
        => Assert.Empty(Flags(text, "weekday-mismatch"));

    [Fact]
    public void ASightingSizedHijriDifferenceIsKeptAsInfo()
    {
        var info = Flags("أعلنت الوزارة يوم الاثنين 12 شوال 1444 هـ نتائج المسابقة.", "weekday-mismatch", Severity.Info);
        Assert.Single(info);
        Assert.Equal(Severity.Info, info[0].Severity);
    }

    [Fact]
    public void TheWeekdayDistanceOfAHijriDayIsZeroForEachReadingAndAtMostThree()
    {
        var calendars = TarikhCalendars.Default;
        Gen.Select(Gen.Int[1, 1500], Gen.Int[1, 12], Gen.Int[1, 29], Gen.Int[0, 6]).Sample((y, m, d, k) =>
        {
            var readings = calendars.HijriDayReadings(y, m, d);
            Assert.NotEmpty(readings);
            foreach (var r in readings)
            {
                Assert.Equal(0, calendars.HijriWeekdayDistance(y, m, d, r.DayOfWeek));
            }

            var shifted = readings[0].PlusDays(k).DayOfWeek;
            var distance = calendars.HijriWeekdayDistance(y, m, d, shifted);
            Assert.NotNull(distance);
            Assert.InRange(distance.Value, 0, Math.Min(k, 7 - k));
            if (!OfficialUmmAlQura.Covers(y))
            {
                Assert.Equal(Math.Min(k, 7 - k), distance.Value);
            }
        });
    }

    [Fact]
    public void TheSightingToleranceIsTwoDaysBeforeTheUmmAlQuraTableAndOneFromIt()
    {
        Assert.Equal(2, TarikhCalendars.HijriSightingToleranceDays(681));
        Assert.Equal(2, TarikhCalendars.HijriSightingToleranceDays(1342));
        Assert.Equal(1, TarikhCalendars.HijriSightingToleranceDays(1343));
        Assert.Equal(1, TarikhCalendars.HijriSightingToleranceDays(1445));
    }

    [Fact]
    public void NoMonthOfAnyYearHasMoreDaysThanItsMaximum()
    {
        var calendars = TarikhCalendars.Default;
        Gen.Select(Gen.Int[1, 2500], Gen.Int[1, 12], Gen.Int[0, 2].Select(i => (CalendarKind)new[] { CalendarKind.Gregorian, CalendarKind.Julian, CalendarKind.Hijri }[i])).Sample((y, m, kind) =>
        {
            var max = TarikhCalendars.MaxDaysInMonth(kind, m);
            if (kind == CalendarKind.Hijri && y > 1500)
            {
                return;
            }

            Assert.True(calendars.TryMonth(kind, y, m, out var month, out _));
            var days = Period.Between(month.Start, month.End, PeriodUnits.Days).Days + 1;
            Assert.InRange(days, 28, max);
        });
    }

    // ---- calendar-equivalence ----

    [Fact]
    public void ARangeGivenInTwoCalendarsComparesEndWithEndNotADualYear()
        => FiresAt("سليمان الباروني المتخيَّل (1287–1359 هـ / 1870–1925 م) زعيم ومؤرخ ليبي.", "calendar-equivalence", "1925");

    [Theory]
    [InlineData("سليمان الباروني المتخيَّل (1287–1359 هـ / 1870–1940 م) زعيم ومؤرخ ليبي.")]
    // Two consecutive years of each calendar are a dual year, still read as one.
    [InlineData("افتتحت المدرسة في العام الدراسي 1346/1347 هـ الموافق 1927/1928 م.")]
    public void ARightRangePairOrDualYearIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- malformed-date ----

    [Theory]
    [InlineData("جبران الخوري المتخيَّل (1883–18) رسام لبناني أقام في بوسطن.", "18")]
    [InlineData("أنطون سعادة الصغير المتخيَّل (1904 – 19) كاتب ومترجم من الشوير.", "19")]
    [InlineData("ولد القاضي المتخيَّل يحيى الشوكاني في /7/1321 هـ بصنعاء.", "/7/1321")]
    [InlineData("وُلدت المغنية المتخيَّلة آنا فولكوفا في 3 () يونيو 1872 بمدينة قازان.", "()")]
    // A lifespan with its words before each year, its start cut to three digits; an end that lost its thousand.
    [InlineData("الأديب المتخيَّل أمين الريحاني الصغير (ولد 187 – توفي 1940) رحالة وكاتب.", "187")]
    [InlineData("الرسام المتخيَّل داود القرم الصغير (1858 – 932) من رواد التصوير في لبنان.", "932")]
    public void ACutRangeEndAnEmptyDayOrAnEmptySlotFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    // Short range ends that are the usual abbreviation of a later year of the same century.
    [InlineData("شارك في الحرب العالمية الأولى (1914–18) جندياً في الجيش العثماني.")]
    [InlineData("تولى الوزارة في ولايتين (2015–20) ثم اعتزل العمل السياسي.")]
    [InlineData("انظر الرابط example.com/7/1321 للمزيد من التفاصيل.")]
    [InlineData("ولد القاضي المتخيَّل يحيى الشوكاني في 12/7/1321 هـ بصنعاء.")]
    [InlineData("وُلدت المغنية المتخيَّلة آنا فولكوفا في 3 (15) يونيو 1872 بمدينة قازان.")]
    [InlineData("قال الوزير () إنه سيعود إلى بلده في 3 يونيو.")]
    [InlineData("الأديب المتخيَّل أمين الريحاني الصغير (ولد 1876 – توفي 1940) رحالة وكاتب.")]
    [InlineData("الرسام المتخيَّل داود القرم الصغير (1858 – 1932) من رواد التصوير في لبنان.")]
    public void ARightRangeOrDateOfTheSameFormIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- impossible-date ----

    [Theory]
    [InlineData("وفي الثلاثين من فبراير عقد الأمير قرانه على ابنة عمه.", "الثلاثين من فبراير")]
    [InlineData("وتوفي الفقيه المتخيَّل ليلة الحادي والثلاثين من شعبان، ودفن بالبقيع.", "الحادي والثلاثين من شعبان")]
    public void AYearLessDayNoMonthHasFires(string text, string evidence)
        => FiresAt(text, "impossible-date", evidence);

    [Theory]
    [InlineData("وفي التاسع والعشرين من فبراير عقد الأمير قرانه على ابنة عمه.")]
    [InlineData("وتوفي الفقيه المتخيَّل ليلة الثلاثين من شعبان، ودفن بالبقيع.")]
    public void AYearLessDaySomeYearHasIsSilent(string text)
        => Assert.Empty(Flags(text, "impossible-date"));

    // ---- ordinal-series ----

    [Theory]
    [InlineData("نشر المؤرخ المتخيَّل سالم الكندي ديوان أبيه في مجلدين، فصدر جزؤه الأول سنة 1978 وجزؤه الثاني سنة 1971.", "جزؤه الثاني")]
    [InlineData("ألّف الشيخ المتخيَّل كتاباً في التفسير، أتمّ جزأه الأول سنة 1320 هـ، وجزئه الثاني سنة 1318 هـ.", "جزئه الثاني")]
    public void ASeriesNounWithItsHamzaBeforeAPronounFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Fact]
    public void ASeriesNounWithItsHamzaBeforeAPronounInOrderIsSilent()
        => Assert.Empty(Flags("نشر المؤرخ المتخيَّل سالم الكندي ديوان أبيه في مجلدين، فصدر جزؤه الأول سنة 1971 وجزؤه الثاني سنة 1978.", "ordinal-series"));
}
