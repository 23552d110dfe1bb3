using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Date rules, round 15 (issue 12, 12d): the Levantine press's "شرقي"/"غربي" pairs compared as Old and New Style (and the
/// weekday read on them); numeric dates whose empty slots stand a space apart ("6 / / 1800"، "23/ / 2020"، "(  / 10 / 1411
/// م)"); a Hijri numeric date read day first ("5/14/1295هـ" has no 14th month). Each class both ways, full pipeline, sentences written here.
/// </summary>
public class DateRulesRound15Tests
{
    [Theory]
    // 3 July 1882 OS is 15 July NS (12 days in the 19th century).
    [InlineData("صدرت الجريدة المتخيَّلة في 3 تموز شرقي و17 تموز غربي سنة 1882.", "3 تموز شرقي")]
    // 20 January 1895 OS is 1 February NS.
    [InlineData("كتب المراسل المتخيَّل في 20 كانون الثاني شرقي الموافق 3 شباط غربي 1895.", "20 كانون الثاني شرقي")]
    // 10 April 1901 OS is 23 April NS (13 days from 1900).
    [InlineData("افتتحت المدرسة المتخيَّلة في 10 نيسان سنة 1901 شرقية (28 نيسان غربية).", "10 نيسان سنة 1901 شرقية")]
    public void AWrongEasternWesternPairFires(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("صدرت الجريدة المتخيَّلة في 3 تموز شرقي و15 تموز غربي سنة 1882.")]
    [InlineData("كتب المراسل المتخيَّل في 20 كانون الثاني شرقي الموافق 1 شباط غربي 1895.")]
    [InlineData("افتتحت المدرسة المتخيَّلة في 10 نيسان سنة 1901 شرقية (23 نيسان غربية).")]
    [InlineData("بيروت في 14 آذار شرقي 1900 الموافق 27 آذار غربي.")]
    [InlineData("وصل البريد المتخيَّل في 25 كانون الأول شرقي و6 كانون الثاني غربي سنة 1890.")]
    public void ARightEasternWesternPairIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    [Fact]
    public void TheWeekdayOfAnEasternWesternPairIsReadOnItsDay()
        // 15 July 1882 (NS) was a Saturday.
        => Assert.Empty(Flags("صدرت الجريدة المتخيَّلة يوم السبت 3 تموز شرقي و15 تموز غربي سنة 1882.", "weekday-mismatch"));

    [Fact]
    public void AWrongWeekdayOfAnEasternWesternPairFires()
        => FiresAt("صدرت الجريدة المتخيَّلة يوم الثلاثاء 3 تموز شرقي و15 تموز غربي سنة 1882.", "weekday-mismatch", "3 تموز");

    [Theory]
    [InlineData("وتوفي التاجر المتخيَّل في حلب بتاريخ 6 / / 1800 كما في السجل.", "6 / / 1800")]
    [InlineData("وأعلنت البلدية أن الحفل سيقام في 23/ / 2020 بقاعة المدينة.", "23/ / 2020")]
    [InlineData("وفي مستهل رجب سنة 812 (  / 11 / 1409 م) خرج الأمير المتخيَّل إلى حلب.", "/ 11 / 1409")]
    public void EmptySlotsWithSpacesFire(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وتوفي التاجر المتخيَّل في حلب بتاريخ 6 / 10 / 1800 كما في السجل.")]
    [InlineData("وفي مستهل رجب سنة 812 ( 9 / 11 / 1409 م) خرج الأمير المتخيَّل إلى حلب.")]
    [InlineData("وبلغت النتيجة 3 / 2 في الشوط الأول، ثم 5 / 4 في الثاني.")]
    public void FullSpacedDatesAndScoresAreSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- impossible-date: a Hijri numeric date is written day first ----

    [Fact]
    public void AHijriNumericDateWithAMonthOver12Fires()
        => FiresAt("كُتب عقد البيع المتخيَّل في 7/15/1310هـ بحضور القاضي.", "impossible-date", "7/15/1310");

    [Theory]
    [InlineData("كُتب عقد البيع المتخيَّل في 15/7/1310هـ بحضور القاضي.")]
    // A Gregorian date whose only reading is month first keeps that reading.
    [InlineData("وصل الوفد المتخيَّل إلى المدينة في 7/15/2001 صباحاً.")]
    public void DayFirstHijriAndMonthFirstGregorianAreSilent(string text)
        => Assert.Empty(Flags(text, "impossible-date"));
}
