using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Clustering on documents of growing size with ever more distinct people: the candidate groups looked at and the
/// bytes allocated per mention stay bounded. Comparing each mention with every group (as the clusterer once did)
/// makes both grow with the number of groups, and fails these tests.
/// </summary>
public class ClusteringGrowthTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly MentionClusterer Clusterer = new(NerLexicon.LoadDefault());

    /// <summary>Full names from the person list whose last word no other chosen name has.</summary>
    private static readonly string[][] Names = LoadNames();

    private static readonly string[] Cities = ["قازان", "موسكو", "دمشق", "القاهرة", "بغداد", "تونس", "بيروت", "الرباط"];

    private static string[][] LoadNames()
    {
        // A last word no other chosen name has anywhere, and no word that is another's last word.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lasts = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string[]>();
        foreach (var line in File.ReadLines(SharedData.Repo("src", "Tarikh.Core", "Entities", "Data", "persons.tsv")))
        {
            var cols = line.Split('\t');
            if (line.StartsWith('#') || cols.Length < 2 || cols[1] != "person")
            {
                continue;
            }

            var name = cols[0].Split(' ');
            if (name.Length is < 2 or > 3 || name.Any(w => w.Length < 3 || !w.All(char.IsLetter) || lasts.Contains(w)) || words.Contains(name[^1]))
            {
                continue;
            }

            lasts.Add(name[^1]);
            words.UnionWith(name);
            names.Add(name);
        }

        return [.. names];
    }

    /// <summary>A document of <paramref name="people"/> short paragraphs, each about a different person; its mentions.</summary>
    private static (AnalyzedDocument Doc, List<MentionDraft> Drafts) Build(int people)
    {
        var text = new System.Text.StringBuilder();
        var wanted = new List<(int Start, string Phrase, int Type)>();
        for (var p = 0; p < people; p++)
        {
            var name = Names[p];
            var city = Cities[p % Cities.Length];
            void Put(string phrase, int type)
            {
                wanted.Add((text.Length, phrase, type));
                text.Append(phrase);
            }

            text.Append("ولد ");
            Put(string.Join(' ', name), 0);
            text.Append(" في ");
            Put(city, 1);
            text.Append($" سنة {1800 + p % 150}. ودرس ");
            Put(name[^1], 0);
            text.Append(" الطب في ");
            Put(city, 1);
            text.Append(" ثم عاد إليها.\n");
        }

        var doc = Foundation.Run(new SourceText(text.ToString()));
        var drafts = new List<MentionDraft>();
        foreach (var (start, phrase, type) in wanted)
        {
            var first = doc.FirstTokenAtOrAfter(start);
            var count = phrase.Split(' ').Length;
            var words = Enumerable.Range(first, count).Select(k => doc.Tokens[k].Norm).ToArray();
            drafts.Add(new MentionDraft(first, first + count, type, new TextSpan(start, start + phrase.Length), words, 0.9, MentionSource.Tagger));
        }

        return (doc, drafts);
    }

    [Fact]
    public void EnoughDistinctNames() => Assert.True(Names.Length >= 1600, $"{Names.Length} names");

    [Fact]
    public void CandidatesPerMentionStayBounded()
    {
        double PerMention(int people)
        {
            var (doc, drafts) = Build(people);
            var result = Clusterer.Cluster(doc, drafts, null, out var examined);
            // About one group per person (a few names share a transliteration skeleton), so the groups grow.
            Assert.InRange(result.Clusters.Length, people * 8 / 10, people + Cities.Length);
            return examined / (double)drafts.Count;
        }

        var small = PerMention(200);
        var large = PerMention(1600);
        Assert.True(small > 0);
        Assert.True(large <= 1.5 * small, $"candidates per mention grew from {small:F2} to {large:F2} (8x the people)");
    }

    [Fact]
    public void AllocationsPerMentionStayBounded()
    {
        double PerMention(int people)
        {
            var (doc, drafts) = Build(people);
            Clusterer.Cluster(doc, drafts); // warm
            var before = GC.GetAllocatedBytesForCurrentThread();
            Clusterer.Cluster(doc, drafts);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)drafts.Count;
        }

        var small = PerMention(200);
        var large = PerMention(1600);
        Assert.True(large <= 1.5 * small, $"bytes per mention grew from {small:F0} to {large:F0} (8x the people)");
    }
}
