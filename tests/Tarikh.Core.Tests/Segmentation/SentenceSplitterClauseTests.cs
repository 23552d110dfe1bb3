using Tarikh.Core.Segmentation;
using Xunit;

namespace Tarikh.Core.Tests.Segmentation;

public class SentenceSplitterClauseTests
{
    private static List<string> Split(string text)
    {
        var normalized = Tarikh.Core.Normalization.ArabicNormalizer.Default.Normalize(text);
        return [.. SentenceSplitter.Default.Split(normalized.Text).Select(c => text[normalized.ToSource(c.NormSpan).Start..normalized.ToSource(c.NormSpan).End])];
    }

    [Fact]
    public void QuestionMarkInsideQuotesDoesNotEndTheSentence()
    {
        var sentences = Split("نشر الكتيب الذي حمل عنوان \"ما العمل؟\" في عام 1902. ثم سافر.");
        Assert.Equal(["نشر الكتيب الذي حمل عنوان \"ما العمل؟\" في عام 1902.", "ثم سافر."], sentences);
    }

    [Fact]
    public void QuestionMarkInsideParenthesesDoesNotEndTheSentence()
    {
        var sentences = Split("نشر كتيب \"ما الذي يتعين القيام به؟ (ما العمل؟)\" في عام 1902.");
        Assert.Single(sentences);
    }

    [Fact]
    public void UnclosedQuoteDoesNotSwallowTheLine()
    {
        var sentences = Split("قال: \"لن نعود. ثم رحل.");
        Assert.Equal(2, sentences.Count);
    }
}
