using NodaTime;
using Tarikh.Core.Time;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 21 (issue xa): a Hijri month has 29 or 30 days by the sighting of the crescent, and the tabular and Umm al-Qura
/// tables differ from it and from each other by a day, so a 30th of any Hijri month is a possible day (the time stage
/// reads it as the day after the 29th) and only a 31st or more is impossible. Gregorian days past their month still fire.
/// A "DATE الموافق 30 MONTH YEAR هـ" pair is compared by calendar-equivalence at its day tolerance. Sentences written here.
/// </summary>
public class HijriThirtiethTests
{
    public static TheoryData<string, string> Months => new()
    {
        { "محرم", "1210" }, { "صفر", "1210" }, { "ربيع الأول", "1210" }, { "ربيع الآخر", "1210" },
        { "جمادى الأولى", "1210" }, { "جمادى الآخرة", "1210" }, { "رجب", "1210" }, { "شعبان", "1210" },
        { "رمضان", "1210" }, { "شوال", "1210" }, { "ذي القعدة", "1210" }, { "ذي الحجة", "1210" },
        { "صفر", "1381" }, { "رجب", "1381" }, { "شعبان", "1381" }, { "ذي الحجة", "1381" }, { "ربيع الآخر", "1380" },
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void TheThirtiethOfEveryHijriMonthIsSilent(string month, string year)
        => Assert.Empty(Flags($"توفي الفقيه المتخيَّل يوم 30 {month} {year} هـ ودفن في مقبرة البلدة.", "impossible-date"));

    [Theory]
    [MemberData(nameof(Months))]
    public void TheThirtyFirstOfEveryHijriMonthFires(string month, string year)
        => Assert.Single(Flags($"توفي الفقيه المتخيَّل يوم 31 {month} {year} هـ ودفن في مقبرة البلدة.", "impossible-date"));

    [Theory]
    [InlineData("رمضان")]
    [InlineData("ذي الحجة")]
    public void AThirtiethWithoutAYearIsSilent(string month)
        => Assert.Empty(Flags($"وصل الركب المتخيَّل إلى المدينة في 30 {month} بعد سفر طويل.", "impossible-date"));

    [Theory]
    [InlineData("افتتح الجسر المتخيَّل في 31 نيسان 1931 بحضور الوالي.")]
    [InlineData("افتتح الجسر المتخيَّل في 29 فبراير 1931 بحضور الوالي.")]
    [InlineData("افتتح الجسر المتخيَّل في 31 يونيو 1931 بحضور الوالي.")]
    public void AGregorianDayPastItsMonthStillFires(string text)
        => Assert.Single(Flags(text, "impossible-date"));

    [Fact]
    public void TheTimeStageReadsAThirtiethAsTheDayAfterThe29th()
    {
        // Rabi' II 1380 has 29 days in the Umm al-Qura table (from 22 September 1960): its 30th is 21 October 1960.
        var doc = Tarikh.Core.Tests.Time.TimeStageTests.Run("توفي الفقيه المتخيَّل في 30 ربيع الآخر 1380 هـ.");
        var t = Assert.Single(doc.Timexes, x => x.Text.Contains("30 ربيع الآخر 1380", StringComparison.Ordinal));
        Assert.True(t.Valid);
        Assert.Equal(new LocalDate(1960, 10, 21), t.Gregorian!.Value.Start);
    }

    [Theory]
    // 30 Jumada I 1380 (a 30-day month) is 19 November 1960; 30 Rabi' II 1380 (29 days in the table) is 21 October 1960.
    [InlineData("افتتحت المدرسة المتخيَّلة في 19 نوفمبر 1960 الموافق 30 جمادى الأولى 1380 هـ في حي القلعة.")]
    [InlineData("افتتحت المدرسة المتخيَّلة في 21 أكتوبر 1960 الموافق 30 ربيع الآخر 1380 هـ في حي القلعة.")]
    public void AThirtiethPairedWithItsDayIsSilent(string text)
    {
        Assert.Empty(Flags(text, "impossible-date"));
        Assert.Empty(Flags(text, "calendar-equivalence"));
    }

    [Theory]
    // A month off: 19 November 1960 is 30 Jumada I, not Jumada II; 21 October 1960 is 30 Rabi' II, not Rabi' I.
    [InlineData("افتتحت المدرسة المتخيَّلة في 19 نوفمبر 1960 الموافق 30 جمادى الآخرة 1380 هـ في حي القلعة.")]
    [InlineData("افتتحت المدرسة المتخيَّلة في 21 أكتوبر 1960 الموافق 30 ربيع الأول 1380 هـ في حي القلعة.")]
    public void AThirtiethPairedAMonthOffFires(string text)
    {
        Assert.Empty(Flags(text, "impossible-date"));
        Assert.Single(Flags(text, "calendar-equivalence"));
    }
}
