using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Pipeline;

/// <summary>
/// The shared article (a real Arabic biography, 29 KB) repeated 1, 4 and 16 times, each copy about another man (the subject's
/// names replaced by a name from the person list) with its years moved: the work of the events, timeline, claims and checks
/// stages per input byte stays bounded as the document grows. Work is counted, never timed: the bytes the stage allocates on
/// its thread, and for the claims and checks the index's probes (<see cref="DocumentIndex.Probes"/>: binary searches for a
/// span's token and candidates visited by its lookups). A stage that scans every mention, event or claim of the document for
/// each trigger, claim or mention grows with the square of the input and fails here (checked: with the person's gender read
/// from all his mentions for every trigger, the claim extraction went from 0.95 to 13.4 probes and from 91 to 791 bytes per
/// byte; with the stated founding names all compared for every listed body found, the anachronism rule from 18.7 to 31.2 B/B).
/// </summary>
public class StageGrowthTests : IClassFixture<StageGrowthTests.Documents>
{
    /// <summary>How much faster than the input a count may grow from 1× to 16× (per byte: at most this ratio).</summary>
    private const double Bound = 1.5;

    private readonly Documents _docs;

    public StageGrowthTests(Documents docs) => _docs = docs;

    /// <summary>The three documents, analysed once for all tests, and the work of each stage measured on them.</summary>
    public sealed class Documents
    {
        public Documents()
        {
            var article = File.ReadAllText(SharedData.LeninArticlePath);
            Resources = TarikhResources.LoadDefault();
            Pipeline = TarikhPipeline.CreateDefault(Resources);
            Kb = InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(SharedData.Repo("data", "kb", "lenin.json")));
            var names = GivenAndFamily();
            Runs = [.. new[] { 1, 4, 16 }.Select(n => Measure(Repeat(article, n, names)))];
        }

        public TarikhResources Resources { get; }

        public AnalysisPipeline Pipeline { get; }

        /// <summary>The article's knowledge base (data/kb/lenin.json): the first copy's subject links, the others' do not.</summary>
        public InMemoryKnowledgeBase Kb { get; }

        /// <summary>Per size (1×, 4×, 16×): the input bytes and the count of each part.</summary>
        public (double Bytes, Dictionary<string, double> Counts)[] Runs { get; }

        private (double, Dictionary<string, double>) Measure(string text)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            var bytes = (double)System.Text.Encoding.UTF8.GetByteCount(text);
            var doc = new AnalyzedDocument(new SourceText(text), null, null);
            foreach (var stage in Pipeline.Stages)
            {
                var a = GC.GetAllocatedBytesForCurrentThread();
                doc = stage.Run(doc);
                counts["bytes: stage " + stage.Name] = GC.GetAllocatedBytesForCurrentThread() - a;
            }

            var index = DocumentIndex.Build(doc);
            var before = index.Probes;
            var alloc = GC.GetAllocatedBytesForCurrentThread();
            var claims = Resources.Claims!.Extract(index);
            counts["bytes: claim extraction"] = GC.GetAllocatedBytesForCurrentThread() - alloc;
            counts["probes: claim extraction"] = index.Probes - before;
            Assert.NotEmpty(claims);

            var checker = Resources.Checker;
            var ctx = new CheckContext(doc, checker.Lexicon, checker.Options);
            foreach (var rule in checker.Rules)
            {
                before = ctx.Index.Probes;
                alloc = GC.GetAllocatedBytesForCurrentThread();
                _ = rule.Check(ctx).Count();
                counts["bytes: check " + rule.Id] = GC.GetAllocatedBytesForCurrentThread() - alloc;
                counts["probes: check " + rule.Id] = ctx.Index.Probes - before;
            }

            // The knowledge stage (round 14): the linker and the verifier, each on a fresh instance (no memo carried over from a
            // smaller document), with the verifier's per-document look-ups counted.
            var knowledge = new KnowledgeStage(Kb, new EntityLinker(), new ClaimVerifier());
            alloc = GC.GetAllocatedBytesForCurrentThread();
            var links = knowledge.Linker.Link(doc, Kb, (claim, item) => knowledge.Verifier.ClaimIsAnothers(doc, claim, item, Kb));
            counts["bytes: knowledge link"] = GC.GetAllocatedBytesForCurrentThread() - alloc;
            Assert.NotEmpty(links);
            alloc = GC.GetAllocatedBytesForCurrentThread();
            _ = knowledge.Verifier.Verify(doc, links, Kb);
            counts["bytes: knowledge verify"] = GC.GetAllocatedBytesForCurrentThread() - alloc;
            counts["probes: knowledge verify"] = knowledge.Verifier.CacheOf(doc).Probes;

            return (bytes, counts);
        }

        /// <summary>Given and family names from the person list (two-word names, each family name once).</summary>
        private static List<(string Given, string Family)> GivenAndFamily()
        {
            var families = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<(string, string)>();
            foreach (var line in File.ReadLines(SharedData.Repo("src", "Tarikh.Core", "Entities", "Data", "persons.tsv")))
            {
                var cols = line.Split('\t');
                var name = cols[0].Split(' ');
                if (!line.StartsWith('#') && cols.Length >= 2 && cols[1] == "person" && name.Length == 2
                    && name.All(w => w.Length >= 3 && w.All(char.IsLetter)) && families.Add(name[1]))
                {
                    names.Add((name[0], name[1]));
                }
            }

            return names;
        }

        /// <summary>The article <paramref name="times"/> times; copy i (from 1) names another man and moves its years by i.</summary>
        private static string Repeat(string article, int times, List<(string Given, string Family)> names)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < times; i++)
            {
                var copy = i == 0 ? article : article.Replace("فلاديمير", names[i].Given, StringComparison.Ordinal).Replace("لينين", names[i].Family, StringComparison.Ordinal);
                copy = i == 0 ? copy : System.Text.RegularExpressions.Regex.Replace(copy, "1[89][0-9][0-9]", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                text.Append(copy).Append("\n\n");
            }

            return text.ToString();
        }
    }

    public static TheoryData<string> Parts() =>
    [
        "bytes: stage entities", "bytes: stage events", "bytes: stage timeline", "bytes: stage claims", "bytes: stage checks",
        "bytes: claim extraction", "probes: claim extraction",
        "bytes: knowledge link", "bytes: knowledge verify", "probes: knowledge verify",
        .. ConsistencyChecker.RuleIds.SelectMany(id => new[] { "bytes: check " + id, "probes: check " + id }),
    ];

    [Theory]
    [MemberData(nameof(Parts))]
    public void WorkPerByteDoesNotGrowWithTheDocument(string part)
    {
        var (bytes1, counts1) = _docs.Runs[0];
        var (bytes16, counts16) = _docs.Runs[2];
        Assert.True(counts1.ContainsKey(part), $"{part}: not measured ({string.Join(", ", counts1.Keys)})");
        var small = counts1[part] / bytes1;
        var mid = _docs.Runs[1].Counts[part] / _docs.Runs[1].Bytes;
        var large = counts16[part] / bytes16;
        // A part that does (almost) nothing on this text has nothing to grow; 0.05 per byte is below any per-token work.
        Assert.True(large <= Bound * small + 0.05, $"{part}: {small:F2} → {mid:F2} → {large:F2} per byte at 1×, 4×, 16× the article");
    }

    /// <summary>
    /// Issue #18's target for the entity stage, ≤ 10 bytes allocated per input byte, held on the 16× article (the stage as the
    /// pipeline runs it, on a warm process: the third document measured). Round 13 brought the stage from 11.8 to 9.8 B/B
    /// on the 1 MB benchmark document (docs/benchmarks.md).
    /// </summary>
    [Fact]
    public void TheEntityStageAllocatesAtMostTenBytesPerInputByte()
    {
        var (bytes16, counts16) = _docs.Runs[2];
        var perByte = counts16["bytes: stage entities"] / bytes16;
        Assert.True(perByte <= 10.0, $"entity stage: {perByte:F2} B/B on the 16× article (bound 10)");
    }

    /// <summary>
    /// A ceiling on each consistency rule's allocations, held on the 16× article: at most <see cref="RuleBytesBound"/> bytes per
    /// input byte per rule and <see cref="ChecksBytesBound"/> for the whole checks stage. The growth test above cannot see a
    /// rule that allocates too much at every size: in round 19 the name-anomaly rule's closures reached 164 B/B at 256 KB (the
    /// whole pipeline 119 → 270 B/B) and stayed linear, so nothing failed (docs/benchmarks.md, round 19). The rules measured
    /// 0.03–21.8 B/B after the fix (the stage 61.9), 158.7 (the stage 208.4) with the closures put back, which fails here; the bounds leave room for new readers, not for a closure per token.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void NoRuleAllocatesFarMoreThanItsShare(string rule)
    {
        var (bytes16, counts16) = _docs.Runs[2];
        var perByte = counts16["bytes: check " + rule] / bytes16;
        Assert.True(perByte <= RuleBytesBound, $"{rule}: {perByte:F2} B/B on the 16× article (bound {RuleBytesBound})");
    }

    /// <summary>The checks stage as a whole (see <see cref="NoRuleAllocatesFarMoreThanItsShare"/>).</summary>
    [Fact]
    public void TheChecksStageAllocatesAtMostItsBound()
    {
        var (bytes16, counts16) = _docs.Runs[2];
        var perByte = counts16["bytes: stage checks"] / bytes16;
        Assert.True(perByte <= ChecksBytesBound, $"checks stage: {perByte:F2} B/B on the 16× article (bound {ChecksBytesBound})");
    }

    private const double RuleBytesBound = 40;

    private const double ChecksBytesBound = 100;

    public static TheoryData<string> RuleIds() => [.. ConsistencyChecker.RuleIds];
}
