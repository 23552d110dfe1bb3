using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The date rules on the Ottoman fiscal calendar (رومي، مالي): a Hijri date paired with its fiscal day, and a weekday,
/// compared on the Julian day the fiscal date denotes. Both ways, full pipeline, sentences written here.
/// </summary>
public class RumiDateRulesTests
{
    // 5 Rajab 1297 AH (tabular) is 13 June 1880 (Gregorian) = 1 June 1880 (Julian) = 1 Haziran 1296 (Rumi).
    [Fact]
    public void ARightHijriFiscalPairIsSilent()
        => Assert.Empty(Flags("ورد في القيد المتخيَّل أن الوالي عين في 5 رجب 1297 هـ الموافق 1 حزيران 1296 رومية.", "calendar-equivalence"));

    [Fact]
    public void AWrongHijriFiscalPairFires()
        => FiresAt("ورد في القيد المتخيَّل أن الوالي عين في 5 رجب 1297 هـ الموافق 20 حزيران 1296 رومية.", "calendar-equivalence", "20 حزيران 1296 رومية");

    // 13 June 1880 was a Sunday.
    [Fact]
    public void TheWeekdayOfAFiscalDateIsReadOnItsJulianDay()
        => Assert.Empty(Flags("وصدرت الإرادة المتخيَّلة يوم الأحد 1 حزيران 1296 رومية.", "weekday-mismatch"));

    [Fact]
    public void AWrongWeekdayOfAFiscalDateFires()
        => FiresAt("وصدرت الإرادة المتخيَّلة يوم الخميس 1 حزيران 1296 رومية.", "weekday-mismatch", "1 حزيران 1296 رومية");
}

/// <summary>
/// Spoken Arabic equates two dates with "يعني" as written Arabic does with "أي": "سنة 1390 هجري، يعني سنة 1970 ميلادي".
/// Both ways; a "يعني" that does not stand between two dates links nothing. Sentences written here.
/// </summary>
public class SpokenEquivalenceTests
{
    [Theory]
    // 1390 AH is March 1970 – February 1971.
    [InlineData("الضيف: سافرت إلى الكويت أول مرة سنة 1390 هجري، يعني سنة 1976 ميلادي.", "سنة 1976 ميلادي")]
    // 10 Dhu al-Hijja 1400 AH is 19 October 1980.
    [InlineData("الضيفة: عرسي كان يوم العيد، عشرة ذي الحجة 1400، يعني شهر 8 سنة 1980.", "شهر 8 سنة 1980")]
    public void AWrongPairJoinedBySpokenYaaniFires(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("الضيف: سافرت إلى الكويت أول مرة سنة 1390 هجري، يعني سنة 1970 ميلادي.")]
    [InlineData("الضيفة: عرسي كان يوم العيد، عشرة ذي الحجة 1400، يعني شهر 10 سنة 1980.")]
    // "يعني" between an age and a year does not equate two dates.
    [InlineData("الضيف: أنا مواليد 1945، ونزلت البحر وعمري اثنعش سنة، يعني سنة 1957 تقريبًا.")]
    public void ARightPairOrNoPairIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));
}
