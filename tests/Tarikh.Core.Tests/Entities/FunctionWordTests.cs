using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>Function words spelled with alef maksura never become names (على is not علي).</summary>
public class FunctionWordTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    [Theory]
    [InlineData("على", true)]
    [InlineData("وعلى", true)]
    [InlineData("عَلَى", true)]
    [InlineData("إلى", true)]
    [InlineData("وإلى", true)]
    [InlineData("حتى", true)]
    [InlineData("متى", true)]
    [InlineData("لدى", true)]
    [InlineData("علي", false)]
    [InlineData("والي", false)]
    [InlineData("مصطفى", false)]
    [InlineData("موسى", false)]
    [InlineData("معلى", false)]
    public void AFunctionWordIsProtectedOnlyWhenSpelledWithAlefMaksura(string word, bool isProtected)
    {
        var w = NerWord.FromRaw(word);
        Assert.Equal(isProtected, FunctionWords.IsProtected(word, Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(word), w.Token.PrefixLength));
    }

    [Fact]
    public void TheTaggerSeesTheprepositionApartFromTheName()
    {
        Assert.NotEqual(NerWord.FromRaw("على").Token.Norm, NerWord.FromRaw("علي").Token.Norm);
        Assert.NotEqual(NerWord.FromRaw("وعلى").Token.Base, NerWord.FromRaw("وعلي").Token.Base);
        Assert.Equal(NerWord.FromRaw("مصطفى").Token.Norm, NerWord.FromRaw("مصطفي").Token.Norm);
    }

    [Fact]
    public void ThePrepositionIsNeverAPerson()
    {
        var doc = Pipeline.Run(new SourceText("تولى علي بن أبي طالب الخلافة سنة 35 هـ. واستولى الصليبيون على القدس، وحصل علي على الأمان."));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "على" or "وعلى" || e.Text.StartsWith("على ", StringComparison.Ordinal) || e.Text.EndsWith(" على", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Text.StartsWith("علي", StringComparison.Ordinal) && e.Label == EntityLabels.Person);
    }

    [Fact]
    public void InsideARegnalNameThePrepositionStays()
    {
        var doc = Pipeline.Run(new SourceText("بويع الخليفة المتوكل على الله في بغداد سنة 232 هـ."));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "على");
    }
}
