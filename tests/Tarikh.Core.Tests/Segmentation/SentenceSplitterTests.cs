using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Segmentation;

/// <summary>Sentence rules, one per test, through the whole foundation pipeline (so offsets are checked too).</summary>
public class SentenceSplitterTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    private static AnalyzedDocument Run(string text)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return doc;
    }

    private static string[] Sentences(string text)
    {
        var doc = Run(text);
        return [.. doc.Sentences.Select(s => doc.TextOf(s.Span))];
    }

    [Fact]
    public void PeriodEndsASentence() =>
        Assert.Equal(["ولد لينين عام 1870.", "توفي عام 1924."], Sentences("ولد لينين عام 1870. توفي عام 1924."));

    [Fact]
    public void ArabicQuestionMarkEndsASentence() =>
        Assert.Equal(["متى قامت الثورة؟", "قامت عام 1917."], Sentences("متى قامت الثورة؟ قامت عام 1917."));

    [Fact]
    public void ExclamationAndQuestionRunStaysTogether() =>
        Assert.Equal(["أحقاً مات؟!", "نعم."], Sentences("أحقاً مات؟! نعم."));

    [Fact]
    public void ArabicSemicolonJoinsClausesOfOneSentence() =>
        Assert.Single(Sentences("درس القانون؛ ثم عمل محامياً."));

    [Fact]
    public void DecimalPointDoesNotEndASentence() =>
        Assert.Single(Sentences("بلغ عدد السكان 3.5 مليون نسمة في ذلك العام."));

    [Fact]
    public void ArabicDecimalSeparatorDoesNotEndASentence() =>
        Assert.Single(Sentences("بلغت النسبة ٣٫٥ بالمئة."));

    [Fact]
    public void BeforeChristAbbreviationDoesNotEndASentence() =>
        Assert.Single(Sentences("ولد الإسكندر سنة 356 ق.م في مقدونيا."));

    [Fact]
    public void DoctorAbbreviationDoesNotEndASentence() =>
        Assert.Single(Sentences("ألقى د. أحمد زكي محاضرة عن تاريخ مصر."));

    [Fact]
    public void YearMarkerFollowedByPeriodEndsTheSentence() =>
        Assert.Equal(["ولد عام 1870م.", "ثم انتقل إلى قازان."], Sentences("ولد عام 1870م. ثم انتقل إلى قازان."));

    [Fact]
    public void HijriMarkerFollowedByPeriodEndsTheSentence() =>
        Assert.Equal(["توفي سنة 808 هـ.", "ودفن في القاهرة."], Sentences("توفي سنة 808 هـ. ودفن في القاهرة."));

    [Fact]
    public void BeforeChristChainWithFinalPeriodEndsTheSentence() =>
        Assert.Equal(["مات سنة 323 ق.م.", "وتقاسم قادته ملكه."], Sentences("مات سنة 323 ق.م. وتقاسم قادته ملكه."));

    [Fact]
    public void EllipsisStaysWithItsSentence() =>
        Assert.Equal(["وكان ما كان...", "ثم رحل."], Sentences("وكان ما كان... ثم رحل."));

    [Fact]
    public void LineBreakEndsASentence() =>
        Assert.Equal(["ولد في سيمبيرسك", "ودرس في قازان"], Sentences("ولد في سيمبيرسك\nودرس في قازان").Select(s => s).ToArray());

    [Fact]
    public void ShortLineWithoutFinalPunctuationIsAHeading()
    {
        var doc = Run("أسرته ودراسته\nولد لينين في سيمبيرسك عام 1870.");
        Assert.Equal(SentenceKind.Heading, doc.Sentences[0].Kind);
        Assert.Equal(SentenceKind.Body, doc.Sentences[1].Kind);
        Assert.Equal(0, doc.Sentences[1].Heading);
    }

    [Fact]
    public void LongLineWithoutFinalPunctuationIsBody()
    {
        var doc = Run("ولد فلاديمير إيليتش أوليانوف المعروف باسم لينين في مدينة سيمبيرسك على نهر الفولغا في العاشر من نيسان عام 1870");
        Assert.Equal(SentenceKind.Body, doc.Sentences[0].Kind);
    }

    [Theory]
    [InlineData("- ولد عام 1870.")]
    [InlineData("• ولد عام 1870.")]
    [InlineData("* ولد عام 1870.")]
    [InlineData("1. ولد عام 1870.")]
    [InlineData("١- ولد عام 1870.")]
    [InlineData("2) ولد عام 1870.")]
    public void ListMarkersMakeListItems(string line)
    {
        var doc = Run(line);
        Assert.Single(doc.Sentences);
        Assert.Equal(SentenceKind.ListItem, doc.Sentences[0].Kind);
    }

    [Fact]
    public void YearAtTheStartOfALineIsNotAListMarker()
    {
        var doc = Run("1917 عام الثورتين في روسيا.");
        Assert.Equal(SentenceKind.Body, doc.Sentences[0].Kind);
    }

    [Fact]
    public void SentencesUnderAHeadingPointToIt()
    {
        var doc = Run("النشأة\nولد عام 1870. ودرس في قازان.\nالوفاة\nتوفي عام 1924.");
        Assert.Equal([-1, 0, 0, -1, 3], doc.Sentences.Select(s => s.Heading).ToArray());
    }

    [Fact]
    public void CrLfLineEndingsKeepOffsetsExact()
    {
        const string text = "العنوان\r\nولد عام 1870.\r\nتوفي عام 1924.\r\n";
        Assert.Equal(["العنوان", "ولد عام 1870.", "توفي عام 1924."], Sentences(text));
    }

    [Fact]
    public void HarakatDoNotBreakSentenceSpans()
    {
        Assert.Equal(["وُلِدَ عامَ ١٨٧٠.", "تُوُفِّيَ."], Sentences("وُلِدَ عامَ ١٨٧٠. تُوُفِّيَ."));
    }
}
