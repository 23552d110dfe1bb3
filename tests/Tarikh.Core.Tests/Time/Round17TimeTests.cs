using CsCheck;
using NodaTime;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 17 (12d): a Hijri month with a Gregorian year as the press writes it ("رمضان 2019"); years spelled out with a
/// ten after the thousands ("عام ألفين وعشرة") and the spoken hundreds and ت-forms ("سنة ألف وتسعمية وتمانين"). Sentences written here.
/// </summary>
public class Round17TimeTests
{
    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    [InlineData("ارتفعت الأسعار في رمضان 2019 بشكل ملحوظ.", "رمضان 2019", "1440-09")]
    [InlineData("افتُتح المعرض في شوال 2023 بحضور الوزير.", "شوال 2023", "1444-10")]
    [InlineData("وصل الحجاج في ذي الحجة 2015.", "ذي الحجة 2015", "1436-12")]
    public void AHijriMonthWithAGregorianYearIsThatYearsMonth(string sentence, string text, string value)
    {
        var t = Single(TimeStageTests.Run(sentence), text);
        Assert.Equal((CalendarKind.Hijri, value), (t.Calendar, t.Value));
    }

    [Fact]
    public void AHijriMonthWithAHijriYearKeepsIt()
    {
        var t = Single(TimeStageTests.Run("توفي الشيخ المتخيَّل في رمضان 1440 هـ."), "رمضان 1440 هـ");
        Assert.Equal((CalendarKind.Hijri, "1440-09"), (t.Calendar, t.Value));
    }

    [Fact]
    public void AHijriMonthInAGregorianYearBeginsInThatYear()
    {
        string[] months = ["رجب", "شعبان", "رمضان", "شوال"];
        Gen.Int[1700, 2090].Select(Gen.Int[0, months.Length - 1]).Sample((year, m) =>
        {
            var sentence = $"جرى ذلك في {months[m]} {year} على ما يذكر الرواة.";
            var doc = TimeStageTests.Run(sentence);
            var t = doc.Timexes.Single(x => x.Text.StartsWith(months[m], StringComparison.Ordinal));
            Assert.Equal(sentence[t.Span.Start..t.Span.End], t.Text);
            Assert.Equal(CalendarKind.Hijri, t.Calendar);
            Assert.Equal(year, t.Gregorian!.Value.Start.Year);
        }, iter: 40);
    }

    [Theory]
    [InlineData("وجُدّد المبنى عام ألفين وعشرة.", "عام ألفين وعشرة", "2010")]
    [InlineData("تأسست الجمعية المتخيَّلة سنة ألف وتسعمائة وعشرة.", "سنة ألف وتسعمائة وعشرة", "1910")]
    [InlineData("أبوي توفى سنة ألف وتسعمية وتسعين الله يرحمه.", "سنة ألف وتسعمية وتسعين", "1990")]
    [InlineData("اتجوزنا سنة ألف وتسعمية وتمانين.", "سنة ألف وتسعمية وتمانين", "1980")]
    public void YearsInWordsAsWrittenAndSpoken(string sentence, string text, string value)
        => Assert.Equal(value, Single(TimeStageTests.Run(sentence), text).Value);

    [Fact]
    public void AThousandAndATenAfterItIsOneYear()
    {
        (string Word, int Value)[] tens = [("عشرة", 10), ("عشرين", 20), ("تلاتين", 30), ("أربعين", 40), ("خمسين", 50), ("ستين", 60), ("سبعين", 70), ("تمانين", 80), ("تسعين", 90)];
        Gen.Int[0, tens.Length - 1].Select(Gen.Int[0, 1]).Sample((k, thousand) =>
        {
            var (word, value) = tens[k];
            var written = thousand == 0 ? $"عام ألفين و{word}" : $"سنة ألف وتسعمائة و{word}";
            var sentence = $"حدث ذلك في {written} كما يذكر أهل القرية.";
            var t = Single(TimeStageTests.Run(sentence), written);
            Assert.Equal(sentence[t.Span.Start..t.Span.End], t.Text);
            Assert.Equal(((thousand == 0 ? 2000 : 1900) + value).ToString(System.Globalization.CultureInfo.InvariantCulture), t.Value);
        }, iter: 30);
    }

    [Fact]
    public void ColloquialWordsDoNotTurnPricesIntoYears()
    {
        var doc = TimeStageTests.Run("دفعت تمن الكيلو خمسمية ليرة وشربت مية.", new LocalDate(2024, 5, 1));
        Assert.Empty(doc.Timexes);
    }
}
