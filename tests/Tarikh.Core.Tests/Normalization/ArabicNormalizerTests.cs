using Tarikh.Core.Normalization;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Normalization;

/// <summary>One rule of the normalizer per test, on real Arabic phrases.</summary>
public class ArabicNormalizerTests
{
    private static string N(string text) => ArabicNormalizer.Default.Normalize(text).Text;

    [Fact]
    public void HarakatAreRemoved() => Assert.Equal("ولد في مدينه سيمبيرسك", N("وُلِدَ فِي مَدِينَةِ سيمبيرسك"));

    [Fact]
    public void ShaddaAndTanwinAreRemoved() => Assert.Equal("كان مدرسا", N("كانَ مُدَرِّساً"));

    [Fact]
    public void SuperscriptAlefIsRemoved() => Assert.Equal("هذا", N("هٰذا"));

    [Fact]
    public void TatweelIsRemoved() => Assert.Equal("القاهره", N("القــاهـرة"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    public void AlefFormsAreUnified(string word, string expected) => Assert.Equal(expected, N(word));

    [Fact]
    public void AlefMaksuraBecomesYa() => Assert.Equal("مصطفي الي", N("مصطفى إلى"));

    [Fact]
    public void TaMarbutaBecomesHa() => Assert.Equal("الثوره البلشفيه", N("الثورة البلشفية"));

    [Fact]
    public void HamzaCarriersAreKeptByDefault() => Assert.Equal("مؤتمر رئيس", N("مؤتمر رئيس"));

    [Fact]
    public void HamzaCarriersFoldWhenAsked()
    {
        var normalizer = new ArabicNormalizer(new NormalizerOptions(FoldHamzaCarriers: true));
        Assert.Equal("موتمر رييس", normalizer.Normalize("مؤتمر رئيس").Text);
    }

    [Fact]
    public void EasternArabicDigitsBecomeAscii() => Assert.Equal("عام 1917", N("عام ١٩١٧"));

    [Fact]
    public void PersianDigitsBecomeAscii() => Assert.Equal("سال 1917", N("سال ۱۹۱۷"));

    [Fact]
    public void ArabicCommaSemicolonAndQuestionMarkBecomeAscii() => Assert.Equal("متي ولد? في نيسان, لا ايار;", N("متى ولد؟ في نيسان، لا أيار؛"));

    [Fact]
    public void ArabicDecimalSeparatorBecomesAPeriod() => Assert.Equal("3.5", N("٣٫٥"));

    [Fact]
    public void DashesBecomeHyphens() => Assert.Equal("1914-1918", N("1914–1918"));

    [Fact]
    public void GuillemetsBecomeQuotes() => Assert.Equal("\"الام\"", N("«الأم»"));

    [Fact]
    public void LatinIsLowerCased() => Assert.Equal("فلاديمير (vladimir lenin)", N("فلاديمير (Vladimir Lenin)"));

    [Fact]
    public void InvisibleFormatCharactersAreRemoved() => Assert.Equal("لينين", N("لي\u200Cنين\u200F"));

    [Fact]
    public void NoBreakSpaceBecomesASpace() => Assert.Equal("عام 1870", N("عام\u00A01870"));

    [Fact]
    public void PersianLettersFoldToArabic() => Assert.Equal("كتاب يك", N("کتاب یک"));

    [Fact]
    public void LamAlefLigatureExpandsToTwoLetters()
    {
        var normalized = ArabicNormalizer.Default.Normalize("\uFEFB\u0628");
        Assert.Equal("لاب", normalized.Text);
        // Both letters of the ligature come from the one source character.
        Assert.Equal(new TextSpan(0, 1), normalized.ToSource(new TextSpan(0, 2)));
        Assert.Equal(new TextSpan(0, 1), normalized.ToSource(new TextSpan(1, 2)));
    }

    [Fact]
    public void PresentationFormsAreDecomposed() => Assert.Equal("لينين", N("\uFEFB".Length == 1 ? "\uFEDF\uFEF4\uFEE8\uFEF4\uFEE6" : string.Empty));

    [Fact]
    public void DeletedMarksBelongToTheLetterBeforeThem()
    {
        const string text = "وُلِدَ عام";
        var normalized = ArabicNormalizer.Default.Normalize(text);
        Assert.Equal("ولد عام", normalized.Text);
        var word = normalized.ToSource(new TextSpan(0, 3));
        Assert.Equal("وُلِدَ", text[word.Start..word.End]);
    }

    [Fact]
    public void TatweelInsideAWordIsCoveredByItsSpan()
    {
        const string text = "في القــاهرة";
        var normalized = ArabicNormalizer.Default.Normalize(text);
        var start = normalized.Text.IndexOf("القاهره", StringComparison.Ordinal);
        var span = normalized.ToSource(new TextSpan(start, start + 7));
        Assert.Equal("القــاهرة", text[span.Start..span.End]);
    }

    [Fact]
    public void FromSourceMapsASourceSpanToItsNormalizedSpan()
    {
        const string text = "وُلِدَ في ١٨٧٠";
        var normalized = ArabicNormalizer.Default.Normalize(text);
        var source = new TextSpan(text.IndexOf('١'), text.Length);
        var norm = normalized.FromSource(source);
        Assert.Equal("1870", normalized.Text[norm.Start..norm.End]);
    }

    [Fact]
    public void NormalizeStringAgreesWithNormalize()
    {
        const string text = "تُوُفِّيَ في ٢١ كانون الثاني/ يناير ١٩٢٤ في «غوركي».";
        Assert.Equal(ArabicNormalizer.Default.Normalize(text).Text, ArabicNormalizer.Default.NormalizeString(text));
    }
}
