using System.Text;
using Tarikh.Core.Input;
using Xunit;

namespace Tarikh.Core.Tests.Input;

/// <summary>Deeply nested HTML is refused in linear time; real pages are not.</summary>
public class HtmlNestingTests
{
    private const string Sentence = "ولد فلاديمير لينين في سيمبيرسك سنة 1870.";

    private static string Nested(string tag, int depth)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append('<').Append(tag).Append('>').Append(i == 0 ? Sentence : "x");
        }

        return html.Append("</body></html>").ToString();
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    [InlineData("table><tr><td")]
    public void NestingPastTheLimitIsRefusedAsAValue(string tag)
    {
        var (text, error) = HtmlTextExtractor.Default.TryExtract(Nested(tag, 5_000));
        Assert.Null(text);
        Assert.Equal(InputError.TooDeep, error!.Code);
        Assert.Contains("512", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("تتداخل", error.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDecoderReturnsTheDepthErrorForAnHtmlUpload()
    {
        var decoded = InputDecoder.Default.FromString(Nested("div", 2_000), format: InputFormat.Html);
        Assert.False(decoded.IsSuccess);
        Assert.Equal(InputError.TooDeep, decoded.Error.Code);
    }

    [Fact]
    public void NestingWithinTheLimitIsExtracted()
    {
        var (text, error) = HtmlTextExtractor.Default.TryExtract(Nested("div", 400));
        Assert.Null(error);
        Assert.StartsWith(Sentence, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p")] // a new <p> closes the open one
    [InlineData("li")] // so does a new <li>
    [InlineData("td")] // and a new cell
    [InlineData("option")]
    [InlineData("br")] // void
    [InlineData("img src='a.png'")] // void, with attributes
    public void ImplicitlyClosedAndVoidElementsDoNotCountAsNesting(string tag)
    {
        var html = "<html><body><table><tr>" + string.Concat(Enumerable.Repeat($"<{tag}>{Sentence}", 3_000)) + "</table></body></html>";
        var (text, error) = HtmlTextExtractor.Default.TryExtract(html);
        Assert.Null(error);
        Assert.Contains(Sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void TagLikeTextInScriptsCommentsAndAttributesDoesNotCount()
    {
        var noise = "<script>var s = '<div><div><div>';</script><!-- <div><div> --><p title='<div>'>" + Sentence + "</p>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(noise, 1_000)) + "</body></html>";
        var (text, error) = HtmlTextExtractor.Default.TryExtract(html);
        Assert.Null(error);
        Assert.StartsWith(Sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfClosingTagsCountOnlyInsideSvg()
    {
        var svg = "<svg>" + string.Concat(Enumerable.Repeat("<path d='M0 0'/>", 2_000)) + "</svg>";
        Assert.False(HtmlNesting.Measure("<body>" + svg + "<p>x</p></body>", 512).Exceeded);
        Assert.True(HtmlNesting.Measure("<body>" + string.Concat(Enumerable.Repeat("<div/>", 2_000)) + "</body>", 512).Exceeded);
    }

    [Fact]
    public void AnEndTagDoesNotCloseAcrossATableBoundary()
    {
        // In a browser, </div> inside a table cell is ignored: the table nesting grows. The scan must see that.
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><table><tr><td></div>", 1_000)) + "</body>";
        Assert.True(HtmlNesting.Measure(html, 512).Exceeded);
    }

    [Fact]
    public void ThePathologicalCaseCostsWorkBoundedByTheLimitWhateverItsSize()
    {
        // Nesting of growing depth: a quadratic parse would take minutes at 200,000 levels. The scan stops at the limit.
        var steps = new List<long>();
        foreach (var depth in new[] { 1_000, 10_000, 200_000 })
        {
            var result = HtmlNesting.Measure(Nested("div", depth), 512);
            Assert.True(result.Exceeded);
            steps.Add(result.Steps);
        }

        // The same work for 1,000 and 200,000 levels, and at most limit² (each tag may look through the open elements once).
        Assert.All(steps, s => Assert.Equal(steps[0], s));
        Assert.InRange(steps[0], 1, 513 * 513);
    }

    [Fact]
    public void TheScanIsLinearInTheInput()
    {
        // Deep (but allowed) nests repeated: work per character must not grow with the number of repetitions.
        var block = string.Concat(Enumerable.Repeat("<div><span>", 200)) + Sentence + string.Concat(Enumerable.Repeat("</span></div>", 200));
        double? perCharSmall = null;
        foreach (var copies in new[] { 10, 100, 1_000 })
        {
            var html = "<body>" + string.Concat(Enumerable.Repeat(block, copies)) + "</body>";
            var result = HtmlNesting.Measure(html, 512);
            Assert.False(result.Exceeded);
            var perChar = result.Steps / (double)html.Length;
            perCharSmall ??= perChar;
            Assert.InRange(perChar, 0.5, perCharSmall.Value * 1.1);
        }
    }
}
