using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 16 (issue-x1): a year slot left empty before punctuation (a range between two years with one side empty; a bare year
/// word after its actor or "في" with a spaced comma), and a death noun whose person is named in its own construct ("بعد وفاة
/// فلان عام …") is that person's, not the one the clause before it names. Both ways, sentences written here.
/// </summary>
public class DateRulesRound16Tests
{
    [Theory]
    [InlineData("قرية الزيب المتخيَّلة: شيد فيها مسجد كبير بين عامي - 1760 على يد الأهالي.", "بين عامي -")]
    [InlineData("امتد حكم الأسرة المتخيَّلة على الساحل بين سنتي 1750 و ، ثم ضعف أمرها.", "بين سنتي 1750 و")]
    [InlineData("مدينة صور: حكمها الأمير يوسف الشهابي سنة ، ثم انتقلت إلى غيره.", "سنة")]
    // A Hijri range end cut short inside a two-calendar lifespan whose other years are whole.
    [InlineData("سليم بن أحمد الطرابلسي (1270 - 12 هـ = 1853 - 1925 م): فقيه، ولد في طرابلس الشام.", "12")]
    // A two-digit year after a month and a year word with no "من", at the end of the text.
    [InlineData("س7: متى بدأت الحرب المتخيَّلة؟ ج: بدأت في الخامس من مارس عام 19.", "مارس عام 19")]
    public void AnEmptyYearSlotFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("امتد حكم الأسرة المتخيَّلة على الساحل بين سنتي 1750 و 1790، ثم ضعف أمرها.")]
    [InlineData("امتد حكم الأسرة المتخيَّلة بين عامي 1750 و1790 ثم ضعف أمرها.")]
    // A duration after a place, "بشكل عام", "سنتي" as "my year": no year slot.
    [InlineData("أقام الشيخ يوسف الشهابي في بيروت سنة، ثم رحل إلى دمشق.")]
    [InlineData("وتحدث الكاتب عن أحوال البلاد بشكل عام ، ثم انتقل إلى غيرها.")]
    [InlineData("كانت سنتي الأولى في الجامعة صعبة ، لكنها علمتني الكثير.")]
    // A whole two-calendar lifespan, a short Hijri end after the start's last digits, a two-digit year the text's own years date.
    [InlineData("سليم بن أحمد الطرابلسي (1270 - 1343 هـ = 1853 - 1925 م): فقيه، ولد في طرابلس الشام.")]
    [InlineData("سليم بن أحمد الطرابلسي (1270 - 85 هـ = 1853 - 1868 م): فقيه، ولد في طرابلس الشام.")]
    [InlineData("قامت الحرب المتخيَّلة في مايو عام 1948، وسافر الشاعر في يونيو عام 48 إلى بيروت.")]
    public void AWholeRangeOrAnotherSenseIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    [Fact]
    public void ADeathNounNamesItsOwnPerson()
    {
        var doc = ClaimExtractorTests.Run("افتتح الجسر رسمياً عام 1971 في عهد أنور السادات، بعد وفاة عبد الناصر عام 1970.");
        Assert.Empty(Flags(doc, "lifespan"));
        var death = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.DeathDate);
        Assert.Contains("الناصر", doc.Clusters.First(c => c.Id == death.Subject).Name);
    }

    [Fact]
    public void ADeathNounOfTheSamePersonStillDatesHisDeath()
    {
        // The person named in the construct is the actor himself: an act after his own death is still flagged.
        var doc = ClaimExtractorTests.Run("افتتح سليم الأيوبي المتحف عام 1975، بعد وفاة سليم الأيوبي عام 1970.");
        Assert.NotEmpty(Flags(doc, "lifespan"));
    }
}
