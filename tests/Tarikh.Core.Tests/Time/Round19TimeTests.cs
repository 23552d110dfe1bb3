using System.Globalization;
using CsCheck;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 19 (issue 19d): the dates of spoken and Maghrebi Arabic — the feasts by their spoken names with a year after a
/// genitive particle ("العيد الكبير متاع عام 1400 هـ"), "نهار" as "يوم" before a weekday, a day restating a year it falls in
/// ("عام 1390 هـ، يعني 5 رجب"), the indefinite "موافق" and a restating relative clause as equivalence words. Sentences written here.
/// </summary>
public class Round19TimeTests
{
    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    [InlineData("العيد الكبير متاع عام 1400 هـ جمع العائلة كلها في الدار.", "العيد الكبير متاع عام 1400 هـ", "1400-12-10")]
    [InlineData("العيد الصغير ديال عام 1395 هـ كان باردا بزاف.", "العيد الصغير ديال عام 1395 هـ", "1395-10-01")]
    [InlineData("العيد الصغير بتاع سنة 1401 هـ قضيناه في البلد.", "العيد الصغير بتاع سنة 1401 هـ", "1401-10-01")]
    [InlineData("عيد الأضحى من عام 1410 هـ صادف أيام الامتحانات.", "عيد الأضحى من عام 1410 هـ", "1410-12-10")]
    public void ASpokenFeastWithItsYearIsItsHijriDay(string sentence, string text, string value)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal((CalendarKind.Hijri, value), (t.Calendar, t.Value));
    }

    [Theory]
    [InlineData("احتفلنا بالعيد الكبير في دار جدتي.")]
    [InlineData("العيد الصغير قرّب والصغار فرحانين.")]
    public void ASpokenFeastWithoutAYearIsNoDate(string sentence)
        => Assert.DoesNotContain(TimeStageTests.Run(sentence).Timexes, t => t.Text.Contains("العيد", StringComparison.Ordinal));

    [Theory]
    [InlineData("رجع خويا من السفر نهار الخميس.", "نهار الخميس", "XXXX-WXX-4")]
    [InlineData("نهار السبت مشينا للسوق مع بابا.", "نهار السبت", "XXXX-WXX-6")]
    public void NaharBeforeAWeekdayIsThatWeekday(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence), text).Value);

    [Fact]
    public void NaharBeforeADayAndMonthIsThatDay()
        => Assert.Equal("1962-07-05", Single(TimeStageTests.Run("خرجنا للشارع نهار 5 جويلية 1962 نحتفلو."), "نهار 5 جويلية 1962").Value);

    [Fact]
    public void ADayRestatingAYearIsADayOfThatYear()
    {
        var t = Single(TimeStageTests.Run("سافر جدي للحج عام 1390 هـ، يعني 5 رجب، مع جماعة من الدوار."), "5 رجب");
        Assert.Equal("1390-07-05", t.Value);
    }

    [Theory]
    [InlineData("انتقل الفقيه المتخيَّل إلى فاس سنة 1250 هـ موافق 1834 م واستقر بها.")]
    [InlineData("بابا مات سنة 1380 هجرية، اللي هي سنة 1960 ميلادي.")]
    public void IndefiniteMuwafiqAndARestatingClauseEquateTwoDates(string sentence)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.Equal(2, doc.Timexes.Length);
        Assert.Equal(1, doc.Timexes[0].Equivalent);
    }

    [Fact]
    public void AnyFeastWithAGenitiveYearIsReadWithinTheText()
    {
        (string Name, string MonthDay)[] feasts = [("العيد الصغير", "10-01"), ("العيد الكبير", "12-10"), ("عيد الفطر", "10-01"), ("عيد الأضحى", "12-10")];
        string[] particles = ["متاع", "ديال", "بتاع", "تبع"];
        Gen.Int[1300, 1450].Select(Gen.Int[0, feasts.Length - 1], Gen.Int[0, particles.Length - 1]).Sample((year, f, p) =>
        {
            var phrase = $"{feasts[f].Name} {particles[p]} عام {year.ToString(CultureInfo.InvariantCulture)} هـ";
            var sentence = $"قال المتصل: {phrase} ما ننساهش أبدا.";
            var t = Single(TimeStageTests.Run(sentence), phrase);
            Assert.Equal(phrase, sentence[t.Span.Start..t.Span.End]);
            Assert.Equal($"{year.ToString(CultureInfo.InvariantCulture)}-{feasts[f].MonthDay}", t.Value);
        }, iter: 30);
    }
}
