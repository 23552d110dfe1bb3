using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// A death noun after "until" ("حتى وفاته"، "إلى حين وفاته") is the end of another act: the clause's date is that act's, not the
/// death's. A date written right after the noun is the death's own. Found on a development KB set after round 10's possessive
/// attribution gave such a noun its person (an appointment year read as the death year).
/// </summary>
public class UntilDeathTests
{
    private static IEnumerable<int> DeathYears(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        return doc.Claims.Where(c => c.Property == ClaimProperties.DeathDate && c.Value.Date is not null).Select(c => c.Value.Date!.Value.Start.Year);
    }

    [Theory]
    [InlineData("عُيّن الشيخ محمد عبده مفتياً للديار المصرية سنة 1899 وبقي في المنصب حتى وفاته.")]
    [InlineData("تولى القاضي سليم الحسيني رئاسة المحكمة عام 1921 وظل فيها إلى حين وفاته.")]
    [InlineData("انتُخبت الكاتبة سعاد الخوري رئيسةً للجمعية سنة 1962 واستمرت لحين وفاتها.")]
    public void TheActsDateIsNotTheDeaths(string text)
        => Assert.Empty(DeathYears(text));

    [Theory]
    [InlineData("عُيّن الشيخ محمد عبده مفتياً للديار المصرية سنة 1899 وبقي في المنصب حتى وفاته سنة 1905.", 1905)]
    [InlineData("تولى القاضي سليم الحسيني رئاسة المحكمة عام 1921 وظل فيها إلى حين وفاته في عام 1936.", 1936)]
    public void ADateRightAfterTheNounIsTheDeaths(string text, int year)
        => Assert.Equal(year, Assert.Single(DeathYears(text)));
}
