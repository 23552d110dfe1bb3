using System.Diagnostics;
using BenchmarkDotNet.Running;
using Tarikh.Benchmarks;

// BenchmarkDotNet: `dotnet run -c Release --project bench/Tarikh.Benchmarks -- --filter '*Foundation*' --job short`
// `-- quick`: a stopwatch run of the foundation benchmarks (no BenchmarkDotNet) that reports both wall-clock
// and CPU-time throughput; on a shared, overloaded machine the CPU time is the fairer per-core figure.
if (args is ["quick", ..])
{
    var bench = new FoundationBenchmarks();
    bench.Setup();
    var process = Process.GetCurrentProcess();
    foreach (var (name, action) in new (string, Func<int>)[]
    {
        ("load+normalize+segment", bench.LoadNormalizeSegment),
        ("same, 64 KB documents", bench.LoadNormalizeSegmentDocuments),
        ("decode", bench.Decode),
        ("normalize+noise", bench.NormalizeAndNoise),
        ("sentences+tokens", bench.SentencesAndTokens),
        ("(split only)", bench.SplitOnly),
        ("(segment, no lexicon)", bench.SegmentWithoutLexicon),
    })
    {
        action();
        action();
        const int runs = 5;
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        var wall = sw.Elapsed.TotalSeconds / runs;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds / runs;
        var allocatedPerMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / (double)runs / bench.CorpusMegabytes / (1 << 20);
        Console.WriteLine($"{name,-24} wall {wall * 1000,6:F0} ms = {bench.CorpusMegabytes / wall,6:F1} MB/s | cpu {cpu * 1000,6:F0} ms = {bench.CorpusMegabytes / cpu,6:F1} MB/s | {allocatedPerMb:F1} MB allocated per MB");
    }

    return;
}

if (args is ["startup"])
{
    StartupRun.Run();
    return;
}

if (args is ["scale", .. var sizes])
{
    ScalingRun.Run(sizes);
    return;
}

// `-- kb-quick`: a stopwatch run of the knowledge-base benchmarks (wall and CPU time), for a busy machine.
if (args is ["kb-quick", ..])
{
    var kb = new KnowledgeBenchmarks { Entities = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4000 };
    kb.Setup();
    var process = Process.GetCurrentProcess();
    foreach (var (name, action) in new (string, Func<long>)[] { ("parse (ar,en; verification properties)", () => kb.Parse()), ("parse (everything)", () => kb.ParseAll()), ("import into SQLite, 1 thread", kb.Import) })
    {
        action();
        const int runs = 3;
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        var wall = sw.Elapsed.TotalSeconds / runs;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds / runs;
        var allocatedPerMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / (double)runs / kb.DumpMegabytes / (1 << 20);
        Console.WriteLine($"{name,-40} wall {wall * 1000,7:F0} ms = {kb.DumpMegabytes / wall,6:F1} MB/s | cpu {cpu * 1000,7:F0} ms = {kb.DumpMegabytes / cpu,6:F1} MB/s | {allocatedPerMb:F2} MB allocated per MB");
    }

    kb.Cleanup();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FoundationBenchmarks).Assembly).Run(args);
