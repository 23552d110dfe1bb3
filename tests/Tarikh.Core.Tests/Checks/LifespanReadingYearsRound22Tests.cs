using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 22 (issue-xa): a death before the birth that comes only from how a year was read — hundreds lent to a year in words
/// written after the death ("مات سنة خمس وعشرين ومئة … وكان مولده سنة اثنتين وسبعين"), or a bare year glossed by its
/// Gregorian equivalent ("وتوفي سنة ١٣٧٢، وهي سنة ١٩٥٣") read as Gregorian — is no contradiction of the text.
/// </summary>
public class LifespanReadingYearsRound22Tests
{
    [Theory]
    [InlineData("توفي الفقيه عبد الله بن وهب سنة سبع وتسعين ومئة بمصر، وكان قد ولد سنة خمس وعشرين.", false)]
    [InlineData("مات الوزير جعفر بن يحيى سنة سبع وثمانين ومئة، وكان مولده سنة خمسين، فعاش سبعا وثلاثين سنة.", false)]
    [InlineData("ولد الشاعر أحمد شوقي سنة 1287 هـ الموافقة لسنة 1870 م، وتوفي سنة 1351 الموافقة لسنة 1932.", false)]
    [InlineData("ولد المؤرخ خير الدين الزركلي سنة 1310 للهجرة، وهي سنة 1893 للميلاد، ومات سنة 1396، وهي سنة 1976.", false)]
    // both years written whole: the death before the birth stays a contradiction
    [InlineData("ولد الفقيه عبد الله بن وهب سنة عشرين ومئتين، ومات سنة سبع وتسعين ومئة بمصر.", true)]
    [InlineData("ولد الشاعر أحمد شوقي سنة 1287 هـ، وتوفي سنة 1251 هـ بالقاهرة.", true)]
    public void DeathBeforeBirthOnlyWhenNoReadingOfTheYearsFits(string text, bool flagged)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.Equal(flagged, doc.Flags.Any(f => f.Rule == "lifespan" && f.Severity >= Tarikh.Core.Checks.Severity.Warning));
    }

    [Theory]
    [InlineData("وتوفي سنة ١٣٧٢، وهي سنة ١٩٥٣.", "سنة ١٣٧٢", CalendarKind.Hijri)]
    [InlineData("وتوفي سنة 1380 الموافقة لسنة 1960.", "سنة 1380", CalendarKind.Hijri)]
    // two years of one calendar not 580 years apart keep their calendar
    [InlineData("وتوفي سنة 1953، وهي سنة 1953.", "سنة 1953", CalendarKind.Gregorian)]
    public void ABareYearGlossedByItsGregorianYearIsHijri(string text, string year, CalendarKind calendar)
    {
        var doc = ClaimExtractorTests.Run(text);
        var t = doc.Timexes.First(x => x.Text == year);
        Assert.Equal(calendar, t.Calendar);
    }
}
