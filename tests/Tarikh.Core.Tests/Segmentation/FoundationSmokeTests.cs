using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Segmentation;

public class FoundationSmokeTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    [Fact]
    public void LeninArticleLayersHoldTheSpanAssertion()
    {
        var text = File.ReadAllText(SharedData.LeninArticlePath);
        var doc = Pipeline.Run(new SourceText(text, "lenin"));
        SpanAssert.Document(doc);
        Assert.Equal(2, doc.Noise.Length);
        Assert.True(doc.Sentences.Length > 100);
    }

    [Fact]
    public void ConjunctionPrepositionAndArticleAreSplitOff()
    {
        var doc = Pipeline.Run(new SourceText("ذهب وبالقاهرة التقى."));
        var token = doc.Tokens.Single(t => doc.TextOf(t.Span) == "وبالقاهرة");
        Assert.Equal(Proclitics.Wa | Proclitics.Bi | Proclitics.Al, token.Clitics);
        Assert.Equal("قاهره", token.Base);
    }

    [Fact]
    public void NumberKeepsItsConjunction()
    {
        var doc = Pipeline.Run(new SourceText("بين عامي 1917 و1918"));
        var token = doc.Tokens[^1];
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(Proclitics.Wa, token.Clitics);
        Assert.Equal("1918", token.Base);
    }
}
