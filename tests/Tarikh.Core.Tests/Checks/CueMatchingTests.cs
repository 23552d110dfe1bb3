using Tarikh.Core.Checks;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>Cue phrases found through the first-word index are those a scan of every phrase finds.</summary>
public class CueMatchingTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    // The rule the index must keep: the longest phrase that matches here, the first of the category among equals.
    private static CuePhrase? ScanAll(CheckContext ctx, int i, string category, out int length)
    {
        length = 0;
        CuePhrase? best = null;
        foreach (var p in ctx.Lexicon.Cues(category))
        {
            if (ctx.MatchPhrase(i, p.Tokens, out var n) && n > length)
            {
                best = p;
                length = n;
            }
        }

        return best;
    }

    [Fact]
    public void EveryTokenOfTheSharedArticleMatchesTheSameCueAsAFullScan()
    {
        var doc = Foundation.Run(new SourceText(File.ReadAllText(SharedData.LeninArticlePath)));
        var ctx = new CheckContext(doc, CheckLexicon.Default, ChecksOptions.Default);
        var found = 0;
        foreach (var category in ctx.Lexicon.CueCategories)
        {
            for (var i = 0; i < doc.Tokens.Length; i++)
            {
                var expected = ScanAll(ctx, i, category, out var expectedLength);
                var actual = ctx.MatchCue(i, category, out var actualLength);
                Assert.Same(expected, actual);
                Assert.Equal(expectedLength, actualLength);
                found += actual is null ? 0 : 1;
            }
        }

        Assert.True(found > 50, $"only {found} cues found: the comparison says little");
    }

    [Theory]
    [InlineData("وبالتأسيس الرسمي للحزب عام 1903 بدأت مرحلة جديدة.", "تاسيس")]
    [InlineData("أسسها عام 1919 في موسكو.", "اسسها")]
    public void AFoundingCueIsFoundWithOrWithoutItsPrefixes(string text, string normalizedCueWord)
    {
        var doc = Foundation.Run(new SourceText(text));
        var ctx = new CheckContext(doc, CheckLexicon.Default, ChecksOptions.Default);
        var at = Enumerable.Range(0, doc.Tokens.Length).First(i => ctx.MatchCue(i, "founding", out _) is not null);
        Assert.Equal(normalizedCueWord, ctx.MatchCue(at, "founding", out _)!.Tokens[0]);
    }
}
