using Tarikh.Cli.Reporting;
using Xunit;

namespace Tarikh.Cli.Tests.Reporting;

public class TerminalBidiTests
{
    // Strip shaping so tests read in base letters: map presentation forms back with NFKC.
    private static string Visual(string line) => TerminalBidi.Visual(line).Normalize(System.Text.NormalizationForm.FormKC);

    [Fact]
    public void LatinOnlyLineIsUnchanged() => Assert.Equal("Vladimir Lenin 1870", TerminalBidi.Visual("Vladimir Lenin 1870"));

    [Fact]
    public void ArabicWordsAreDrawnRightToLeft() => Assert.Equal("دلو", Visual("ولد"));

    [Fact]
    public void NumbersKeepTheirDigitOrderInsideArabic() => Assert.Equal("1870 ماع", Visual("عام 1870"));

    [Fact]
    public void LatinRunsKeepTheirOrderInsideArabic() => Assert.Equal("Vladimir Lenin نينيل", Visual("لينين Vladimir Lenin"));

    [Fact]
    public void BracketsAreMirroredInRightToLeftRuns() => Assert.Equal("(1870) دلو", Visual("ولد (1870)"));

    [Fact]
    public void DecimalNumberStaysWhole() => Assert.Equal("3.5 غلب", Visual("بلغ 3.5"));

    [Fact]
    public void LettersAreShapedToJoin()
    {
        var shaped = ArabicShaper.Shape("ولد");
        Assert.Equal("\uFEED\uFEDF\uFEAA", shaped); // و isolated, ل initial, د final
    }

    [Fact]
    public void LamAlefBecomesALigature() => Assert.Equal("\uFEFB", ArabicShaper.Shape("لا"));

    [Fact]
    public void LongLinesWrapLogicallyBeforeReordering()
    {
        var lines = TerminalBidi.Layout("ولد في مدينة سيمبيرسك عام 1870", 15, visual: false).ToList();
        Assert.True(lines.Count > 1);
        Assert.Equal("ولد في مدينة", lines[0]);
    }
}
