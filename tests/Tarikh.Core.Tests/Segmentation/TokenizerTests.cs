using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Segmentation;

/// <summary>Tokens and clitics, one rule per test.</summary>
public class TokenizerTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    private static (AnalyzedDocument Doc, Token Token) TokenOf(string text, string word)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return (doc, doc.Tokens.Single(t => doc.TextOf(t.Span) == word));
    }

    [Theory]
    [InlineData("وبالقاهرة", Proclitics.Wa | Proclitics.Bi | Proclitics.Al, "قاهره")]
    [InlineData("للمدرسة", Proclitics.Li | Proclitics.Al, "مدرسه")]
    [InlineData("فالحرب", Proclitics.Fa | Proclitics.Al, "حرب")]
    [InlineData("كالمعتاد", Proclitics.Ka | Proclitics.Al, "معتاد")]
    [InlineData("والثورة", Proclitics.Wa | Proclitics.Al, "ثوره")]
    [InlineData("بموسكو", Proclitics.Bi, "موسكو")]
    [InlineData("ولموسكو", Proclitics.Wa | Proclitics.Li, "موسكو")]
    [InlineData("سيعود", Proclitics.Sa, "يعود")]
    [InlineData("كمستشار", Proclitics.Ka, "مستشار")]
    [InlineData("وفي", Proclitics.Wa, "في")]
    [InlineData("الدولة", Proclitics.Al, "دوله")]
    public void ProcliticChainsAreSplitOff(string word, Proclitics clitics, string @base)
    {
        var (_, token) = TokenOf($"قال إن {word} كثير.", word);
        Assert.Equal(clitics, token.Clitics);
        Assert.Equal(@base, token.Base);
    }

    [Theory]
    [InlineData("ولد")]
    [InlineData("والده")]
    [InlineData("والدته")]
    [InlineData("فيلم")]
    [InlineData("بلد")]
    [InlineData("كتب")]
    [InlineData("سنة")]
    [InlineData("فيها")]
    [InlineData("ألمانيا")]
    [InlineData("ألقى")]
    public void WordsThatOnlyLookCliticizedKeepTheirLetters(string word)
    {
        var (_, token) = TokenOf($"ذكر أن {word} هنا.", word);
        Assert.Equal(Proclitics.None, token.Clitics);
    }

    [Fact]
    public void CliticSubSpansPointIntoTheOriginalText()
    {
        const string text = "وَبِالقاهرة";
        var (doc, token) = TokenOf(text, text);
        var parts = token.CliticSpans(doc.Normalized!).Select(p => (p.Kind, doc.TextOf(p.Span))).ToList();
        Assert.Equal([(Proclitics.Wa, "وَ"), (Proclitics.Bi, "بِ"), (Proclitics.Al, "ال")], parts);
        Assert.Equal("قاهرة", doc.TextOf(token.BaseSpan(doc.Normalized!)));
    }

    [Fact]
    public void LilArticleIsTwoLettersForTwoClitics()
    {
        var (doc, token) = TokenOf("للمدرسة", "للمدرسة");
        var parts = token.CliticSpans(doc.Normalized!).Select(p => doc.TextOf(p.Span)).ToList();
        Assert.Equal(["ل", "ل"], parts);
    }

    [Fact]
    public void BaseCandidatesStripOneCliticAtATime()
    {
        var (_, token) = TokenOf("وبالقاهرة", "وبالقاهرة");
        Assert.Equal("وبالقاهره", token.BaseCandidate(0).ToString());
        Assert.Equal("بالقاهره", token.BaseCandidate(1).ToString());
        Assert.Equal("القاهره", token.BaseCandidate(2).ToString());
        Assert.Equal("قاهره", token.BaseCandidate(3).ToString());
    }

    [Theory]
    [InlineData("و1918", Proclitics.Wa, "1918")]
    [InlineData("و١٩١٨", Proclitics.Wa, "1918")]
    [InlineData("ب1917", Proclitics.Bi, "1917")]
    [InlineData("وب1917", Proclitics.Wa | Proclitics.Bi, "1917")]
    public void NumbersKeepTheirAttachedClitics(string word, Proclitics clitics, string @base)
    {
        var (_, token) = TokenOf($"بين عامي 1914 {word} حدث ذلك", word);
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(clitics, token.Clitics);
        Assert.Equal(@base, token.Base);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1,000")]
    [InlineData("١٬٠٠٠")]
    public void NumbersKeepInnerSeparators(string number)
    {
        var (_, token) = TokenOf($"بلغ العدد {number} شخص", number);
        Assert.Equal(TokenKind.Number, token.Kind);
    }

    [Fact]
    public void CommaBetweenYearsSeparatesThem()
    {
        var doc = Pipeline.Run(new SourceText("في الأعوام 1917,1918"));
        Assert.Equal(["1917", ",", "1918"], doc.Tokens.Skip(2).Select(t => doc.TextOf(t.Span)).ToArray());
    }

    [Fact]
    public void LatinWordsInsideArabicAreLatinTokens()
    {
        var (_, token) = TokenOf("فلاديمير لينين (Vladimir Lenin)", "Vladimir");
        Assert.Equal(TokenKind.Latin, token.Kind);
        Assert.Equal("vladimir", token.Norm);
    }

    [Fact]
    public void PunctuationIsItsOwnToken()
    {
        var doc = Pipeline.Run(new SourceText("نيسان/ أبريل، 1870."));
        Assert.Equal(["نيسان", "/", "أبريل", "،", "1870", "."], doc.Tokens.Select(t => doc.TextOf(t.Span)).ToArray());
        Assert.Equal(TokenKind.Punctuation, doc.Tokens[3].Kind);
    }

    [Fact]
    public void TatweelAndHarakatStayInsideTheirToken()
    {
        var doc = Pipeline.Run(new SourceText("القــاهِرَة"));
        var token = Assert.Single(doc.Tokens);
        Assert.Equal("القــاهِرَة", doc.TextOf(token.Span));
        Assert.Equal("القاهره", token.Norm);
    }

    [Fact]
    public void EveryTokenNamesItsSentence()
    {
        var doc = Pipeline.Run(new SourceText("ولد عام 1870. توفي عام 1924."));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], doc.Tokens.Select(t => t.Sentence).ToArray());
    }
}
