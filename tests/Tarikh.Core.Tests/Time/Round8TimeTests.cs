using System.Globalization;
using CsCheck;
using NodaTime;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 8 (dates in spoken and news Arabic): a weekday before a numeric date is one dated day; ranges, counts and
/// pages written with dashes are not dates; partial datelines anchor what they can; spoken forms; "(ن.س.)" and calendar cues
/// between two equivalent dates. Sentences written here (not those of the round-8 gold); CsCheck properties for the numeric
/// parsers.
/// </summary>
public class Round8TimeTests
{
    private static readonly string[] Weekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    // ------------------------------------------------------------------ weekday + numeric date

    [Theory]
    [InlineData("افتُتح المستشفى يوم الخميس 12/4/1962 بحضور الوزير.", "يوم الخميس 12/4/1962", "1962-04-12")]
    [InlineData("صدر العدد الأول الإثنين، 3-1-2000 في عمّان.", "الإثنين، 3-1-2000", "2000-01-03")]
    [InlineData("وجرى الاقتراع يوم السبت الموافق 7/3/2015 في كل المحافظات.", "يوم السبت الموافق 7/3/2015", "2015-03-07")]
    [InlineData("وأُعلنت النتائج الثلاثاء 2019/10/1 مساءً.", "الثلاثاء 2019/10/1", "2019-10-01")]
    [InlineData("ووقّعت الاتفاقية يوم الأربعاء 17.5.1995 في الرباط.", "يوم الأربعاء 17.5.1995", "1995-05-17")]
    public void AWeekdayBeforeANumericDateIsOneDatedDay(string sentence, string text, string value)
    {
        var doc = TimeStageTests.Run(sentence);
        var t = Single(doc, text);
        Assert.Equal(value, t.Value);
        Assert.Null(t.ActualWeekday);
        Assert.Single(doc.Timexes, x => x.Type == TimexType.Date);
    }

    [Fact]
    public void AWeekdayBeforeAHijriNumericDateTakesTheEra()
    {
        // 1 Ramadan 1433 (Umm al-Qura) was Friday 20 July 2012.
        var t = Single(TimeStageTests.Run("وبدأ الصيام يوم الجمعة 1/9/1433هـ في المملكة."), "يوم الجمعة 1/9/1433هـ");
        Assert.Equal(CalendarKind.Hijri, t.Calendar);
        Assert.Equal("1433-09-01", t.Value);
        Assert.Null(t.ActualWeekday);
    }

    [Fact]
    public void AWrongWeekdayBeforeANumericDateIsKeptForTheCheck()
    {
        // 12 April 1962 was a Thursday.
        var t = Single(TimeStageTests.Run("افتُتح المستشفى يوم الأحد 12/4/1962 بحضور الوزير."), "يوم الأحد 12/4/1962");
        Assert.Equal("1962-04-12", t.Value);
        Assert.Equal(IsoDayOfWeek.Sunday, t.StatedWeekday);
        Assert.Equal(IsoDayOfWeek.Thursday, t.ActualWeekday);
    }

    [Fact]
    public void AWeekdayBeforeAMonthAndYearDoesNotJoinIt()
    {
        // "7/1952" is a month: the weekday names no day of it.
        var doc = TimeStageTests.Run("وفي الجمعة 7/1952 تغير كل شيء.");
        Assert.DoesNotContain(doc.Timexes, t => t.Text.StartsWith("الجمعة 7", StringComparison.Ordinal));
    }

    [Fact]
    public void AWeekdayAndADayMonthTakeTheYearInWhichTheyAgree()
    {
        // Reference Tuesday 19 November 2024: 5/3 is a Wednesday in 2025 and a Tuesday in 2024.
        var doc = TimeStageTests.Run("قالت الوزارة إن الامتحانات تبدأ الأربعاء 5/3 في كل المدارس.", new LocalDate(2024, 11, 19));
        Assert.Equal("2025-03-05", Single(doc, "الأربعاء 5/3").Value);
    }

    [Fact]
    public void AWeekdayBeforeARangeOfDaysInAMonthIsNotADayAndMonth()
    {
        var doc = TimeStageTests.Run("ويقام المهرجان من الأحد 5-7 مارس في الساحة.", new LocalDate(2024, 11, 19));
        Assert.DoesNotContain(doc.Timexes, t => t.Value is "2025-07-05" or "2024-07-05");
    }

    [Fact]
    public void AnyWeekdayAndNumericDateIsOneDay()
    {
        var formats = new Func<LocalDate, string>[]
        {
            d => $"{N(d.Day)}/{N(d.Month)}/{N(d.Year)}",
            d => $"{N(d.Day)}-{N(d.Month)}-{N(d.Year)}",
            d => $"{N(d.Year)}/{N(d.Month)}/{N(d.Day)}",
            d => $"{N(d.Day)}.{N(d.Month)}.{N(d.Year)}",
        };
        Gen.Int[1900, 2090].Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 3], Gen.Int[0, 6]).Sample((y, m, d, f, shift) =>
        {
            var date = new LocalDate(y, m, d);
            var stated = (((int)date.DayOfWeek - 1 + shift) % 7) + 1;
            var written = formats[f](date);
            var doc = TimeStageTests.Run($"وعقد المجلس جلسته يوم {Weekdays[stated - 1]} {written} في العاصمة.");
            var t = Single(doc, $"يوم {Weekdays[stated - 1]} {written}");
            Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Value);
            Assert.Equal(shift == 0 ? null : date.DayOfWeek, t.ActualWeekday);
        }, iter: 60);
    }

    [Fact]
    public void ANumericHijriDateWithAThreeDigitYearAndItsEraIsADay()
    {
        var t = Single(TimeStageTests.Run("وتوفي القاضي في 12/3/654 هـ بدمشق."), "12/3/654 هـ");
        Assert.Equal(CalendarKind.Hijri, t.Calendar);
        Assert.Equal("0654-03-12", t.Value);
        Assert.True(t.Valid);
    }

    [Fact]
    public void ANumericHijriThirtiethIsPossible()
    {
        // Tabular Rabi' II (month 4) has 29 days, but by the crescent it may have had 30 (round 21: a Hijri 30th is never impossible).
        var t = Single(TimeStageTests.Run("وتوفي القاضي في 30/4/654 هـ بدمشق."), "30/4/654 هـ");
        Assert.True(t.Valid);
    }

    [Fact]
    public void AThreeDigitYearWithoutAnEraIsNoNumericDate()
        => Assert.DoesNotContain(TimeStageTests.Run("وسجل الفريق 12/3/654 نقطة في الموسم.").Timexes, t => t.Type == TimexType.Date && t.Text.Contains("654", StringComparison.Ordinal));

    [Fact]
    public void AShortYearInADatelineIsCutShort()
    {
        var t = Single(TimeStageTests.Run("تونس (وات) 3 مارس 202 - افتتح الوزير المعرض الدولي للكتاب."), "3 مارس 202");
        Assert.Equal(TimexReasons.MalformedYear, t.Reason);
        Assert.Equal("202X-03-03", t.Value);
    }

    [Fact]
    public void AFullYearInADatelineIsKept()
        => Assert.Null(Single(TimeStageTests.Run("تونس (وات) 3 مارس 2021 - افتتح الوزير المعرض الدولي للكتاب."), "3 مارس 2021").Reason);

    // ------------------------------------------------------------------ ranges and counts are not dates

    [Theory]
    [InlineData("وزّعت الجمعية (20–1500) سلة غذائية في كل حي.")]
    [InlineData("يقيّم المعلمون الطلاب على سلم (1–12) في نهاية الفصل.")]
    [InlineData("راجع الصفحات 120-135 من الطبعة الثانية.")]
    [InlineData("وشرح المفسر الآيات (6–11) من السورة.")]
    [InlineData("وتضررت الطوابق 4-12 من البرج.")]
    [InlineData("وتراوحت التبرعات بين (3-2000) دينار.")]
    public void ARangeOfCountsIsNotADate(string sentence)
        => Assert.DoesNotContain(TimeStageTests.Run(sentence).Timexes, t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("واستمرت الحرب الأهلية (1975–1990) خمسة عشر عاماً.", "1975", "1990")]
    [InlineData("وحكم الأمويون الأندلس 756-1031.", "756", "1031")]
    public void AYearRangeWithADashStaysTwoYears(string sentence, string from, string to)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.Equal(from.PadLeft(4, '0'), Single(doc, from).Value);
        Assert.Equal(to, Single(doc, to).Value);
    }

    [Theory]
    [InlineData("وبدأت الأزمة في 9/2008 ثم اتسعت.", "9/2008", "2008-09")]
    [InlineData("وصدر المرسوم في 11-1998 بعد نقاش طويل.", "11-1998", "1998-11")]
    public void AMonthAndYearInDigitsStayADate(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence), text).Value);

    [Fact]
    public void NoEnDashPairOfNumbersIsAMonthAndYear()
    {
        Gen.Int[1, 12].Select(Gen.Int[13, 2100]).Sample((a, b) =>
        {
            var doc = TimeStageTests.Run($"وشمل البرنامج ({N(a)}–{N(b)}) مستفيداً في كل مدينة.");
            Assert.DoesNotContain(doc.Timexes, t => t.Type == TimexType.Date && t.Text.Contains('–', StringComparison.Ordinal));
        }, iter: 40);
    }

    [Fact]
    public void AnyDottedFullDateIsADay()
    {
        Gen.Int[1000, 2200].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
        {
            var doc = TimeStageTests.Run($"صدر الحكم بتاريخ {N(d)}.{N(m)}.{N(y)} عن المحكمة.");
            Assert.Equal(new LocalDate(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Single(doc, $"{N(d)}.{N(m)}.{N(y)}").Value);
        }, iter: 60);
    }

    [Fact]
    public void AVersionNumberIsNotADottedDate()
        => Assert.DoesNotContain(TimeStageTests.Run("ثبّت الإصدار 2.4.13 من البرنامج.").Timexes, t => t.Type == TimexType.Date);

    // ------------------------------------------------------------------ partial datelines

    [Fact]
    public void ADatelineWithoutAYearAnchorsDaysAndMonths()
    {
        var doc = TimeStageTests.Run("الرباط، 20 أكتوبر (و م ع) - استقبل الوزير أمس وفداً أجنبياً، وقال إنه التقى نظيره قبل ثلاثة أيام، وإن الصادرات ارتفعت الشهر الماضي.");
        Assert.Equal("XXXX-10-19", Single(doc, "أمس").Value);
        Assert.Equal("XXXX-10-17", Single(doc, "قبل ثلاثة أيام").Value);
        Assert.Equal("XXXX-09", Single(doc, "الشهر الماضي").Value);
        Assert.NotNull(Single(doc, "أمس").Anchor);
    }

    [Fact]
    public void ADatelineWithoutAYearDoesNotGuessAcrossTheEndOfFebruary()
    {
        // The day before 1 March is 28 or 29 February: without the year it stays open.
        var doc = TimeStageTests.Run("دمشق، 1 آذار (سانا) - أعلنت المحافظة أمس إغلاق الطريق.");
        Assert.Null(Single(doc, "أمس").Value);
    }

    [Fact]
    public void AYearDatelineAnchorsYearsButNotDays()
    {
        var doc = TimeStageTests.Run("الخرطوم، 1998 (خاص) - قال المسؤول إن المحصول تضاعف العام الماضي، وإن الأمطار هطلت أمس بغزارة، وإن الخطة تكتمل العام المقبل.");
        Assert.Equal("1997", Single(doc, "العام الماضي").Value);
        Assert.Equal("1999", Single(doc, "العام المقبل").Value);
        Assert.Null(Single(doc, "أمس").Value);
    }

    [Fact]
    public void AMonthDatelineAnchorsMonthsButNotDays()
    {
        var doc = TimeStageTests.Run("باريس، شباط 2016 - ارتفعت المبيعات الشهر الماضي، وتوقفت المفاوضات أمس.");
        Assert.Equal("2016-01", Single(doc, "الشهر الماضي").Value);
        Assert.Null(Single(doc, "أمس").Value);
    }

    [Fact]
    public void UnderAFullDatelineThisYearCountsFromTheDatelineNotFromYesterday()
    {
        var doc = TimeStageTests.Run("تونس، 2 كانون الثاني 2012 (رويترز) - أعلنت الحكومة أمس أن النمو سيتحسن هذا العام وأن الانتخابات تجري قبل يومين من العيد.");
        Assert.Equal("2012-01-01", Single(doc, "أمس").Value);
        Assert.Equal("2012", Single(doc, "هذا العام").Value);
    }

    [Fact]
    public void AfterAnotherDateTheFollowingYearStaysNarrative()
    {
        // Under a dateline, a year named in the item is what "العام المقبل" follows.
        var doc = TimeStageTests.Run("عمّان، 5 أيار 2010 - تأسست الجمعية عام 1990، وفي العام المقبل افتتحت فرعها الأول.");
        Assert.Equal("1991", Single(doc, "العام المقبل").Value);
    }

    [Fact]
    public void AMonthOpeningALineInsideAChronologyIsNotADateline()
    {
        var doc = TimeStageTests.Run("سجل العمليات.\nآذار 1996: تفجير في المدينة.\nوتعرض القائد في آب العام الفائت لمحاولة اغتيال.");
        Assert.Null(Single(doc, "العام الفائت").Value);
    }

    [Fact]
    public void AMonthOpeningTheDocumentIsADateline()
    {
        var doc = TimeStageTests.Run("آذار 1996: تفجير في المدينة.\nوتعرض القائد في آب العام الفائت لمحاولة اغتيال.");
        Assert.Equal("1995", Single(doc, "العام الفائت").Value);
    }

    [Fact]
    public void AYearOpeningAListEntryIsNotDatelineForDays()
    {
        var doc = TimeStageTests.Run("1948 - قيام الدولة، ولا يزال أثره قائماً حتى اليوم.");
        Assert.Null(Single(doc, "اليوم").Value);
    }

    // ------------------------------------------------------------------ spoken forms

    [Theory]
    [InlineData("أول مبارح اتصل فيي خالي من بيروت.", "أول مبارح", "2024-11-17")]
    [InlineData("عقب باجر بنسافر دبي إن شاء الله.", "عقب باجر", "2024-11-21")]
    [InlineData("عكب باچر نروح لبيت جدي.", "عكب باچر", "2024-11-21")]
    [InlineData("ولد ابن أختي بـ 3 كانون التاني.", "3 كانون التاني", "2025-01-03")]
    [InlineData("الاجتماع الجاي بـ 28 تشرين التاني.", "28 تشرين التاني", "2024-11-28")]
    [InlineData("افتتحنا المحل في 2 نوڤمبر.", "2 نوڤمبر", "2024-11-02")]
    [InlineData("القسط بيندفع أول الشهر الجاي.", "أول الشهر الجاي", "2024-12")]
    [InlineData("الراتب بينزل آخر الشهر.", "آخر الشهر", "2024-11")]
    [InlineData("الامتحانات نص الشهر الجاي.", "نص الشهر الجاي", "2024-12")]
    public void SpokenFormsResolveFromTheReferenceDate(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence, new LocalDate(2024, 11, 19)), text).Value);

    [Fact]
    public void TheFirstOfAMonthIsADayNotTheMonthsStart()
    {
        var t = Single(TimeStageTests.Run("تبدأ السنة المالية في أول يناير 2025.", new LocalDate(2024, 11, 19)), "أول يناير 2025");
        Assert.Equal("2025-01-01", t.Value);
        Assert.Null(t.Mod);
    }

    [Fact]
    public void TextIsNotHalf()
        => Assert.DoesNotContain(TimeStageTests.Run("نشرت الصحيفة نص الاتفاقية كاملاً.", new LocalDate(2024, 11, 19)).Timexes, t => t.Type == TimexType.Date);

    // ------------------------------------------------------------------ day + month + direction in news

    [Theory]
    // Reference Tuesday 19 November 2024.
    [InlineData("وأُفرج عن المعتقلين في 25 أكتوبر الماضي بعد وساطة.", "25 أكتوبر الماضي", "2024-10-25")]
    [InlineData("وكانت الجولة الأولى في 25 نوفمبر الماضي.", "25 نوفمبر الماضي", "2023-11-25")]
    [InlineData("وتنطلق البطولة في 10 نوفمبر المقبل.", "10 نوفمبر المقبل", "2025-11-10")]
    [InlineData("وتنطلق البطولة في 2 كانون الثاني القادم.", "2 كانون الثاني القادم", "2025-01-02")]
    [InlineData("ويختتم المعرض في 28 نوفمبر الجاري.", "28 نوفمبر الجاري", "2024-11-28")]
    public void ADayAndMonthWithADirectionCountFromTheReferenceDay(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence, new LocalDate(2024, 11, 19)), text).Value);

    [Fact]
    public void ADemonstrativeAfterADayAndMonthIsNotADirection()
    {
        var doc = TimeStageTests.Run("ورفضت قوى 14 آذار هذه الدعوة.", new LocalDate(2024, 11, 19));
        Assert.DoesNotContain(doc.Timexes, t => t.Text.Contains("هذه", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyDayAndMonthLastIsBeforeTheReferenceAndNextAfterIt()
    {
        string[] months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
        Gen.Int[2000, 2040].Select(Gen.Int[1, 365], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, doy, m, d) =>
        {
            var reference = new LocalDate(y, 1, 1).PlusDays(doy - 1);
            var doc = TimeStageTests.Run($"وعقدت اللجنة اجتماعها في {N(d)} {months[m - 1]} الماضي، وتعقد الاجتماع التالي في {N(d)} {months[m - 1]} المقبل.", reference);
            var past = LocalDate.FromDateTime(DateTime.Parse(Single(doc, $"{N(d)} {months[m - 1]} الماضي").Value!, CultureInfo.InvariantCulture));
            var next = LocalDate.FromDateTime(DateTime.Parse(Single(doc, $"{N(d)} {months[m - 1]} المقبل").Value!, CultureInfo.InvariantCulture));
            Assert.True(past < reference && past.PlusYears(1) >= reference, $"{past} / {reference}");
            Assert.True(next > reference && next.PlusYears(-1) <= reference, $"{next} / {reference}");
        }, iter: 60);
    }

    // ------------------------------------------------------------------ Old Style / New Style

    [Fact]
    public void ANewStyleMarkDoesNotSeparateAnEquivalence()
    {
        var doc = TimeStageTests.Run("وانتهت الحرب في 3 مارس 1918 (ن.س.)، أي 18 فبراير حسب التقويم القديم.");
        var julian = Single(doc, "18 فبراير");
        Assert.Equal(CalendarKind.Julian, julian.Calendar);
        Assert.Equal("1918-02-18", julian.Value);
        Assert.NotNull(julian.Equivalent);
    }
}
