using CsCheck;
using NodaTime;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time's Old-Style knowledge (issue 12, round 12): the Julian-calendar countries, a document's Old-Style context from the
/// places it names, and the Julian reading of a written date before the country's switch. Both ways; sentences written here.
/// </summary>
public class OldStyleContextTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    private static OldStyleContext? ContextOf(string text)
    {
        var doc = Foundation.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return OldStyleCountries.Default.ContextOf(doc.Tokens);
    }

    [Theory]
    [InlineData("عاد الضابط إلى سانت بطرسبورغ بعد الحملة. وفي الصباح التالي خرج إلى الساحة.", "russia", "سانت بطرسبورغ")]
    // A landmark places the text too, with a clitic on its first word.
    [InlineData("سار العمال في ذلك الصباح نحو قصر الشتاء وهم يحملون الأيقونات.", "russia", "قصر الشتاء")]
    // The country named most often wins over one named once.
    [InlineData("زار الأمير أثينا مرة، ثم أقام في موسكو سنوات، ومات في قازان.", "russia", "موسكو")]
    [InlineData("وُلد الشاعر في أثينا، ودرس في سالونيك.", "greece", "أثينا")]
    public void ATextNamingAJulianCountryHasItsContext(string text, string country, string evidence)
    {
        var c = ContextOf(text);
        Assert.NotNull(c);
        Assert.Equal(country, c.Country.Id);
        Assert.Equal(evidence, text[c.Evidence.Start..c.Evidence.End]);
    }

    [Theory]
    [InlineData("عاد الضابط إلى باريس بعد الحملة. وفي الصباح التالي خرج إلى الساحة.")]
    [InlineData("سار العمال في ذلك الصباح نحو القصر وهم يحملون اللافتات.")]
    public void ATextNamingNoJulianCountryHasNone(string text) => Assert.Null(ContextOf(text));

    [Fact]
    public void TheJulianReadingHoldsOnlyBeforeTheSwitch()
    {
        var russia = OldStyleCountries.Default.Countries.Single(c => c.Id == "russia");
        // 9 January 1905 Old Style is Sunday 22 January 1905.
        Assert.Equal(new LocalDate(1905, 1, 22), russia.OldStyleReading(1905, 1, 9));
        Assert.Equal(IsoDayOfWeek.Sunday, russia.OldStyleReading(1905, 1, 9)!.Value.DayOfWeek);
        // After 14 February 1918 Russia counted New Style; before the reform of 1582 nobody had a choice.
        Assert.Null(russia.OldStyleReading(1925, 1, 9));
        Assert.Null(russia.OldStyleReading(1500, 1, 9));
        // 29 February 1900 is a Julian day (not a Gregorian one); 30 February is neither.
        Assert.Equal(new LocalDate(1900, 3, 13), russia.OldStyleReading(1900, 2, 29));
        Assert.Null(russia.OldStyleReading(1900, 2, 30));
    }

    [Fact]
    public void TheJulianReadingRoundTripsEveryDayBeforeTheSwitch()
    {
        var russia = OldStyleCountries.Default.Countries.Single(c => c.Id == "russia");
        var reform = OldStyleCountries.GregorianReform;
        var days = Period.Between(reform, russia.FirstGregorianDay, PeriodUnits.Days).Days;
        Gen.Int[0, days - 1].Sample(n =>
        {
            var real = reform.PlusDays(n);
            var written = real.WithCalendar(CalendarSystem.Julian);
            return russia.OldStyleReading(written.Year, written.Month, written.Day) == real;
        });
        Gen.Int[0, 40000].Sample(n =>
        {
            var written = russia.FirstGregorianDay.PlusDays(n).WithCalendar(CalendarSystem.Julian);
            return russia.OldStyleReading(written.Year, written.Month, written.Day) is null;
        });
    }

    [Fact]
    public void ATwoDigitYearHasEveryYearOfItsDigitsInTheSpanBeforeTheReference()
    {
        Gen.Int[0, 99].Select(Gen.Int[1000, 9000]).Sample((yy, reference) =>
        {
            var expected = Enumerable.Range(reference - TwoDigitYears.Span + 1, TwoDigitYears.Span).Where(y => y % 100 == yy).ToList();
            return TwoDigitYears.Readings(yy, reference).SequenceEqual(expected);
        });
        // Undated: "07" may be 1907 or 2007, "90" only 1990, "30" only 1930.
        Assert.Equal([1907, 2007], TwoDigitYears.Readings(7));
        Assert.Equal([1990], TwoDigitYears.Readings(90));
        Assert.Equal([1930], TwoDigitYears.Readings(30));
        Assert.Empty(TwoDigitYears.Readings(100));
    }

    [Fact]
    public void TheChecksReadTheSameTable()
    {
        var checks = CheckLexiconCountries();
        Assert.Equal(OldStyleCountries.Default.Countries.Select(c => (c.Id, c.FirstGregorianDay)), checks);
    }

    private static IEnumerable<(string, LocalDate)> CheckLexiconCountries()
        => Core.Checks.CheckLexicon.LoadEmbedded(Core.Normalization.ArabicNormalizer.Default).JulianCountries.Select(c => (c.Id, c.FirstGregorianDay));
}
