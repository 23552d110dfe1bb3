using Tarikh.Core.Normalization;
using Xunit;

namespace Tarikh.Core.Tests.Normalization;

/// <summary>Web-noise lines are found; content lines that merely look alike are not.</summary>
public class NoiseDetectorTests
{
    [Theory]
    [InlineData("فيديو ذات صلة", "video")]
    [InlineData("This browser does not support the video element.", "video")]
    [InlineData("Your browser does not support the video tag.", "video")]
    [InlineData("متصفحك لا يدعم تشغيل الفيديو", "video")]
    [InlineData("اقرأ أيضاً: أطباء عرب تعلموا في أوروبا", "related")]
    [InlineData("إقرأ أيضا", "related")]
    [InlineData("مقالات ذات صلة", "related")]
    [InlineData("قد يهمك أيضاً", "related")]
    [InlineData("الأكثر قراءة", "related")]
    [InlineData("شارك المقال", "share")]
    [InlineData("شارك على فيسبوك", "share")]
    [InlineData("Share on Twitter", "share")]
    [InlineData("تابعونا على تويتر", "subscribe")]
    [InlineData("اشترك في النشرة البريدية", "subscribe")]
    [InlineData("جميع الحقوق محفوظة © 2024", "navigation")]
    [InlineData("© 2024 All rights reserved.", "navigation")]
    [InlineData("إعلان", "navigation")]
    [InlineData("نستخدم ملفات تعريف الارتباط لتحسين تجربتك", "cookies")]
    public void NoiseLinesAreRecognized(string line, string kind) => Assert.Equal(kind, NoiseDetector.Default.Classify(line));

    [Theory]
    [InlineData("شارك في ثورة عام 1905 مع رفاقه من الطلاب.")]
    [InlineData("كان يقرأ أيضاً كتب ماركس وإنجلز في شبابه.")]
    [InlineData("إعلان استقلال فنلندا عام 1917.")]
    [InlineData("تابع دراسته في جامعة قازان حتى طرده منها.")]
    [InlineData("اشترك في تأسيس حزب العمال الاشتراكي الديمقراطي.")]
    [InlineData("شاهد أيضاً إعدام أخيه ألكسندر، فترك ذلك أثراً عميقاً في نفسه وفي سياسته اللاحقة كلها.")]
    [InlineData("فيديو")]
    [InlineData("ولد في العاشر من نيسان/ أبريل عام 1870.")]
    [InlineData("أسرته ودراسته وحياته")]
    public void ContentLinesAreNotNoise(string line) => Assert.Null(NoiseDetector.Default.Classify(line));

    [Fact]
    public void DetectReturnsWholeLineSpansWithoutLineBreaks()
    {
        const string text = "ولد عام 1870.\r\nفيديو ذات صلة\r\n  شارك المقال  \nتوفي عام 1924.";
        var noise = NoiseDetector.Default.Detect(text);
        Assert.Equal(2, noise.Length);
        Assert.Equal("فيديو ذات صلة", text[noise[0].Span.Start..noise[0].Span.End]);
        Assert.Equal("شارك المقال", text[noise[1].Span.Start..noise[1].Span.End]);
    }

    [Fact]
    public void HarakatAndTatweelDoNotHideNoise() => Assert.Equal("related", NoiseDetector.Default.Classify("اقْرَأ أيـضاً"));

    [Fact]
    public void RulesAreDataAndCanBeExtended()
    {
        var rules = NoiseDetector.ParseRules(["promo\texact\t\tعرض خاص"]);
        var detector = new NoiseDetector(NoiseDetector.DefaultRules.AddRange(rules));
        Assert.Equal("promo", detector.Classify("عرض خاص!"));
        Assert.Null(NoiseDetector.Default.Classify("عرض خاص!"));
    }

    [Fact]
    public void MalformedRuleLineIsAFormatError() => Assert.Throws<FormatException>(() => NoiseDetector.ParseRules(["video\tsometimes\t\tx"]));
}
