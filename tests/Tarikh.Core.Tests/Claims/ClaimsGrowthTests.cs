using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// The claims stage on documents of two articles whose second one grows: the bytes the claim readers allocate per
/// sentence stay bounded. Asking "is this person named in the act's article?" by walking every sentence of the article
/// (as <see cref="DocumentIndex.InSegment"/> once did, with an enumerator per sentence) grows with the article's length
/// for every act read in it, and fails this test; so does any other per-act scan of the document.
/// </summary>
public class ClaimsGrowthTests
{
    /// <summary>Full names from the person list (two or three words), each last word once.</summary>
    private static readonly string[][] Names = LoadNames();

    private static string[][] LoadNames()
    {
        var lasts = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string[]>();
        foreach (var line in File.ReadLines(Tarikh.Testing.SharedData.Repo("src", "Tarikh.Core", "Entities", "Data", "persons.tsv")))
        {
            var cols = line.Split('\t');
            if (line.StartsWith('#') || cols.Length < 2 || cols[1] != "person")
            {
                continue;
            }

            var name = cols[0].Split(' ');
            if (name.Length is < 2 or > 3 || name.Any(w => w.Length < 3 || !w.All(char.IsLetter)) || !lasts.Add(name[^1]))
            {
                continue;
            }

            names.Add(name);
        }

        return [.. names];
    }

    /// <summary>
    /// A biography lead, then a second article (its own lead) of <paramref name="acts"/> dated acts, each of another person
    /// named for the first time there: every claim's person is first named far into the article.
    /// </summary>
    private static AnalyzedDocument TwoArticles(int acts)
    {
        var text = new System.Text.StringBuilder();
        text.Append("طه حسين (1889–1973) أديب ومفكر مصري. ولد طه حسين في قرية الكيلو بمحافظة المنيا عام 1889.\n");
        text.Append("نجيب محفوظ (1911–2006) روائي مصري. ولد نجيب محفوظ في حي الجمالية بالقاهرة عام 1911.\n");
        for (var i = 0; i < acts; i++)
        {
            text.Append($"وفي عام {1930 + (i % 70)} ولد {string.Join(' ', Names[i])} في القاهرة.\n");
        }

        return ClaimExtractorTests.Run(text.ToString());
    }

    private static double BytesPerSentence(int acts)
    {
        var doc = TwoArticles(acts);
        Assert.True(DocumentIndex.Build(doc).Segments.Length >= 2, "the second lead opens an article segment");
        ClaimExtractor.Default.Extract(DocumentIndex.Build(doc)); // warm
        var index = DocumentIndex.Build(doc);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var claims = ClaimExtractor.Default.Extract(index);
        Assert.True(claims.Length >= acts / 2, $"{claims.Length} claims for {acts} acts");
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)doc.Sentences.Length;
    }

    [Fact]
    public void EnoughDistinctNames() => Assert.True(Names.Length >= 800, $"{Names.Length} names");

    [Fact]
    public void AllocationsPerSentenceStayBounded()
    {
        var small = BytesPerSentence(100);
        var large = BytesPerSentence(800);
        Assert.True(small > 0);
        Assert.True(large <= 1.5 * small, $"claims allocations per sentence grew from {small:F0} to {large:F0} B (8x the sentences)");
    }

    [Fact]
    public void InSegmentAnswersAsAScanOfTheSegment()
    {
        var doc = TwoArticles(30);
        var index = DocumentIndex.Build(doc);
        Assert.True(index.Segments.Length >= 2);
        foreach (var cluster in doc.Clusters)
        {
            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var segment = index.Segments[index.SegmentOf(s)];
                var scanned = Enumerable.Range(segment.FirstSentence, segment.EndSentence - segment.FirstSentence)
                    .Any(x => index.MentionsInSentence(x).Any(m => index.PersonKey(doc.Entities[m].Cluster) == index.PersonKey(cluster.Id)));
                Assert.Equal(scanned, index.InSegment(cluster.Id, s));
            }
        }
    }
}
