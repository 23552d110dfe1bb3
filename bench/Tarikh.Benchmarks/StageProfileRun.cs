using System.Text;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- stage-profile FILE [runs] [--types]</c>: where the whole pipeline's CPU time and allocations go on one document,
/// stage by stage and, inside the last two stages, part by part: the document index, the claim extraction, the
/// check context and each check rule on its own (in the checker's order, on one shared context, so a lazy lookup
/// is charged to the first rule that asks for it), and the JSON output written to a null stream. One warm-up run, then <c>runs</c> runs (default 3); CPU is this
/// thread's (<c>CLOCK_THREAD_CPUTIME_ID</c>: the pipeline runs on one thread; not the JIT's or the collector's background
/// threads, and not other processes' — the machine is shared), bytes are this thread's (exact). With <c>--types</c>, the
/// allocated types of each part are sampled by the runtime's <c>GCAllocationTick</c> events (about one per 100 KB).
/// Also <c>-- pipeline-loop FILE N</c>: the pipeline N times and nothing else, to run under a profiler.
/// With <c>--kb DUMP</c> (a Wikidata-shaped JSON dump, read into memory) the knowledge stage runs after the checks, and its
/// linker and verifier are timed again on their own. The share columns are of the pipeline's stages plus the JSON output.
/// </summary>
public static class StageProfileRun
{
    /// <summary>Prints the table.</summary>
    public static void Run(string file, int runs, bool types, string? kbDump = null)
    {
        var resources = TarikhResources.LoadDefault();
        var pipeline = TarikhPipeline.CreateDefault(resources);
        Tarikh.Core.Knowledge.KnowledgeStage? knowledge = null;
        if (kbDump is not null)
        {
            knowledge = new Tarikh.Core.Knowledge.KnowledgeStage(Tarikh.Core.Knowledge.InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(kbDump)));
            pipeline = Tarikh.Core.Knowledge.KnowledgePipeline.WithKnowledge(pipeline, knowledge.KnowledgeBase);
        }

        var text = File.ReadAllText(file);
        var bytes = (double)Encoding.UTF8.GetByteCount(text);
        var cpu = new Dictionary<string, double>();
        var alloc = new Dictionary<string, long>();
        var order = new List<string>();
        AllocationTickListener? listener = null;

        void Measure(string name, Action action, bool count)
        {
            if (listener is not null)
            {
                listener.Part = name;
            }

            var c = TaggerProfileRun.ThreadCpuSeconds();
            var a = GC.GetAllocatedBytesForCurrentThread();
            action();
            var da = GC.GetAllocatedBytesForCurrentThread() - a;
            var dc = (TaggerProfileRun.ThreadCpuSeconds() - c) * 1000;
            if (count)
            {
                if (!cpu.ContainsKey(name))
                {
                    order.Add(name);
                }

                cpu[name] = cpu.GetValueOrDefault(name) + dc;
                alloc[name] = alloc.GetValueOrDefault(name) + da;
            }
        }

        for (var run = 0; run <= runs; run++)
        {
            var count = run > 0;
            if (count && types && listener is null)
            {
                listener = new AllocationTickListener();
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var doc = new AnalyzedDocument(new SourceText(text), null, null);
            foreach (var stage in pipeline.Stages)
            {
                Measure(stage.Name, () => doc = stage.Run(doc), count);
            }

            // The JSON the CLI writes (default options, to a null stream: the writer's own bytes, not the output's).
            Measure("json output", () => Tarikh.Core.Output.DocumentJsonWriter.Write(Stream.Null, doc), count);

            // The claims and checks stages again, part by part, on the finished document's layers.
            DocumentIndex? index = null;
            Measure("  claims: DocumentIndex.Build", () => index = DocumentIndex.Build(doc), count);
            Measure("  claims: ClaimExtractor.Extract(index)", () => resources.Claims!.Extract(index!), count);
            CheckContext? ctx = null;
            var checker = resources.Checker;
            Measure("  checks: CheckContext (index again)", () => ctx = new CheckContext(doc, checker.Lexicon, checker.Options), count);
            foreach (var rule in checker.Rules)
            {
                Measure("  checks: " + rule.Id, () => rule.Check(ctx!).Count(), count);
            }

            if (knowledge is not null)
            {
                var links = System.Collections.Immutable.ImmutableArray<Tarikh.Core.Knowledge.KbLink>.Empty;
                Measure("  knowledge: link", () => links = knowledge.Linker.Link(doc, knowledge.KnowledgeBase,
                    (claim, item) => knowledge.Verifier.ClaimIsAnothers(doc, claim, item, knowledge.KnowledgeBase)), count);
                Measure("  knowledge: verify", () => knowledge.Verifier.Verify(doc, links, knowledge.KnowledgeBase), count);
            }
        }

        Console.WriteLine($"{Path.GetFileName(file)}: {bytes:N0} B, mean of {runs} runs after one warm-up");
        // Shares of the whole: the pipeline's stages and the JSON output (the indented part-by-part rows are not in the sum).
        var whole = order.Where(n => !n.StartsWith(' ')).ToList();
        var cpuSum = whole.Sum(n => cpu[n]);
        var allocSum = (double)whole.Sum(n => alloc[n]);
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"whole pipeline + output: {cpuSum / runs:F0} ms cpu, {bytes / (1 << 20) / (cpuSum / runs / 1000):F2} MB/s cpu, {allocSum / runs / bytes:F2} B/B"));
        Console.WriteLine($"{"part",-44} {"cpu ms",8} {"MB/s cpu",8} {"alloc B/B",9} {"cpu %",6} {"alloc %",7}");
        foreach (var name in order)
        {
            var ms = cpu[name] / runs;
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{name,-44} {ms,8:F0} {(ms > 0 ? bytes / (1 << 20) / (ms / 1000) : double.PositiveInfinity),8:F2} {alloc[name] / (double)runs / bytes,9:F2} {100 * cpu[name] / cpuSum,6:F1} {100 * alloc[name] / allocSum,7:F1}"));
        }

        if (listener is not null)
        {
            listener.Dispose();
            foreach (var group in listener.Bytes.GroupBy(kv => kv.Key.Part).OrderByDescending(g => g.Sum(kv => kv.Value)).Take(12))
            {
                Console.WriteLine($"-- {group.Key}");
                foreach (var kv in group.OrderByDescending(kv => kv.Value).Take(12))
                {
                    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {kv.Value / (double)runs / bytes,6:F2} B/B  {kv.Key.Type}"));
                }
            }
        }
    }

    /// <summary>The pipeline on the file <paramref name="times"/> times (for a profiler).</summary>
    public static void Loop(string file, int times)
    {
        var resources = TarikhResources.LoadDefault();
        var pipeline = TarikhPipeline.CreateDefault(resources);
        var text = File.ReadAllText(file);
        for (var i = 0; i < times; i++)
        {
            GC.KeepAlive(pipeline.Run(new SourceText(text)));
        }
    }
}
