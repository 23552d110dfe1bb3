using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Issue #15's classes: spoken and regional forms, weekdays (bare, with a week, arithmetic, agreement with the date),
/// ranges and relative spans, spelled-out years, Hijri feasts, the official Umm al-Qura table, medieval Julian dates.
/// The reference date is Tuesday 19 November 2024 unless a test says otherwise. Each rule fires, and stays silent where
/// it must.
/// </summary>
public class SpokenWeekdayAndCalendarTests
{
    private static readonly LocalDate Tuesday = new(2024, 11, 19);

    private static Timex One(string text, string span, bool news = true)
    {
        var doc = TimeStageTests.Run(text, news ? Tuesday : null);
        var matches = doc.Timexes.Where(t => t.Text == span).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{span}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    // Deictic days: Levantine, Egyptian, Gulf, Iraqi, Maghrebi
    [InlineData("رح نسافر بكرا إن شاء الله.", "بكرا", "2024-11-20")]
    [InlineData("هنشوفك بكرة الصبح.", "بكرة", "2024-11-20")]
    [InlineData("شفته امبارح بالسوق.", "امبارح", "2024-11-18")]
    [InlineData("نلتقي بعد بكرة إن شاء الله.", "بعد بكرة", "2024-11-21")]
    [InlineData("راح يوصل باجر الصبح.", "باجر", "2024-11-20")]
    [InlineData("غادي نمشي غدوة للرباط.", "غدوة", "2024-11-20")]
    [InlineData("وصلنا النهارده من إسكندرية.", "النهارده", "2024-11-19")]
    [InlineData("وصل البارح من الدار البيضاء.", "البارح", "2024-11-18")]
    // Directions
    [InlineData("الأسبوع الجاي عنا امتحان.", "الأسبوع الجاي", "2024-W48")]
    [InlineData("السنة الجاية رح نسافر.", "السنة الجاية", "2025")]
    [InlineData("الشهر الفايت كان صعب كتير.", "الشهر الفايت", "2024-10")]
    [InlineData("الأسبوع اللي فات كان طويل.", "الأسبوع اللي فات", "2024-W46")]
    [InlineData("الشهر بعد الجاي رح نسافر.", "الشهر بعد الجاي", "2025-01")]
    [InlineData("السنة اللي قبل الماضية تخرجت من الجامعة.", "السنة اللي قبل الماضية", "2022")]
    [InlineData("شهر 11 الجاي بنتقل على بيت جديد.", "شهر 11 الجاي", "2025-11")]
    // Demonstratives
    [InlineData("هاي السنة ما في مطر.", "هاي السنة", "2024")]
    [InlineData("هالسنة الموسم كان منيح.", "هالسنة", "2024")]
    [InlineData("هاد الشهر رح يخلص المشروع.", "هاد الشهر", "2024-11")]
    [InlineData("الأسعار غليت جداً السنة دي.", "السنة دي", "2024")]
    public void SpokenAndRegionalForms(string text, string span, string value)
        => Assert.Equal(value, One(text, span).Value);

    [Fact]
    public void SpokenFormsNeedAReferenceDate()
    {
        var doc = TimeStageTests.Run("رح نسافر بكرا إن شاء الله.");
        Assert.Null(Assert.Single(doc.Timexes).Gregorian);
    }

    [Theory]
    [InlineData("وصل الوفد يوم الخميس إلى عمان.", "يوم الخميس", "2024-11-14")] // past by default
    [InlineData("سيصل الوفد يوم الخميس إلى عمان.", "يوم الخميس", "2024-11-21")] // س + imperfect
    [InlineData("رح نلتقي يوم الخميس بالجامعة.", "يوم الخميس", "2024-11-21")] // رح
    [InlineData("من المقرر أن يعقد الاجتماع يوم الأحد.", "يوم الأحد", "2024-11-24")]
    [InlineData("عقد المجلس جلسته يوم الثلاثاء.", "يوم الثلاثاء", "2024-11-19")] // today counts
    [InlineData("ثلاثاء الأسبوع الجاي عندي موعد.", "ثلاثاء الأسبوع الجاي", "2024-11-26")]
    [InlineData("التقينا خميس الأسبوع الماضي.", "خميس الأسبوع الماضي", "2024-11-14")]
    [InlineData("نلتقي الخميس بعد الجاي.", "الخميس بعد الجاي", "2024-11-28")]
    public void WeekdaysResolveByTenseAndWeek(string text, string span, string value)
        => Assert.Equal(value, One(text, span).Value);

    [Fact]
    public void BareWeekdayStaysUnresolvedWithoutAReferenceDate()
    {
        var doc = TimeStageTests.Run("وصل الوفد يوم الخميس إلى عمان.");
        Assert.Equal("XXXX-WXX-4", Assert.Single(doc.Timexes).Value);
    }

    [Fact]
    public void ANounThatBeginsLikeAFutureVerbIsNotAFutureCue()
    {
        // سيارة is a car, not س + a verb: the Thursday is the last one.
        Assert.Equal("2024-11-14", One("وصلت سيارة الوفد يوم الخميس.", "يوم الخميس").Value);
    }

    [Theory]
    [InlineData("سيقام الحفل في ثالث ثلاثاء من شهر أيلول 2014.", "ثالث ثلاثاء من شهر أيلول 2014", "2014-09-16")]
    [InlineData("تقام الانتخابات في آخر اثنين من آذار 2024.", "آخر اثنين من آذار 2024", "2024-03-25")]
    [InlineData("يبدأ المهرجان في الأسبوع الأول من أكتوبر 2024.", "الأسبوع الأول من أكتوبر 2024", "2024-10-W01")]
    [InlineData("تراجعت المبيعات في الأسبوع الأخير من 2015.", "الأسبوع الأخير من 2015", "2015-W53")]
    [InlineData("ارتفعت الأرباح في الربع الثالث من هذا العام.", "الربع الثالث من هذا العام", "2024-Q3")]
    [InlineData("تنتهي الأعمال في الربع الأخير من العام المقبل.", "الربع الأخير من العام المقبل", "2025-Q4")]
    public void WeekdayArithmetic(string text, string span, string value)
        => Assert.Equal(value, One(text, span).Value);

    [Fact]
    public void AWeekOfAMonthStartsOnItsNthMonday()
    {
        var t = One("يبدأ المهرجان في الأسبوع الأول من أكتوبر 2024.", "الأسبوع الأول من أكتوبر 2024");
        Assert.Equal(new GregorianInterval(new LocalDate(2024, 10, 7), new LocalDate(2024, 10, 13)), t.Gregorian);
    }

    [Fact]
    public void AMasculineOrdinalAfterTheWeekIsNotTheFirstDay()
    {
        // Before: "الأول من أكتوبر" (1 October) was read inside "الأسبوع الأول من أكتوبر".
        var doc = TimeStageTests.Run("يبدأ المهرجان في الأسبوع الأول من أكتوبر 2024.", Tuesday);
        Assert.DoesNotContain(doc.Timexes, t => t.Value == "2024-10-01");
    }

    [Theory]
    [InlineData("جرى ذلك الخميس 15 آب.", "الخميس 15 آب", "2024-08-15")] // 15 August 2024 is a Thursday
    [InlineData("جرى ذلك الجمعة 15 آب.", "الجمعة 15 آب", "2025-08-15")] // 2025: a Friday
    public void AStatedWeekdayPicksTheYearInWhichItAgrees(string text, string span, string value)
    {
        var t = One(text, span);
        Assert.Equal(value, t.Value);
        Assert.Null(t.StatedWeekday);
    }

    [Fact]
    public void AWeekdayTheDateDoesNotFallOnIsFlagged()
    {
        var doc = TimeStageTests.Run("وصل الوفد يوم الجمعة 15 آب 2024 إلى بيروت.");
        var t = Assert.Single(doc.Timexes);
        Assert.Equal(IsoDayOfWeek.Friday, t.StatedWeekday);
        Assert.Equal(IsoDayOfWeek.Thursday, t.ActualWeekday);
        var flag = Assert.Single(doc.Flags, f => f.Rule == "weekday-mismatch");
        Assert.Equal(Tarikh.Core.Checks.Severity.Warning, flag.Severity);
        Assert.Contains("الخميس", flag.MessageAr, StringComparison.Ordinal);
        Assert.Contains("Thursday", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("weekday_actual", Tarikh.Core.Output.DocumentJsonWriter.ToJson(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void AWeekdayTheDateFallsOnIsNotFlagged()
    {
        var doc = TimeStageTests.Run("وصل الوفد يوم الخميس 15 آب 2024 إلى بيروت.");
        Assert.Null(Assert.Single(doc.Timexes).StatedWeekday);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "weekday-mismatch");
        Assert.DoesNotContain("weekday_actual", Tarikh.Core.Output.DocumentJsonWriter.ToJson(doc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("يقام المعرض يوليو 13-15 2016 في دبي.", "يوليو 13", "2016-07-13", "15 2016", "2016-07-15")]
    [InlineData("تمتد العطلة من 4 إلى 22 هذا الشهر.", "4", "2024-11-04", "22 هذا الشهر", "2024-11-22")]
    [InlineData("تقام الدورة بين 4 و22 الشهر المقبل.", "4", "2024-12-04", "22 الشهر المقبل", "2024-12-22")]
    [InlineData("يستمر المهرجان من 13 إلى 15 تموز.", "13", "2024-07-13", "15 تموز", "2024-07-15")] // the July closest to the reference date
    [InlineData("سأكون في إجازة 2 أكتوبر إلى 22 أكتوبر.", "2 أكتوبر", "2024-10-02", "22 أكتوبر", "2024-10-22")] // no من
    [InlineData("سأكون خارج المدينة 13 إلى 15 تموز.", "13", "2024-07-13", "15 تموز", "2024-07-15")]
    public void RangesInEveryWordOrder(string text, string left, string leftValue, string right, string rightValue)
    {
        var doc = TimeStageTests.Run(text, Tuesday);
        var a = Assert.Single(doc.Timexes, t => t.Text == left);
        var b = Assert.Single(doc.Timexes, t => t.Text == right);
        Assert.Equal(leftValue, a.Value);
        Assert.Equal(rightValue, b.Value);
        Assert.Equal(doc.Timexes.IndexOf(b), a.Range);
    }

    [Fact]
    public void ACountBeforeARangeWordIsNotARangeEnd()
    {
        var doc = TimeStageTests.Run("ارتفع عدد المصابين 13 إلى 15 حالة في تموز.", Tuesday);
        Assert.DoesNotContain(doc.Timexes, t => t.Range is not null);
    }

    [Fact]
    public void ACountBeforeARelativeMonthIsNotADay()
    {
        var doc = TimeStageTests.Run("قتل 22 شخصاً الشهر الماضي وأصيب 30 الشهر الماضي.", Tuesday);
        Assert.DoesNotContain(doc.Timexes, t => t.Value is "2024-10-22" or "2024-10-30" or "P30M");
    }

    [Theory]
    [InlineData("سيستمر التحقيق في الأيام الثلاثة القادمة.", "الأيام الثلاثة القادمة", "P3D")]
    [InlineData("تراجعت الأسعار خلال الأسابيع الثلاثة الماضية.", "الأسابيع الثلاثة الماضية", "P3W")]
    [InlineData("تضاعف عدد السكان خلال العقدين الماضيين.", "العقدين الماضيين", "P20Y")]
    [InlineData("تعمل الشركة في السنوات العشر الأخيرة على التوسع.", "السنوات العشر الأخيرة", "P10Y")]
    public void RelativeSpansAreDurations(string text, string span, string value)
    {
        var t = One(text, span);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("سأبقى هنا بقية الأسبوع.", "بقية الأسبوع", "2024-11-19", "2024-11-24")]
    [InlineData("الدوام معلق باقي الشهر.", "باقي الشهر", "2024-11-19", "2024-11-30")]
    public void TheRestOfAUnitRunsFromTheReferenceDate(string text, string span, string start, string end)
    {
        var g = One(text, span).Gregorian!.Value;
        Assert.Equal(start, GregorianInterval.Format(g.Start));
        Assert.Equal(end, GregorianInterval.Format(g.End));
    }

    [Theory]
    [InlineData("ولد عام ألف وتسعمائة وسبعة عشر في موسكو.", "عام ألف وتسعمائة وسبعة عشر", "1917")]
    [InlineData("ولد سنة ألف وسبعمائة وتسعة وثمانين.", "سنة ألف وسبعمائة وتسعة وثمانين", "1789")]
    [InlineData("تزوج سنة تسعة عشر ثمانية وسبعين.", "سنة تسعة عشر ثمانية وسبعين", "1978")]
    [InlineData("هاجر ربيع عام تسعة عشر وثمانية وسبعين.", "ربيع عام تسعة عشر وثمانية وسبعين", "1978-SP")]
    public void SpelledOutYears(string text, string span, string value)
        => Assert.Equal(value, One(text, span, news: false).Value);

    [Fact]
    public void APartialNumeralParseNeverBecomesAYear()
    {
        // "ألف وتسعمائة" then "عشرين" without و: not 1900, not 0019, not 0020.
        var doc = TimeStageTests.Run("ولد عام ألف وتسعمائة عشرين في القاهرة.");
        Assert.DoesNotContain(doc.Timexes, t => t.Value is "1900" or "0019" or "0020" or "1920");
    }

    [Theory]
    [InlineData("نبارك لكم بمناسبة عيد الأضحى.", "عيد الأضحى", "2024-06-16")] // the closest one (10 Dhu al-Hijja 1445)
    [InlineData("سنحتفل بعيد الفطر مع العائلة.", "عيد الفطر", "2025-03-30")] // future: 1 Shawwal 1446
    [InlineData("بدأت الاستعدادات لاستقبال رأس السنة الهجرية.", "رأس السنة الهجرية", "2024-07-07")]
    public void HijriFeastsResolveToADayFromTheReferenceDate(string text, string span, string day)
    {
        var t = One(text, span);
        Assert.Equal(day, GregorianInterval.Format(t.Gregorian!.Value.Start));
        Assert.Equal("hijri-umalqura-official", t.Conversion);
    }

    [Fact]
    public void AHijriFeastInAGregorianYearIsItsGregorianDay()
    {
        var t = One("سافر في عيد الفطر 2016 إلى عمان.", "عيد الفطر 2016", news: false);
        Assert.Equal("2016-07-06", t.Value);
        Assert.Equal(CalendarKind.Gregorian, t.Calendar);
    }

    [Theory]
    // The feast takes the year of an earlier date; 500 AD is before the Hijri era (622), so there is no such day:
    // a reason, not an exception (random word soup found this one: NodaTime cannot convert days before 1 AH).
    [InlineData("في عام 500 م احتفلوا بعيد الفطر مع أهل القرية.", false)]
    [InlineData("ولد عام 12 م. وفي عيد الفطر من ذلك العام سافر إلى المدينة.", false)]
    [InlineData("في سنة 1500 م احتفلوا بعيد الفطر مع أهل القرية.", true)]
    public void AHijriFeastInAGregorianYearBeforeTheHijriEraIsAReasonNotAnException(string text, bool valid)
    {
        var doc = TimeStageTests.Run(text);
        var feast = Assert.Single(doc.Timexes, t => t.Text.Contains("عيد الفطر", StringComparison.Ordinal));
        Assert.Equal(valid, feast.Valid);
        Assert.Equal(valid ? null : TimexReasons.YearOutOfRange, feast.Reason);
    }

    [Fact]
    public void AHijriFeastWithoutAReferenceDateStaysUnderspecified()
    {
        var doc = TimeStageTests.Run("نبارك لكم بمناسبة عيد الأضحى.");
        Assert.Equal("XXXX-12-10", Assert.Single(doc.Timexes).Value);
    }

    [Fact]
    public void OfficialUmmAlQuraConvertsHijriDatesOfTheTwentiethCentury()
    {
        // .NET's arithmetic says 1941-10-01; the official calendar began Ramadan 1360 a day earlier.
        var t = One("ولد في 10 رمضان 1360 هـ.", "10 رمضان 1360 هـ", news: false);
        Assert.Equal("1941-09-30", GregorianInterval.Format(t.Gregorian!.Value.Start));
        Assert.Equal("hijri-umalqura-official", t.Conversion);
    }

    [Fact]
    public void HijriDatesBefore1343AreTabular()
    {
        var t = One("توفي في 5 رجب 1300 هـ.", "5 رجب 1300 هـ", news: false);
        Assert.Equal("hijri-tabular-base16-civil", t.Conversion);
    }

    [Theory]
    [InlineData("دخل الصليبيون القدس في 15 تموز 1099 م.", "15 تموز 1099 م", "1099-07-21")]
    [InlineData("وقعت المعركة في 4 تشرين الأول 1582 م.", "4 تشرين الأول 1582 م", "1582-10-14")]
    public void MedievalDatesWrittenWithTheEraAreJulian(string text, string span, string gregorian)
    {
        var t = One(text, span, news: false);
        Assert.Equal(CalendarKind.Julian, t.Calendar);
        Assert.Equal(gregorian, GregorianInterval.Format(t.Gregorian!.Value.Start));
        Assert.Equal("julian", t.Conversion);
    }

    [Theory]
    [InlineData("بدأ العمل بالتقويم في 15 تشرين الأول 1582 م.", "15 تشرين الأول 1582 م")] // the first Gregorian day
    [InlineData("دخل الصليبيون القدس في 15 تموز 1099.", "15 تموز 1099")] // no era written
    [InlineData("ولد في 3 آذار 1870 م.", "3 آذار 1870 م")]
    public void OtherDatesStayGregorian(string text, string span)
        => Assert.Equal(CalendarKind.Gregorian, One(text, span, news: false).Calendar);
}

/// <summary>The word lists the grammar reads come from markers.tsv, normalized like the text.</summary>
public class TimeLexiconWordListTests
{
    [Theory]
    [InlineData("في")]
    [InlineData("حتي")]
    [InlineData("الي")]
    [InlineData("نهايه")]
    [InlineData("اعتبارا")]
    [InlineData("وحتي")]
    [InlineData("شهري")]
    public void TemporalPrepositionsAreLoaded(string norm) => Assert.True(Tarikh.Core.Time.Lexicon.TimeLexicon.Default.IsTemporalPreposition(norm));

    [Theory]
    [InlineData("الجمعه")]
    [InlineData("سيارة")]
    public void OtherWordsAreNotTemporalPrepositions(string norm) => Assert.False(Tarikh.Core.Time.Lexicon.TimeLexicon.Default.IsTemporalPreposition(norm));

    [Theory]
    [InlineData("صلي", true)]
    [InlineData("اقام", true)]
    [InlineData("او", true)]
    [InlineData("اعلن", false)]
    public void WordsThatBlockAnAdverbialWeekday(string norm, bool blocks) => Assert.Equal(blocks, Tarikh.Core.Time.Lexicon.TimeLexicon.Default.BlocksAdverbialWeekday(norm));
}
