using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage.Knowledge;

namespace Tarikh.Benchmarks;

/// <summary>
/// What linking and verification add to <c>analyze</c> (issue #13: at most 20% with a KB of one million entities, on a
/// 30 KB article): the shared 29 KB article through the default pipeline (<c>Analyze</c>), and the knowledge stage
/// alone on that analysis, against the SQLite KB named by <c>$TARIKH_BENCH_KB</c> (made by <c>tarikh kb synth</c> +
/// <c>tarikh kb import</c>; default: data/kb/lenin.json imported into a temporary file). <c>LinkAndVerifyColdKb</c>
/// opens the KB file for every document (as one <c>tarikh analyze</c> process does: no entity or lookup cached);
/// <c>LinkAndVerifyWarmKb</c> keeps one open (as <c>tarikh serve</c> and a folder of documents do).
/// </summary>
[MemoryDiagnoser]
public class KnowledgeOverheadBenchmarks
{
    private AnalysisPipeline _pipeline = null!;
    private SourceText _source = null!;
    private AnalyzedDocument _analyzed = null!;
    private string _kbPath = "";
    private string? _tempDir;
    private SqliteKnowledgeBase _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        _source = new SourceText(File.ReadAllText(Path.Combine(BenchmarkCorpus.SharedRoot(), "corpus", "lenin-web-article.ar.txt")), "lenin");
        _analyzed = _pipeline.Run(_source);
        _kbPath = KbPath(out _tempDir);
        _warm = new SqliteKnowledgeBase(_kbPath);
        Console.WriteLine($"// KB: {_kbPath}, {_warm.Count:N0} entities; article {_source.Text.Length:N0} chars");
    }

    /// <summary>$TARIKH_BENCH_KB, or the shared article's KB imported into a temporary file.</summary>
    internal static string KbPath(out string? tempDir)
    {
        tempDir = null;
        if (Environment.GetEnvironmentVariable("TARIKH_BENCH_KB") is { Length: > 0 } path)
        {
            return path;
        }

        tempDir = Directory.CreateTempSubdirectory("tarikh-kb-overhead-").FullName;
        var kbPath = Path.Combine(tempDir, "lenin.db");
        using var kb = new SqliteKnowledgeBase(kbPath);
        new KbImporter(kb).ImportFile(Path.Combine(BenchmarkCorpus.RepoRoot(), "data", "kb", "lenin.json"));
        return kbPath;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _warm.Dispose();
        if (_tempDir is not null)
        {
            Directory.Delete(_tempDir, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public int Analyze() => _pipeline.Run(_source).Events.Length;

    [Benchmark]
    public int LinkAndVerifyColdKb()
    {
        using var kb = new SqliteKnowledgeBase(_kbPath);
        return new KnowledgeStage(kb).Run(_analyzed).Verifications.Length;
    }

    [Benchmark]
    public int LinkAndVerifyWarmKb() => new KnowledgeStage(_warm).Run(_analyzed).Verifications.Length;
}

/// <summary>
/// <c>-- kb-profile [runs]</c>: where the knowledge stage's time goes on the shared article — the KB's lookups and entity
/// reads (count and time, through a timing wrapper) against the stage's whole time, cold (a new KB per run) — and the
/// analysis without the KB for scale. Wall and process CPU time; the machine's load is printed beside.
/// </summary>
internal static class KnowledgeProfileRun
{
    private sealed class TimedKb(IKnowledgeBase inner) : IKnowledgeBase
    {
        public long GetCalls;
        public long GetTicks;
        public readonly Dictionary<KbKeyKind, (long Calls, long Rows, long Ticks)> Lookups = [];

        public KbEntity? Get(string id)
        {
            var t = Stopwatch.GetTimestamp();
            var e = inner.Get(id);
            GetTicks += Stopwatch.GetTimestamp() - t;
            GetCalls++;
            return e;
        }

        public IReadOnlyList<string> Lookup(string key, KbKeyKind kind, int limit)
        {
            var t = Stopwatch.GetTimestamp();
            var ids = inner.Lookup(key, kind, limit);
            var (c, r, k) = Lookups.GetValueOrDefault(kind);
            Lookups[kind] = (c + 1, r + ids.Count, k + Stopwatch.GetTimestamp() - t);
            return ids;
        }
    }

    public static void Run(int runs)
    {
        var b = new KnowledgeOverheadBenchmarks();
        b.Setup();
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var source = new SourceText(File.ReadAllText(Path.Combine(BenchmarkCorpus.SharedRoot(), "corpus", "lenin-web-article.ar.txt")), "lenin");
        var analyzed = pipeline.Run(source);
        var kbPath = KnowledgeOverheadBenchmarks.KbPath(out var tmp);
        Console.WriteLine($"// load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var i = 0; i < 2; i++)
        {
            b.Analyze();
            b.LinkAndVerifyColdKb();
        }

        double analyzeCpu = 0, analyzeWall = 0, stageCpu = 0, stageWall = 0, kbWall = 0;
        TimedKb? last = null;
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            // Paired: the analysis, then the stage alone, alternated.
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var w0 = Stopwatch.GetTimestamp();
            b.Analyze();
            analyzeWall += Stopwatch.GetElapsedTime(w0).TotalMilliseconds;
            process.Refresh();
            analyzeCpu += (process.TotalProcessorTime - c0).TotalMilliseconds;

            using var store = new SqliteKnowledgeBase(kbPath);
            var timed = new TimedKb(store);
            process.Refresh();
            c0 = process.TotalProcessorTime;
            w0 = Stopwatch.GetTimestamp();
            new KnowledgeStage(timed).Run(analyzed);
            stageWall += Stopwatch.GetElapsedTime(w0).TotalMilliseconds;
            process.Refresh();
            stageCpu += (process.TotalProcessorTime - c0).TotalMilliseconds;
            kbWall += Stopwatch.GetElapsedTime(0, timed.GetTicks + timed.Lookups.Values.Sum(v => v.Ticks)).TotalMilliseconds;
            last = timed;
        }

        Console.WriteLine($"analyze (no KB)            wall {analyzeWall / runs,8:F1} ms  cpu {analyzeCpu / runs,8:F1} ms");
        Console.WriteLine($"knowledge stage (cold KB)  wall {stageWall / runs,8:F1} ms  cpu {stageCpu / runs,8:F1} ms  = {100 * stageCpu / analyzeCpu,5:F1}% of analyze's CPU ({100 * stageWall / analyzeWall:F1}% wall)");
        Console.WriteLine($"  in KB calls              wall {kbWall / runs,8:F1} ms  ({100 * kbWall / stageWall:F0}% of the stage's wall)");
        if (last is not null)
        {
            Console.WriteLine($"  Get: {last.GetCalls} calls, {Stopwatch.GetElapsedTime(0, last.GetTicks).TotalMilliseconds:F1} ms (last run)");
            foreach (var (kind, (calls, rows, ticks)) in last.Lookups.OrderBy(k => k.Key))
            {
                Console.WriteLine($"  Lookup {kind}: {calls} calls, {rows} rows, {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds:F1} ms (last run)");
            }
        }

        Console.WriteLine($"// load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        b.Cleanup();
        if (tmp is not null)
        {
            Directory.Delete(tmp, recursive: true);
        }
    }
}
