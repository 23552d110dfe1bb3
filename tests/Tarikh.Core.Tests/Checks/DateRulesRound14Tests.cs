using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes the date rules missed or raised wrongly on the read sets in round 14 (issue 12, 12d): an Old-Style date followed
/// by its New-Style day in parentheses with "بالتقويم الجديد"; "أي في" before the restated day; a full date followed by a
/// year-less New-Style day ("19 فبراير 1878 (3 مارس)", Time); "يوم" before an Old-Style/New-Style pair of days (Time); a
/// 30th of a Hijri month given with the Gregorian day after the 29th (counted by the crescent); a bare article in the day
/// slot ("في الـ من أبريل"). Each class both ways, full pipeline (spans checked), sentences written here.
/// </summary>
public class DateRulesRound14Tests
{
    // ---- calendar-equivalence ----

    [Theory]
    // 7 September 1843 OS is 19 September NS (12 days).
    [InlineData("ولد المهندس الروسي المتخيَّل بافل أرخيبوف في 7 أيلول 1843 (21 أيلول بالتقويم الجديد) في مدينة تفير.", "21 أيلول")]
    // 3 March 1863 OS is 15 March NS.
    [InlineData("أعلن الحاكم المتخيَّل البيان في 3 آذار 1863، أي في 17 آذار بحسب التقويم الغريغوري.", "17 آذار")]
    // 19 February 1878 OS is 3 March NS.
    [InlineData("وقّع المندوبون المتخيَّلون الاتفاق في 19 فبراير 1878 (1 مارس) في ضاحية قرب العاصمة.", "1 مارس")]
    // 9 January 1905 OS is 22 January NS.
    [InlineData("وفي يوم 9 (21) يناير 1905 خرج العمال المتخيَّلون إلى الشوارع.", "21")]
    public void ANewStyleDayOffByADayOrTwoFires(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("ولد المهندس الروسي المتخيَّل بافل أرخيبوف في 7 أيلول 1843 (19 أيلول بالتقويم الجديد) في مدينة تفير.")]
    [InlineData("أعلن الحاكم المتخيَّل البيان في 3 آذار 1863، أي في 15 آذار بحسب التقويم الغريغوري.")]
    [InlineData("وقّع المندوبون المتخيَّلون الاتفاق في 19 فبراير 1878 (3 مارس) في ضاحية قرب العاصمة.")]
    [InlineData("وفي يوم 9 (22) يناير 1905 خرج العمال المتخيَّلون إلى الشوارع.")]
    // Two different days of one story, the second in parentheses but a month later: no pair.
    [InlineData("افتتح المعرض المتخيَّل في 2 أيار 1950 (وأغلق في 30 حزيران) بعد نجاح كبير.")]
    public void TheRightNewStyleDayIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- weekday-mismatch: the weekday of an Old-Style date whose New-Style day follows without a year ----

    [Fact]
    public void AJulianWeekdayOfAnOldStylePairIsSilent()
        // 19 February 1878 OS (3 March NS) was a Sunday.
        => Assert.Empty(Flags("وقّع المندوبون المتخيَّلون الاتفاق يوم الأحد 19 فبراير 1878 (3 مارس) في ضاحية قرب العاصمة.", "weekday-mismatch"));

    [Fact]
    public void AWrongWeekdayOfAnOldStylePairFires()
        => FiresAt("وقّع المندوبون المتخيَّلون الاتفاق يوم الخميس 19 فبراير 1878 (3 مارس) في ضاحية قرب العاصمة.", "weekday-mismatch", "19 فبراير 1878");

    // ---- impossible-date: a sighted 30th ----

    [Fact]
    public void AThirtiethGivenWithTheDayAfterThe29thIsSilent()
        // Ramadan 1423 had 29 days in the Umm al-Qura table; the crescent gave it 30, the 30th being 4 December 2002.
        => Assert.Empty(Flags("في ليلة 30 رمضان 1423 هـ، الموافقة 4 ديسمبر 2002، قرر الرسام المتخيَّل أن يترك عمله.", "impossible-date"));

    [Fact]
    public void AThirtiethOfA29DayMonthWithoutEquivalentIsSilent()
        // Round 21: a Hijri month has 29 or 30 days by the crescent, whatever the tables say: a 30th is always possible.
        => Assert.Empty(Flags("في ليلة 30 رمضان 1423 هـ قرر الرسام المتخيَّل أن يترك عمله.", "impossible-date"));

    // ---- malformed-date: a bare article in the day slot ----

    [Theory]
    [InlineData("أفرجت السلطات عن الأسير المتخيَّل الذي اعتُقل في الـ من أبريل الماضي.", "الـ من أبريل")]
    [InlineData("وفي الـ من رجب سنة 1120 هـ خرج الأمير المتخيَّل إلى الشام.", "الـ من رجب")]
    public void AnEmptyArticleDayFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("أفرجت السلطات عن الأسير المتخيَّل الذي اعتُقل في الخامس من أبريل الماضي.")]
    [InlineData("وفي العاشر من رجب سنة 1120 هـ خرج الأمير المتخيَّل إلى الشام.")]
    public void AnOrdinalDayIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));
}
