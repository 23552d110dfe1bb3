using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// A three-digit year before a four-digit one in the same sentence, within one life of it, is a year cut short — the
/// malformed-date rule says so, and the lifespan rule does not call the life 1,700 years long.
/// </summary>
public class CutYearBeforeTests
{
    [Theory]
    [InlineData("ولد الملحن المصري فؤاد حلمي عام 189 في طنطا، وتوفي في القاهرة عام 1961.", true)]
    [InlineData("ولد الملحن المصري فؤاد حلمي عام 1893 في طنطا، وتوفي في القاهرة عام 1961.", false)]
    // a text that dates by the Hijra may name a bare classical year beside an edition's year
    [InlineData("توفي الخليفة هارون الرشيد سنة 193 بطوس، وكانت ولادته سنة 149 هـ، وقد نشرت سيرته سنة 1935.", false)]
    public void AThreeDigitYearBeforeAFourDigitOneInOneLife(string text, bool cut)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.Equal(cut, doc.Flags.Any(f => f.Rule == "malformed-date"));
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "lifespan" && f.Severity >= Tarikh.Core.Checks.Severity.Warning);
    }
}
