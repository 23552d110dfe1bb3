using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 15 (issue-x2): a death stated again as a noun phrase after "بعد" with its own year ("وبعد وفاته سنة …"، "ودُفن … بعد
/// وفاته سنة …") is a second statement of the death; a year after "بعد وفاته" in the middle of another act's clause stays that
/// act's. Our own sentences.
/// </summary>
public class NominalLifeClaimTests
{
    private static bool Conflict(string text)
        => ClaimExtractorTests.Run(text).Flags.Any(f => f.Rule == "conflicting-values" && f.Severity >= Severity.Warning);

    [Theory]
    // The phrase opens its sentence, before the verb of the later act.
    [InlineData("توفي الطبيب رشيد الحلبي عام 1921 في حلب. وبعد وفاته عام 1925 باعت أسرته الدار.", true)]
    [InlineData("توفي الطبيب رشيد الحلبي عام 1921 في حلب. وبعد وفاته عام 1921 باعت أسرته الدار.", false)]
    // After a comma, as a clause of its own.
    [InlineData("مات الخطاط يوسف الرفاعي سنة 1890 بدمشق، وكان ذلك صدمة لتلاميذه، بعد وفاته سنة 1893.", true)]
    // After a burial in its clause: the burial is at the death.
    [InlineData("توفي الفقيه عمر الدباغ سنة 1120 هـ بفاس. ودفن بداره بعد وفاته سنة 1128 هـ.", true)]
    [InlineData("توفي الفقيه عمر الدباغ سنة 1120 هـ بفاس. ودفن بداره بعد وفاته سنة 1120 هـ.", false)]
    public void AYearRightAfterAClauseOpeningOrBurialDeathNounIsTheDeaths(string text, bool flagged)
        => Assert.Equal(flagged, Conflict(text));

    [Theory]
    // Mid-clause of another act: the year dates that act (a posthumous edition, an award).
    [InlineData("توفي الشاعر نديم القاسم عام 1950. وأصدرت دار النهار ديوانه بعد وفاته عام 1956.")]
    [InlineData("توفيت الكاتبة سلمى الحداد عام 1987. ومنحت جائزة الدولة بعد وفاتها عام 1990.")]
    // A closing quote before "بعد" is no clause break: the phrase is still inside the publication's clause.
    [InlineData("توفي الروائي حسن فهمي في القاهرة عام 1960، وصدرت روايته «الطريق الطويل» بعد وفاته عام 1963.")]
    // A year after "بعد وفاته بسنوات" is not right after the noun.
    [InlineData("توفي الطبيب رشيد الحلبي عام 1921 في حلب. وبعد وفاته بسنوات، عام 1930، باعت أسرته الدار.")]
    public void AYearAfterTheDeathNounInsideAnotherActStaysThatActs(string text)
        => Assert.False(Conflict(text));

    [Fact]
    public void TheClaimIsTheSubjectsDeathDateAsAsserted()
    {
        var doc = ClaimExtractorTests.Run("توفي الفقيه عمر الدباغ سنة 1120 هـ بفاس. ودفن بداره بعد وفاته سنة 1128 هـ.");
        var deaths = doc.Claims.Where(c => c.Property == ClaimProperties.DeathDate).ToList();
        Assert.Equal(2, deaths.Count);
        Assert.Single(deaths.Select(c => c.Subject).Distinct());
        Assert.All(deaths, c => Assert.Equal(ClaimModality.Asserted, c.Modality));
    }
}
