using System.Globalization;
using CsCheck;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Time, round 20 (issue 20d): a year with no calendar of its own glossed by a year of the Christian era ("وهي سنة 1043
/// للميلاد"، "أي عام 1834 م"، "الموافقة لسنة 1882 ميلادية") is the Hijri year; "وهي"/"وهو" join two dates as an equivalence.
/// Sentences written here.
/// </summary>
public class Round20TimeTests
{
    private static Timex Single(Tarikh.Core.Text.AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    [InlineData("توفي الشيخ في قرطبة سنة خمس وثلاثين وأربعمائة، وهي سنة 1043 للميلاد، ودفن بالربض.", "سنة خمس وثلاثين وأربعمائة", "0435")]
    [InlineData("بنى الأمير المسجد الجامع عام 1250 أي عام 1834 م، ثم وسّعه ابنه.", "عام 1250", "1250")]
    [InlineData("طُبع الديوان في بولاق سنة 1300 الموافقة لسنة 1882 ميلادية، وأعيد طبعه بعد ذلك.", "سنة 1300", "1300")]
    [InlineData("وفي سنة ستين وسبعمائة، وهي سنة 1359 ميلادية، عاد الرحالة إلى فاس.", "سنة ستين وسبعمائة", "0760")]
    public void AYearGlossedByAYearOfTheChristianEraIsHijri(string sentence, string text, string value)
    {
        var doc = TimeStageTests.Run(sentence);
        var t = Single(doc, text);
        Assert.Equal((CalendarKind.Hijri, value), (t.Calendar, t.Value));
        Assert.NotNull(t.Equivalent);
    }

    [Theory]
    // "وهو عام الفيضان": a description, no second date.
    [InlineData("ولد الشاعر عام 1950، وهو عام الفيضان الكبير في القرية.", "عام 1950")]
    // "وهي في العشرين": an age, no date.
    [InlineData("سافرت أخته سنة 1920، وهي في العشرين من عمرها.", "سنة 1920")]
    public void AYearDescribedByAPronounClauseKeepsItsCalendar(string sentence, string text)
        => Assert.Equal(CalendarKind.Gregorian, Single(TimeStageTests.Run(sentence), text).Calendar);

    [Fact]
    public void TwoYearsOfTheChristianEraJoinedByWahiStayGregorian()
    {
        // Both sides AD: nothing to convert (the gloss names the same era).
        var doc = TimeStageTests.Run("افتتح المصنع عام 1960 م، وهي سنة 1960 للميلاد أيضا.");
        Assert.All(doc.Timexes.Where(t => t.Text.Contains("1960", StringComparison.Ordinal)), t => Assert.NotEqual(CalendarKind.Hijri, t.Calendar));
    }

    [Fact]
    public void AnyGlossedHijriYearIsReadHijriWithItsSpanInTheText()
        => Gen.Int[700, 1400].Select(Gen.Int[0, 2]).Sample((h, form) =>
        {
            Assert.True(Tarikh.Core.Time.Calendars.TarikhCalendars.Default.TryYears(CalendarKind.Hijri, h, h, out var iv, out _));
            var g = iv.Start.Year.ToString(CultureInfo.InvariantCulture);
            var hs = h.ToString(CultureInfo.InvariantCulture);
            var gloss = form switch { 0 => $"وهي سنة {g} للميلاد", 1 => $"أي عام {g} م", _ => $"الموافقة لسنة {g} ميلادية" };
            var text = $"وفي عام {hs}، {gloss}، بُني الخان على طريق القوافل.";
            var doc = TimeStageTests.Run(text);
            var t = Single(doc, $"عام {hs}");
            Assert.Equal(CalendarKind.Hijri, t.Calendar);
            Assert.True(t.Span.Start >= 0 && t.Span.End <= text.Length);
            Assert.Equal($"عام {hs}", text[t.Span.Start..t.Span.End]);
        }, iter: 25);
}
