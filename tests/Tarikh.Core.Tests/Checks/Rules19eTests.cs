using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// anachronism and name-anomaly, round 19 (issue 19e): Arab broadcasters and festivals before their first broadcast or edition,
/// rulers and presidents by their title before their reign or term (with a reign noun, never a foundation named after them), a
/// bare modern year after "في"; a work under a kinsman's laqab, two listed authors joined in one name, a dialect genitive after the
/// title, another author's given name cited in the work. Both ways, with sentences written for these tests.
/// </summary>
public class Rules19eTests
{
    private static AnalyzedDocument Run(string text) => ClaimExtractorTests.Run(text);

    private static List<Flag> Of(AnalyzedDocument doc, string rule) => [.. doc.Flags.Where(f => f.Rule == rule)];

    [Theory]
    [InlineData("وفي سنة 1957 عُرض الفيلم على شاشة التلفزيون الكويتي لأول مرة.", true)]
    [InlineData("وفي سنة 1967 عُرض الفيلم على شاشة التلفزيون الكويتي لأول مرة.", false)]
    [InlineData("في 1962 كنا نتفرجو على التلفزة التونسية في دار الجيران.", true)]
    [InlineData("في 1970 كنا نتفرجو على التلفزة التونسية في دار الجيران.", false)]
    [InlineData("وفي صيف 1958 قدّمت الفرقة الوطنية عرضها الأول في مهرجان قرطاج الدولي.", true)]
    [InlineData("وفي صيف 1968 قدّمت الفرقة الوطنية عرضها الأول في مهرجان قرطاج الدولي.", false)]
    [InlineData("وفي سنة 1930 سافر الحاج عثمان بطيارة سودانير إلى جدة.", true)]
    [InlineData("وفي سنة 1950 سافر الحاج عثمان بطيارة سودانير إلى جدة.", false)]
    public void BroadcastersFestivalsAndAirlines(string text, bool flagged)
    {
        var flags = Of(Run(text), "anachronism");
        if (flagged)
        {
            var f = Assert.Single(flags);
            Assert.Equal(Severity.Warning, f.Severity);
        }
        else
        {
            Assert.Empty(flags);
        }
    }

    [Theory]
    [InlineData("وفي سنة أربعين وستمائة أرسل السلطان الظاهر بيبرس جيشا إلى الكرك.", true)]
    [InlineData("وفي سنة ستين وستمائة أرسل السلطان الظاهر بيبرس جيشا إلى الكرك.", false)]
    [InlineData("وفي سنة أربعين وستمائة أرسل الأمير بيبرس البندقداري جيشا إلى الكرك.", false)]
    [InlineData("وفي عام 1950 سلّم الوفد على رئيس الجمهورية الحبيب بورقيبة في قصر قرطاج.", true)]
    [InlineData("وفي عام 1965 سلّم الوفد على رئيس الجمهورية الحبيب بورقيبة في قصر قرطاج.", false)]
    [InlineData("كُتب هذا العقد في عهد الخديوي إسماعيل سنة 1190 هـ.", true)]
    [InlineData("كُتب هذا العقد في عهد الخديوي إسماعيل سنة 1285 هـ.", false)]
    [InlineData("وفي سنة 1905 درّس الشيخ الفقه في مدرسة السلطان حسن بالقاهرة.", false)]
    public void RulersByTheirTitle(string text, bool flagged)
    {
        var flags = Of(Run(text), "anachronism");
        if (flagged)
        {
            var f = Assert.Single(flags);
            Assert.Equal(Severity.Warning, f.Severity);
        }
        else
        {
            Assert.Empty(flags);
        }
    }

    [Theory]
    [InlineData("وقرأ الطلاب في الحلقة «الكامل في التاريخ» لضياء الدين بن الأثير في ثلاثة أشهر.", true)]
    [InlineData("وقرأ الطلاب في الحلقة «الكامل في التاريخ» لعز الدين بن الأثير في ثلاثة أشهر.", false)]
    [InlineData("واقتنى القاضي نسخة من «تاريخ دمشق» لأبي القاسم ابن الأثير في أربعين جزءا.", true)]
    [InlineData("واقتنى القاضي نسخة من «تاريخ دمشق» لأبي القاسم ابن عساكر في أربعين جزءا.", false)]
    [InlineData("المستمع: خويا يحفظ «أغاني الحياة» متاع أبو القاسم الدوعاجي من الصغر.", true)]
    [InlineData("المستمع: خويا يحفظ «أغاني الحياة» متاع أبو القاسم الشابي من الصغر.", false)]
    [InlineData("واحتج المحامي بما شرحه طارق السنهوري في «الوسيط في شرح القانون المدني» بإسهاب.", true)]
    [InlineData("واحتج المحامي بما شرحه عبد الرزاق السنهوري في «الوسيط في شرح القانون المدني» بإسهاب.", false)]
    public void WorksUnderAnotherName(string text, bool flagged)
    {
        var flags = Of(Run(text), "name-anomaly");
        if (flagged)
        {
            var f = Assert.Single(flags);
            Assert.Equal(Severity.Warning, f.Severity);
        }
        else
        {
            Assert.Empty(flags);
        }
    }
}
