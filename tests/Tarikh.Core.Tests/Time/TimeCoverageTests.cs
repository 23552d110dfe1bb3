using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Evaluation;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>Movable feasts, nth weekdays, bare days and numeric dates in news style: one rule per test, real Arabic sentences.</summary>
public class TimeCoverageTests
{
    private static Timex Single(AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    private static void AssertDay(Timex t, string day)
    {
        Assert.True(t.Valid, t.Reason);
        Assert.Equal(day, GregorianInterval.Format(t.Gregorian!.Value.Start));
        Assert.Equal(t.Gregorian.Value.Start, t.Gregorian.Value.End);
    }

    [Theory]
    [InlineData(1917, "1917-04-08")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2016, "2016-03-27")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    public void Western_Easter_matches_known_dates(int year, string expected)
        => Assert.Equal(expected, GregorianInterval.Format(Computus.WesternEaster(year)));

    [Theory]
    [InlineData(2000, "2000-04-30")]
    [InlineData(2016, "2016-05-01")]
    [InlineData(2023, "2023-04-16")]
    [InlineData(2024, "2024-05-05")]
    [InlineData(2025, "2025-04-20")]
    public void Orthodox_Easter_matches_known_dates(int year, string expected)
        => Assert.Equal(expected, GregorianInterval.Format(Computus.OrthodoxEaster(year)));

    [Fact]
    public void Western_Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var y = 1583; y <= 2400; y++)
        {
            var e = Computus.WesternEaster(y);
            Assert.Equal(IsoDayOfWeek.Sunday, e.DayOfWeek);
            Assert.InRange(e, new LocalDate(y, 3, 22), new LocalDate(y, 4, 25));
            var o = Computus.OrthodoxEaster(y);
            Assert.Equal(IsoDayOfWeek.Sunday, o.DayOfWeek);
            Assert.True(o >= e, $"{y}: Orthodox Easter {o} before Western {e}");
        }
    }

    [Theory]
    // Movable feasts with a year: computed, not looked up.
    [InlineData("احتفل المسيحيون في المدينة بعيد الفصح عام 2024 وسط إجراءات أمنية.", "عيد الفصح عام 2024", "2024-03-31")]
    [InlineData("خرجت العائلات إلى الحدائق في شم النسيم عام 2024.", "شم النسيم عام 2024", "2024-05-06")]
    [InlineData("ترأس البابا قداس عيد القيامة المجيد عام 2023 في الكاتدرائية.", "عيد القيامة المجيد عام 2023", "2023-04-16")]
    [InlineData("أغلقت المتاجر أبوابها يوم الجمعة العظيمة عام 2016.", "يوم الجمعة العظيمة عام 2016", "2016-03-25")]
    [InlineData("وصل الرئيس إلى واشنطن قبيل عيد الشكر 2010.", "عيد الشكر 2010", "2010-11-25")]
    [InlineData("أهدى الأبناء والدهم ساعة في يوم الأب عام 2015.", "يوم الأب عام 2015", "2015-06-21")]
    public void Movable_feast_with_a_year_gets_its_computed_day(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence), text), day);

    [Fact]
    public void Movable_feast_without_a_year_takes_the_year_of_the_previous_date()
    {
        var doc = TimeStageTests.Run("وفي عام 1917 عاد إلى المدينة، وفي عيد الفصح خطب في الناس.");
        AssertDay(Single(doc, "عيد الفصح"), "1917-04-08");
    }

    [Fact]
    public void Movable_feast_without_a_year_in_news_is_the_occurrence_nearest_the_reference_date()
    {
        var doc = TimeStageTests.Run("تستعد الأسواق لموسم التسوق قبل يوم الشكر.", new LocalDate(2016, 11, 7));
        AssertDay(Single(doc, "يوم الشكر"), "2016-11-24");
    }

    [Fact]
    public void Movable_feast_without_any_year_keeps_an_underspecified_nth_weekday_value()
    {
        var doc = TimeStageTests.Run("يحتفل كثيرون بيوم الأب بتقديم الهدايا.");
        Assert.Equal("XXXX-06-WXX-7-3", Single(doc, "يوم الأب").Value);
    }

    [Fact]
    public void Feast_followed_by_a_relative_year_is_the_feast_of_that_year()
    {
        var doc = TimeStageTests.Run("سنلتقي في عيد الميلاد العام المقبل.", new LocalDate(2016, 11, 7));
        AssertDay(Single(doc, "عيد الميلاد العام المقبل"), "2017-12-25");
    }

    [Theory]
    [InlineData("تقع جزيرة عيد الفصح في جنوب شرق المحيط الهادئ.")]
    [InlineData("تقع جزيرة عيد الميلاد في المحيط الهندي.")]
    public void Feast_name_inside_a_place_name_is_not_a_date(string sentence)
        => Assert.Empty(TimeStageTests.Run(sentence).Timexes);

    [Fact]
    public void New_Years_Eve_is_the_last_day_of_the_year_not_a_night_of_the_new_year()
    {
        var doc = TimeStageTests.Run("أقيمت الحفلات ليلة رأس السنة عام 1999.");
        AssertDay(Single(doc, "ليلة رأس السنة عام 1999"), "1999-12-31");
    }

    [Theory]
    [InlineData("XXXX-11-WXX-4-4", "2016-11-24", true)]
    [InlineData("XXXX-11-WXX-4-4", "2016-11-17", false)]
    [InlineData("2010-11-WXX-4-4", "2010-11-25", true)]
    [InlineData("2010-11-WXX-4-4", "2011-11-24", false)]
    [InlineData("XXXX-07-WXX-5-#1", "2016-07-01", true)]
    public void Evaluation_compares_an_expected_nth_weekday_with_a_resolved_day(string gold, string day, bool equal)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        Assert.Equal(equal, TimexScorer.ValuesEqual(gold, day, GregorianInterval.Day(d)));
    }

    private static readonly LocalDate News = new(2016, 11, 7);

    [Theory]
    // Bare days after a preposition, closing the clause, in news (a reference date): days of the current month.
    [InlineData("قال المتحدث إن الوفد عاد إلى 27.", "27", "2016-11-27")]
    [InlineData("ستنعقد الجلسة المقبلة في 15.", "15", "2016-11-15")]
    [InlineData("أرجئت المحاكمة للثاني والعشرين.", "للثاني والعشرين", "2016-11-22")]
    [InlineData("سيعود الرئيس في الثاني والعشرين!", "الثاني والعشرين", "2016-11-22")]
    public void Bare_day_after_a_preposition_in_news_is_a_day_of_the_reference_month(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence, News), text), day);

    [Theory]
    [InlineData("ارتفع عدد القتلى إلى 27.")]
    [InlineData("صعد الزائرون إلى الطابق في 12.")]
    [InlineData("يفتح المتحف أبوابه كل ليلة في 9.")]
    [InlineData("يبدأ الدوام في الصباح في التاسعة.")]
    public void Bare_number_after_a_count_word_or_a_time_of_day_is_not_a_day(string sentence)
        => Assert.DoesNotContain(TimeStageTests.Run(sentence, News).Timexes, t => t.Type == TimexType.Date && t.Value is { } v && v.StartsWith("2016-11", StringComparison.Ordinal));

    [Fact]
    public void Bare_day_after_a_preposition_is_not_read_without_a_reference_date()
        => Assert.Empty(TimeStageTests.Run("وصل عدد تلاميذه في 27.").Timexes);

    [Theory]
    // Numeric dates whose order only one reading allows, and the English "month/day, year".
    [InlineData("أعلنت الشركة أنها ستعود في 4.22", "4.22", "2017-04-22")]
    [InlineData("قال المدير: سوف نفتتح الفرع 4/22", "4/22", "2017-04-22")]
    [InlineData("وقع العقد 11/12, 2016 في دبي.", "11/12, 2016", "2016-11-12")]
    public void Numeric_day_and_month_in_news(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence, News), text), day);

    [Theory]
    [InlineData("بلغت نسبة النمو في 4.22")]
    [InlineData("ارتفع المؤشر 4/22")]
    [InlineData("صوت المجلس بأغلبية 3/4")]
    public void Numbers_shaped_like_dates_after_count_words_or_ambiguous_are_not_dates(string sentence)
        => Assert.Empty(TimeStageTests.Run(sentence, News).Timexes);

    [Theory]
    // The nth weekday of a month.
    [InlineData("ينطلق المهرجان في أول يوم جمعة من يوليو 2016.", "أول يوم جمعة من يوليو 2016", "2016-07-01")]
    [InlineData("توفي في آخر جمعة من رمضان سنة 1400 هـ.", "آخر جمعة من رمضان سنة 1400 هـ", "1980-08-08")]
    [InlineData("تعقد الجمعية اجتماعها الجمعة الأولى من مارس 2019.", "الجمعة الأولى من مارس 2019", "2019-03-01")]
    public void Nth_weekday_of_a_month(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence), text), day);

    [Fact]
    public void Nth_weekday_of_a_relative_month()
        => AssertDay(Single(TimeStageTests.Run("سيزور الوزير المدينة الجمعة الأولى من الشهر المقبل.", News), "الجمعة الأولى من الشهر المقبل"), "2016-12-02");

    [Fact]
    public void Weekday_and_ordinal_closing_a_news_clause_is_the_nth_weekday_of_the_current_month()
        => AssertDay(Single(TimeStageTests.Run("سيعقد الاجتماع يوم الأحد الثاني.", new LocalDate(2017, 9, 27)), "يوم الأحد الثاني"), "2017-09-10");

    [Fact]
    public void Weekday_and_masculine_ordinal_before_a_month_stays_a_day_of_that_month()
    {
        var t = Single(TimeStageTests.Run("وصل الوفد يوم الأحد الثاني من مايو 2021."), "يوم الأحد الثاني من مايو 2021");
        AssertDay(t, "2021-05-02");
    }

    [Fact]
    public void Nth_weekday_without_a_year_keeps_an_underspecified_value()
        => Assert.Equal("XXXX-07-WXX-5-#1", Single(TimeStageTests.Run("ينطلق المهرجان في أول يوم جمعة من يوليو من كل عام وأيضا في أول يوم جمعة من يوليو"), "أول يوم جمعة من يوليو").Value);

    [Theory]
    // A day of a relative month.
    [InlineData("تعود البعثة في 20 من الشهر القادم.", "20 من الشهر القادم", "2016-12-20")]
    [InlineData("تنتهي المهلة في العشرين من الشهر المقبل.", "العشرين من الشهر المقبل", "2016-12-20")]
    public void Day_of_a_relative_month(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence, News), text), day);

    [Fact]
    public void Day_of_the_same_month_in_a_narrative()
    {
        var doc = TimeStageTests.Run("وصل إلى القاهرة في 3 مارس 1919، ثم غادرها في العشرين من الشهر نفسه.");
        AssertDay(Single(doc, "العشرين من الشهر نفسه"), "1919-03-20");
    }

    [Fact]
    public void This_weekday_in_news_is_the_coming_one()
        => AssertDay(Single(TimeStageTests.Run("سيصل الوفد هذا يوم الجمعة.", News), "هذا يوم الجمعة"), "2016-11-11");

    [Fact]
    public void Weekday_and_a_cardinal_day_after_fi()
        => AssertDay(Single(TimeStageTests.Run("عقد الاجتماع يوم الجمعة في خمسة عشر.", new LocalDate(2017, 9, 27)), "يوم الجمعة في خمسة عشر"), "2017-09-15");

    [Theory]
    // A feast with القادم / الماضي in news: the next or the last occurrence from the reference date.
    [InlineData("تتوقع الأسواق ازدحاما قبل عيد الفطر القادم.", "عيد الفطر القادم", "2017-06-25")]
    [InlineData("ارتفعت الأسعار في عيد الأضحى الماضي.", "عيد الأضحى الماضي", "2016-09-11")]
    [InlineData("سافر إلى أهله في عيد الميلاد الماضي.", "عيد الميلاد الماضي", "2015-12-25")]
    [InlineData("تستعد الكنائس لعيد الفصح القادم.", "عيد الفصح القادم", "2017-04-16")]
    public void Feast_with_next_or_last_is_the_occurrence_after_or_before_the_reference_date(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence, News), text), day);

    [Fact]
    public void Ahad_after_yawm_in_an_nth_weekday_is_Sunday()
        => AssertDay(Single(TimeStageTests.Run("تنطلق المسابقة أول يوم أحد من أغسطس 2016."), "أول يوم أحد من أغسطس 2016"), "2016-08-07");

    [Fact]
    public void Duration_since_now_with_mundhu_lies_in_the_past()
        => AssertDay(Single(TimeStageTests.Run("كان لدينا اجتماع منذ شهر و 21 يوم من الآن", new LocalDate(2017, 11, 23)), "شهر و 21 يوم من الآن"), "2017-10-02");

    [Fact]
    public void Weekday_after_this_week_belongs_to_it()
        => AssertDay(Single(TimeStageTests.Run("سيعقد المجلس جلسته هذا الأسبوع يوم السبت.", News), "هذا الأسبوع يوم السبت"), "2016-11-12");

    [Fact]
    public void The_day_before_yesterday_is_one_expression()
        => AssertDay(Single(TimeStageTests.Run("وصل الوفد قبل يوم أمس.", News), "قبل يوم أمس"), "2016-11-05");

    [Theory]
    // News style: a weekday right after a verb or a noun without the article is an adverb of time, resolved by tense
    // from the reference date (Monday 7 November 2016): the last Friday; a future clause (من المقرر) the coming Thursday.
    [InlineData("ودعت برلين الجمعة إلى وقف لإطلاق النار.", "الجمعة", "2016-11-04")]
    [InlineData("ومن المقرر أن يلقي الرئيس خطابا الخميس أمام الأمم المتحدة.", "الخميس", "2016-11-10")]
    public void Weekday_after_a_verb_in_news_is_a_date(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence, News), text).Value);

    [Theory]
    [InlineData("خرج المصلون بعد صلاة الجمعة إلى الساحة.")]
    [InlineData("بدأ الاثنين العمل على التصميم معا.")]
    [InlineData("ترجمت الأحد عشر مجلدا الأولى.")]
    [InlineData("صلى الجمعة في الجامع الكبير.")]
    public void Weekday_word_that_names_a_prayer_a_pair_or_a_number_is_not_a_date(string sentence)
        => Assert.DoesNotContain(TimeStageTests.Run(sentence, News).Timexes, t => t.Type == TimexType.Date);

    [Fact]
    public void Weekday_after_a_verb_is_not_read_without_a_reference_date()
        => Assert.Empty(TimeStageTests.Run("ودعت برلين الجمعة إلى وقف لإطلاق النار.").Timexes);

    [Theory]
    [InlineData("ارتفع سعر النفط أمس الثلاثاء في نيويورك.", "أمس الثلاثاء", "2016-11-06")]
    [InlineData("يلتقي الرئيس نظيره غدا الجمعة في القاهرة.", "غدا الجمعة", "2016-11-08")]
    public void Deictic_day_followed_by_its_weekday_is_one_expression(string sentence, string text, string day)
        => AssertDay(Single(TimeStageTests.Run(sentence, News), text), day);

    [Fact]
    public void Easter_before_the_Christian_era_is_invalid_with_a_reason()
    {
        var t = Single(TimeStageTests.Run("لم يكن هناك عيد الفصح عام 300 قبل الميلاد."), "عيد الفصح عام 300 قبل الميلاد");
        Assert.False(t.Valid);
        Assert.Equal(TimexReasons.YearOutOfRange, t.Reason);
    }

    [Theory]
    [InlineData("أوصى بماله في اليوم الأخير من حياته.", "اليوم الأخير")]
    [InlineData("ألقى كلمته في اليوم الثالث من المؤتمر.", "اليوم الثالث")]
    public void The_nth_or_last_day_of_something_is_not_today(string sentence, string text)
    {
        var t = Single(TimeStageTests.Run(sentence, News), text);
        Assert.Null(t.Value);
        Assert.Null(t.Gregorian);
    }

    [Fact]
    public void The_nth_day_of_a_named_month_stays_a_date()
        => AssertDay(Single(TimeStageTests.Run("وصل الوفد في اليوم الأول من مايو 2019."), "اليوم الأول من مايو 2019"), "2019-05-01");
}
