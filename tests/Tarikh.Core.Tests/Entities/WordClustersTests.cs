using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

public class WordClustersTests
{
    private static (string Base, string Form)[] Sentence(string text)
        => text.Split(' ').Select(w => NerWord.FromRaw(w).Token).Select(t => (t.Base, t.Norm)).ToArray();

    // Names after "قال الرئيس" and before "في", and cities after "سافر إلى": two context families.
    private static readonly (string Base, string Form)[][] Text =
    [
        .. new[] { "كمال", "جمال", "حسني", "فؤاد" }.SelectMany(n => new[]
        {
            Sentence($"قال الرئيس {n} في خطاب"),
            Sentence($"وقال الرئيس {n} في بيان"),
        }),
        .. new[] { "باريس", "لندن", "موسكو", "برلين" }.SelectMany(c => new[]
        {
            Sentence($"سافر الوفد إلى {c} يوم الأحد"),
            Sentence($"وصل الوفد إلى {c} يوم الاثنين"),
        }),
    ];

    // Clusters are keyed by the word's base after proclitics, as the features look them up.
    private static uint Code(WordClusters clusters, string word) => clusters.Of(NerWord.FromRaw(word).Token.Base);

    private static WordClusters Learn() => WordClusters.Learn(Text, new WordClusters.Options([2, 64], ContextWords: 50, Seed: 7));

    [Fact]
    public void WordsInTheSameContextsShareACluster()
    {
        // At the fine level (as many clusters as words) the two families must separate; at every
        // level, words with the same contexts stay together.
        var clusters = Learn();
        for (var level = 0; level < 2; level++)
        {
            Assert.NotEqual(0u, WordClusters.Level(Code(clusters, "كمال"), level));
            Assert.Equal(WordClusters.Level(Code(clusters, "كمال"), level), WordClusters.Level(Code(clusters, "فؤاد"), level));
            Assert.Equal(WordClusters.Level(Code(clusters, "باريس"), level), WordClusters.Level(Code(clusters, "موسكو"), level));
        }

        Assert.NotEqual(WordClusters.Level(Code(clusters, "كمال"), 1), WordClusters.Level(Code(clusters, "باريس"), 1));
    }

    [Fact]
    public void AnUnseenWordHasNoCluster() => Assert.Equal(0u, Code(Learn(), "رامسفيلد"));

    [Fact]
    public void LearningIsDeterministicAndSurvivesSaving()
    {
        var a = Learn();
        var b = Learn();
        Assert.Equal(a.Entries.OrderBy(p => p.Key, StringComparer.Ordinal), b.Entries.OrderBy(p => p.Key, StringComparer.Ordinal));
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            a.Save(w);
        }

        ms.Position = 0;
        using var r = new BinaryReader(ms);
        var copy = WordClusters.Load(r);
        Assert.Equal(a.Sizes, copy.Sizes);
        Assert.Equal(Code(a, "لندن"), Code(copy, "لندن"));
        Assert.NotEqual(0u, Code(copy, "لندن"));
    }

    [Fact]
    public void ClusterFeaturesDependOnTheCluster()
    {
        var clusters = Learn();
        var features = new NerFeatures(NerLexicon.LoadDefault());
        var words = "التقى الرئيس كمال".Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();
        var withClusters = features.Extract(words, null, clusters).Of(2).ToArray();
        var without = features.Extract(words).Of(2).ToArray();
        Assert.NotEqual(withClusters, without);
    }
}
