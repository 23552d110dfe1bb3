using NodaTime;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 15 (12d): the Levantine press's Old and New Style named "شرقي"/"غربي" (each side dated in its calendar, the
/// year written once shared, the two linked as one day); the epithets of Hijri months in court registers and colophons
/// ("ذي الحجة الحرام"، "رمضان المعظم")؛ the registers' "من شهور سنة" between a month and its year; "العشر الأواخر"; the
/// Maghrebi "الفات" and "القابل" after a unit. Sentences written here.
/// </summary>
public class Round15TimeTests
{
    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    [InlineData("صدرت الجريدة في 3 تموز شرقي و15 تموز غربي سنة 1882.", "3 تموز شرقي", "1882-07-03", "15 تموز غربي سنة 1882", "1882-07-15")]
    [InlineData("كتب المراسل في 20 كانون الثاني شرقي الموافق 1 شباط غربي 1895.", "20 كانون الثاني شرقي", "1895-01-20", "1 شباط غربي 1895", "1895-02-01")]
    [InlineData("افتتحت المدرسة في 10 نيسان سنة 1901 شرقية (23 نيسان غربية).", "10 نيسان سنة 1901 شرقية", "1901-04-10", "23 نيسان غربية", "1901-04-23")]
    // The Julian 25 December is in the year before the Gregorian 6 January.
    [InlineData("وصل البريد في 25 كانون الأول شرقي و6 كانون الثاني غربي سنة 1890.", "25 كانون الأول شرقي", "1889-12-25", "6 كانون الثاني غربي سنة 1890", "1890-01-06")]
    public void EasternAndWesternDaysAreOneDayInTwoCalendars(string sentence, string east, string eastValue, string west, string westValue)
    {
        var doc = TimeStageTests.Run(sentence);
        var e = Single(doc, east);
        var w = Single(doc, west);
        Assert.Equal((CalendarKind.Julian, eastValue), (e.Calendar, e.Value));
        Assert.Equal((CalendarKind.Gregorian, westValue), (w.Calendar, w.Value));
        Assert.Equal(doc.Timexes.IndexOf(w), e.Equivalent);
    }

    [Theory]
    [InlineData("نزلت القافلة في 5 آب غربي النهر قرب القرية.", "5 آب")]
    [InlineData("ووصلنا في 12 أيلول 1875 إلى الحي الشرقي من المدينة.", "12 أيلول 1875")]
    public void EastOrWestBeforeANounIsADirection(string sentence, string date)
    {
        var doc = TimeStageTests.Run(sentence);
        var t = Single(doc, date);
        Assert.Equal(CalendarKind.Gregorian, t.Calendar);
        Assert.Null(t.Equivalent);
    }

    [Theory]
    [InlineData("تحريراً في غرة ذي الحجة الحرام سنة 1301 هجرية.", "غرة ذي الحجة الحرام سنة 1301 هجرية", "1301-12-01")]
    [InlineData("وكان الفراغ من نسخه في العشر الأواخر من رمضان المعظم سنة 857 هـ.", "العشر الأواخر من رمضان المعظم سنة 857 هـ", "0857-09")]
    [InlineData("وقف الدار على ذريته في أواسط شهر ربيع الأول من شهور سنة ثلاث وسبعين وتسعمائة.", "أواسط شهر ربيع الأول من شهور سنة ثلاث وسبعين وتسعمائة", "0973-03")]
    [InlineData("حرر في السابع من شوال المكرم سنة 1288.", "السابع من شوال المكرم سنة 1288", "1288-10-07")]
    public void CourtRegisterHijriDatesKeepTheirYear(string sentence, string text, string value)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal((CalendarKind.Hijri, value), (t.Calendar, t.Value));
    }

    [Theory]
    [InlineData("العام الفات كنت خدام فالرباط.", "العام الفات", "2023")]
    [InlineData("ننوي نرجعو للبلاد العام القابل.", "العام القابل", "2025")]
    public void MaghrebiAndYemeniYearDirections(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence, new LocalDate(2024, 5, 1)), text).Value);
}
