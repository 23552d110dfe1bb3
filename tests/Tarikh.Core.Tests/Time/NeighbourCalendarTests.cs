using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// A bare year beside a Hijri date takes the Hijri calendar when both lie within one life; a stated equivalent in the
/// other calendar, or a sentence that writes another era, keeps it as it is.
/// </summary>
public class NeighbourCalendarTests
{
    private static Timex Year(string text, string yearText)
    {
        var doc = TimeStageTests.Run(text);
        return Assert.Single(doc.Timexes, t => t.Text.Contains(yearText) && !t.Text.Contains("هـ"));
    }

    [Theory]
    // the same sentence, the era written once at the end
    [InlineData("أبو منصور الثعالبي أديب نيسابوري، ولد سنة 350 بنيسابور، وتوفي بها سنة 429 هـ.", "350")]
    // the next sentence
    [InlineData("ولد الفقيه عبد الوهاب البغدادي سنة 362 ببغداد. ورحل إلى مصر في آخر عمره فتوفي بها سنة 422 هـ.", "362")]
    // the sentence before, a Hijri month name as the era
    [InlineData("توفي ابن سيده المرسي في ربيع الآخر سنة 458 بدانية. وكان قد ولد بمرسية نحو سنة 398.", "398")]
    public void ABareYearBesideAHijriDateIsHijri(string text, string bare)
    {
        var t = Year(text, bare);
        Assert.Equal(CalendarKind.Hijri, t.Calendar);
    }

    [Theory]
    // a stated Gregorian equivalent is 570+ years away
    [InlineData("سقطت بغداد بيد المغول سنة 656 هـ (1258) وقتل الخليفة المستعصم.", "1258")]
    // a modern life: the Gregorian birth year is far from the Hijri year
    [InlineData("ولد الشيخ عبد العزيز بن باز سنة 1912 في الرياض، وتولى الإفتاء سنة 1395 هـ.", "1912")]
    public void AYearFarFromTheHijriDateKeepsItsCalendar(string text, string bare)
    {
        var t = Year(text, bare);
        Assert.NotEqual(CalendarKind.Hijri, t.Calendar);
    }

    [Fact]
    public void ASentenceThatWritesAnotherEraKeepsItsBareYears()
    {
        // The sentence writes a Gregorian year with its era, so its bare year is not read as Hijri.
        var t = Year("عاش المؤرخ في القاهرة بين سنة 1450 وسنة 1460 م، وكتب تاريخه سنة 1455 هـ فيما زعم الناسخ.", "1450");
        Assert.NotEqual(CalendarKind.Hijri, t.Calendar);
    }

    [Theory]
    // a Hijri life of 65 years: no lifespan flag once the bare birth year is read as Hijri
    [InlineData("أبو منصور الثعالبي أديب نيسابوري، ولد سنة 350 بنيسابور، وتوفي بها سنة 429 هـ.", false)]
    // a Hijri life of 190 years is still implausible
    [InlineData("أبو منصور الثعالبي أديب نيسابوري، ولد سنة 250 بنيسابور، وتوفي بها سنة 429 هـ.", true)]
    public void TheLifespanRuleReadsTheInheritedCalendar(string text, bool flagged)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.Equal(flagged, doc.Flags.Any(f => f.Rule == "lifespan" && f.Severity >= Tarikh.Core.Checks.Severity.Warning));
    }

    // ---- a chronicle that writes the Hijri era once (or only through a Hijri month) and no other era ----

    private const string Chronicle = "وفي سنة تسع وثلاثين وسبعمائة خرج الأمير من دمشق إلى حلب. وعاد إليها سنة 741 بعد أن ولي نيابتها. "
        + "ثم عزل عنها وسجن بالإسكندرية، ومات في سجنه في ذي القعدة سنة خمس وأربعين وسبعمائة.";

    [Theory]
    [InlineData("تسع وثلاثين وسبعمائة")]
    [InlineData("741")]
    public void BareYearsFarFromTheOnlyHijriDateOfAChronicleAreHijri(string bare)
        => Assert.Equal(CalendarKind.Hijri, Year(Chronicle, bare).Calendar);

    [Fact]
    public void AChronicleThatAlsoWritesTheChristianEraKeepsItsBareYears()
    {
        // One Gregorian-marked year in the text: the single Hijri date is no longer the document's era.
        var text = Chronicle.Replace("سنة 741", "سنة 1340 م، ثم سنة 741", StringComparison.Ordinal);
        Assert.NotEqual(CalendarKind.Hijri, Year(text, "تسع وثلاثين وسبعمائة").Calendar);
    }
}
