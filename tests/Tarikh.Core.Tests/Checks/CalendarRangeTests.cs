using NodaTime;
using Tarikh.Core.Checks.Rules;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

public class CalendarRangeTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    [Theory]
    [InlineData(CalendarKind.Gregorian)]
    [InlineData(CalendarKind.Julian)]
    [InlineData(CalendarKind.Hijri)]
    public void ExpressibleAnswersForEveryCalendarWithoutThrowing(CalendarKind calendar)
    {
        Assert.True(CalendarEquivalenceRule.Expressible(GregorianInterval.Day(new LocalDate(1917, 3, 8)), calendar));
    }

    [Fact]
    public void ADateBeforeTheHijriEraHasNoHijriEquivalent() =>
        Assert.False(CalendarEquivalenceRule.Expressible(GregorianInterval.Day(new LocalDate(190, 4, 1)), CalendarKind.Hijri));

    [Fact]
    public void AHijriPairWithAYearBeforeTheHijriEraIsNotCompared()
    {
        // Found by the random word-soup test: "190" paired with a Hijri year used to crash the check.
        var doc = Pipeline.Run(new SourceText("أبريل الربيع 190 رمضان 2016 من ) هـ رمضان القادم صفر"), null, new LocalDate(2020, 2, 29));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "calendar-equivalence");
    }

    [Theory]
    [InlineData("أبريل الربيع 190 رمضان 2016 من ) هـ رمضان القادم صفر")]
    [InlineData("الربيع 13 هـ الفطر فترة صفر الثالث والعشرين الحجة")]
    public void HijriReadingsBeforeTheHijriEraAreSkippedByEveryRule(string text)
    {
        // Both found by the random word-soup test; each used to crash a different rule.
        var doc = Pipeline.Run(new SourceText(text), null, new LocalDate(2020, 2, 29));
        SpanAssert.Document(doc);
    }
}
