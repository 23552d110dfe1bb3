using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Pipeline;
using Tarikh.Testing;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// The document index is built once per document and handed on (issue 18, issue 12's "one index read by every later
/// stage"): the checks stage reads the index the claims stage built; a copy that changed a layer the index reads gets a
/// new index, never the stale one; whether the index was built never changes the document's equality.
/// </summary>
public class DocumentIndexCarriedTests
{
    private static readonly Lazy<(AnalysisPipeline Pipeline, TarikhResources Resources)> Setup = new(() =>
    {
        var resources = TarikhResources.LoadDefault();
        return (TarikhPipeline.CreateDefault(resources), resources);
    });

    private const string Text = "ولد الشاعر سليم الحداد في بيروت عام 1890، وتوفي في القاهرة عام 1950. "
        + "نشر ديوانه الأول عام 1920، وتزوج من ليلى الخوري عام 1922.";

    private static AnalyzedDocument Run(string text = Text)
    {
        var doc = Setup.Value.Pipeline.Run(new SourceText(text, "test"));
        SpanAssert.Document(doc);
        return doc;
    }

    // The claims stage builds the index on its input; the checks stage, given the claims stage's output, reads that
    // same build (re-pointed at the document it checks), and does not build a second one.
    [Fact]
    public void TheChecksStageReadsTheIndexTheClaimsStageBuilt()
    {
        var doc = new AnalyzedDocument(new SourceText(Text, "test"));
        ClaimsStage? claims = null;
        foreach (var stage in Setup.Value.Pipeline.Stages)
        {
            if (stage is ClaimsStage c)
            {
                claims = c;
                break;
            }

            doc = stage.Run(doc);
        }

        Assert.NotNull(claims);
        Assert.Null(doc.IndexField);
        var afterClaims = claims.Run(doc);
        var built = doc.IndexField;
        Assert.NotNull(built);
        Assert.Same(doc, built.Document);

        var checker = Setup.Value.Resources.Checker;
        var ctx = new CheckContext(afterClaims, checker.Lexicon, checker.Options);
        Assert.True(ctx.Index.SharesBuildWith(built), "the checks stage built a second index");
        Assert.Same(afterClaims, ctx.Index.Document);
        Assert.Equal(afterClaims.Claims, ctx.Claims);
    }

    // The pipeline's output does not keep the index alive (the checks stage is its last reader); asked for, it is built.
    [Fact]
    public void ThePipelineOutputDoesNotKeepTheIndex()
    {
        var doc = Run();
        Assert.Null(doc.IndexField);
        Assert.Same(doc, DocumentIndex.For(doc).Document);
        Assert.NotNull(doc.IndexField);
    }

    // Asked twice for the same document: the same index object.
    [Fact]
    public void TheSameDocumentGivesTheSameIndex()
    {
        var doc = Run();
        Assert.Same(DocumentIndex.For(doc), DocumentIndex.For(doc));
        Assert.Same(doc, DocumentIndex.For(doc).Document);
    }

    // A copy that adds layers the index does not read shares the build, pointed at the copy.
    [Fact]
    public void ACopyWithOtherLayersSharesTheBuild()
    {
        var doc = Run();
        var index = DocumentIndex.For(doc);
        var copy = doc with { Claims = ImmutableArray<Claim>.Empty, Flags = ImmutableArray<Flag>.Empty, Id = "other" };
        var handed = DocumentIndex.For(copy);
        Assert.True(handed.SharesBuildWith(index));
        Assert.Same(copy, handed.Document);
        Assert.Same(index, DocumentIndex.For(doc)); // the original keeps its own
    }

    /// <summary>Copies that change one layer the index reads (a new array even when its content is equal).</summary>
    public static TheoryData<string> ChangedLayers() =>
        ["source", "sentences", "tokens", "timexes", "entities", "clusters", "events", "subject"];

    private static AnalyzedDocument Change(AnalyzedDocument doc, string layer) => layer switch
    {
        "source" => doc with { Source = new SourceText(doc.Source.Text, "test") },
        "sentences" => doc with { Sentences = [.. doc.Sentences] },
        "tokens" => doc with { Tokens = [.. doc.Tokens] },
        "timexes" => doc with { Timexes = [.. doc.Timexes.Take(1)] },
        "entities" => doc with { Entities = [], Clusters = [] },
        "clusters" => doc with { Clusters = [.. doc.Clusters] },
        "events" => doc with { Events = [] },
        "subject" => doc with { Subject = doc.Subject is null ? 0 : null },
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };

    // A copy with a changed indexed layer gets a new index, built from its own layers.
    [Theory]
    [MemberData(nameof(ChangedLayers))]
    public void ACopyWithAChangedIndexedLayerGetsANewIndex(string layer)
    {
        var doc = Run();
        var index = DocumentIndex.For(doc);
        var changed = Change(doc, layer);
        var fresh = DocumentIndex.For(changed);
        Assert.False(fresh.SharesBuildWith(index), $"the index built before '{layer}' changed was reused");
        Assert.Same(changed, fresh.Document);
        Assert.Same(fresh, DocumentIndex.For(changed));
    }

    // What the new index says follows the copy's layers: no mentions once the entity layer is emptied.
    [Fact]
    public void TheNewIndexReadsTheChangedLayer()
    {
        var doc = Run();
        var index = DocumentIndex.For(doc);
        Assert.Contains(Enumerable.Range(0, doc.Tokens.Length), k => index.MentionAtToken(k) >= 0);
        var fresh = DocumentIndex.For(Change(doc, "entities"));
        Assert.All(Enumerable.Range(0, doc.Tokens.Length), k => Assert.Equal(-1, fresh.MentionAtToken(k)));
    }

    // Building the index does not change the document's record equality or hash code.
    [Fact]
    public void BuildingTheIndexLeavesEqualityAlone()
    {
        var doc = Run();
        var copy = doc with { };
        var hash = copy.GetHashCode();
        Assert.Equal(doc, copy);
        DocumentIndex.For(doc);
        Assert.NotNull(doc.IndexField);
        Assert.Null(copy.IndexField);
        Assert.Equal(doc, copy);
        Assert.Equal(hash, copy.GetHashCode());
        Assert.Equal(doc.GetHashCode(), copy.GetHashCode());
    }

    // Documents analysed at the same time each get the index of their own layers.
    [Fact]
    public void ConcurrentDocumentsKeepTheirOwnIndexes()
    {
        string[] texts = [Text, "توفي الكاتب نادر الخوري في دمشق عام 1990.", "أسس رشيد القاسمي فرقة مسرحية في تونس عام 1930."];
        var docs = texts.Select(t => Run(t)).ToArray();
        var copies = docs.Select(d => d with { Flags = [] }).ToArray();
        var results = new DocumentIndex[copies.Length * 4];
        Parallel.For(0, results.Length, i => results[i] = DocumentIndex.For(copies[i % copies.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Same(copies[i % copies.Length], results[i].Document);
            Assert.Equal(copies[i % copies.Length].Tokens.Length, results[i].Tokens.Length);
        }
    }
}
