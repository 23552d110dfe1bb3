using Tarikh.Core.Input;
using Xunit;

namespace Tarikh.Core.Tests.Input;

public class HtmlTextExtractorTests
{
    private static string Extract(string html) => HtmlTextExtractor.Default.Extract(html);

    [Fact]
    public void HeadingsAndParagraphsBecomeLines()
    {
        var text = Extract("<html><body><h1>حياة لينين</h1><p>ولد في عام 1870.</p><p>توفي   في\n عام 1924.</p></body></html>");
        Assert.Equal("حياة لينين\nولد في عام 1870.\nتوفي في عام 1924.", text);
    }

    [Fact]
    public void ScriptsStylesAndNavigationAreDropped()
    {
        var text = Extract("<body><nav><a href='/'>الرئيسية</a></nav><script>var x = 1;</script><style>p{color:red}</style><p>النص الأصلي.</p><footer>جميع الحقوق محفوظة</footer></body>");
        Assert.Equal("النص الأصلي.", text);
    }

    [Fact]
    public void VideoFallbackTextIsDropped()
    {
        var text = Extract("<body><p>قبل الفيديو.</p><video src='a.mp4'>This browser does not support the video element.</video><p>بعده.</p></body>");
        Assert.Equal("قبل الفيديو.\nبعده.", text);
    }

    [Fact]
    public void ListItemsAndTableCellsAreLinesOfTheirOwn()
    {
        var text = Extract("<body><ul><li>ولد سنة 1870</li><li>توفي سنة 1924</li></ul><table><tr><td>1917</td><td>الثورة</td></tr></table></body>");
        Assert.Equal("ولد سنة 1870\nتوفي سنة 1924\n1917\nالثورة", text);
    }

    [Fact]
    public void InlineElementsStayInTheirLine()
    {
        var text = Extract("<p>ولد <b>فلاديمير</b> <a href='#'>لينين</a> في <i>سيمبيرسك</i>.</p>");
        Assert.StartsWith("ولد فلاديمير لينين في سيمبيرسك", text);
        Assert.DoesNotContain("\n", text);
    }

    [Fact]
    public void LineBreakElementBreaksTheLine()
    {
        Assert.Equal("السطر الأول\nالسطر الثاني", Extract("<p>السطر الأول<br>السطر الثاني</p>"));
    }

    [Fact]
    public void AnArticlesOwnHeaderIsKeptButThePageHeaderIsNot()
    {
        var text = Extract("<body><header>شعار الموقع</header><article><header><h1>عنوان المقال</h1></header><p>المتن.</p></article></body>");
        Assert.Equal("عنوان المقال\nالمتن.", text);
    }

    [Fact]
    public void TitleIsUsedWhenTheBodyHasNoMainHeading()
    {
        var text = Extract("<html><head><title>سيرة ابن خلدون</title></head><body><p>ولد في تونس.</p></body></html>");
        Assert.Equal("سيرة ابن خلدون\nولد في تونس.", text);
    }

    [Fact]
    public void EntitiesAreDecoded()
    {
        Assert.Equal("القاهرة & دمشق", Extract("<p>القاهرة &amp; دمشق</p>"));
    }

    [Fact]
    public void HiddenElementsAreDropped()
    {
        Assert.Equal("ظاهر", Extract("<div><span hidden>مخفي</span><p>ظاهر</p><div aria-hidden=\"true\">مخفي أيضا</div></div>"));
    }
}
