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
        StopwatchRun.Measure(name, () => action(), bench.CorpusMegabytes, warmups: 2, runs: 5, width: 24);
    }

    return;
}

// `-- time-quick`: a stopwatch run of the time stage on the 5 MB input (wall and CPU time), for a busy machine.
if (args is ["time-quick", ..])
{
    var time = new TimeBenchmarks();
    time.Setup();
    StopwatchRun.Measure("time stage", () => time.TimeStageOnFiveMegabytes(), time.InputMegabytes, warmups: 3, runs: 8, width: 16);
    return;
}

// `-- entity-quick`: a stopwatch run of the entity benchmarks (wall and CPU time), for a busy machine.
if (args is ["entity-quick", ..])
{
    var entities = new EntityBenchmarks();
    entities.Setup();
    var megabytes = entities.Bytes / 1e6;
    StopwatchRun.Measure("tag sentences", () => entities.TagSentences(), megabytes, warmups: 3, runs: 20, width: 16);
    StopwatchRun.Measure("entity stage", () => entities.EntityStage(), megabytes, warmups: 3, runs: 20, width: 16);
    StopwatchRun.Measure("load model", () => entities.LoadModel(), megabytes, warmups: 1, runs: 3, width: 16);
    return;
}

// `-- tagger-profile FILE [runs]`: the NER tagger part by part (features, emissions, Viterbi), thread CPU, and a checksum of its output.
if (args is ["tagger-profile", var taggedFile, ..])
{
    TaggerProfileRun.Run(taggedFile, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return;
}

if (args is ["startup"])
{
    StartupRun.Run();
    return;
}

// `-- corpus KB OUT`: writes a prefix of the mixed benchmark corpus (cut at a line break) to OUT, so whole-process
// runs (`/usr/bin/time tarikh analyze OUT`) read the same text as `scale`. KB may end in M (megabytes).
if (args is ["corpus", var size, var output])
{
    var kb = size.EndsWith('M') ? int.Parse(size[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1024 : int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
    var corpus = BenchmarkCorpus.Build(kb * 1024 + (1 << 20));
    var end = Math.Min(corpus.Length, kb * 1024);
    var newline = Array.LastIndexOf(corpus, (byte)'\n', end - 1);
    File.WriteAllBytes(output, corpus.AsSpan(0, newline > 0 ? newline + 1 : end).ToArray());
    return;
}

// `-- stage-profile FILE [runs] [--types] [--kb DUMP]`: CPU and allocations stage by stage, and part by part inside claims,
// checks and (with a KB dump) knowledge.
if (args is ["stage-profile", var stageFile, ..])
{
    var stageRuns = args.Length > 2 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 3;
    var kbAt = Array.IndexOf(args, "--kb");
    StageProfileRun.Run(stageFile, stageRuns, args.Contains("--types"), kbAt > 0 && kbAt + 1 < args.Length ? args[kbAt + 1] : null);
    return;
}

// `-- pipeline-loop FILE N`: the whole pipeline N times on the file, nothing else (to run under dotnet-trace).
if (args is ["pipeline-loop", var loopFile, var loopTimes])
{
    StageProfileRun.Loop(loopFile, int.Parse(loopTimes, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["alloc-profile", var profiled, ..])
{
    AllocationProfileRun.Run(profiled, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["mem", var memFile])
{
    MemoryRun.Run(memFile);
    return;
}

if (args is ["entity-alloc", .. var files])
{
    EntityAllocationRun.Run(files);
    return;
}

// `-- worker-path [documents] [runs]`: where a cluster worker's CPU goes per document against the pipeline alone.
if (args is ["worker-path", ..])
{
    WorkerPathRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// `-- ack-cost [messages] [rounds] [group]`: RabbitMQ's CPU per job with one acknowledgement per delivery against one per group.
if (args is ["ack-cost", ..])
{
    AckCostRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 600,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 17);
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
    foreach (var (name, action) in new (string, Func<long>)[] { ("parse (ar,en; verification properties)", () => kb.Parse()), ("parse (everything)", () => kb.ParseAll()), ("import into SQLite, 1 thread", kb.Import) })
    {
        StopwatchRun.Measure(name, () => action(), kb.DumpMegabytes, warmups: 1, runs: 3, width: 40);
    }

    kb.Cleanup();
    return;
}

// `-- kb-profile [runs]`: where the knowledge stage's time goes (KB calls against the stage, cold KB), $TARIKH_BENCH_KB.
if (args is ["kb-profile", ..])
{
    KnowledgeProfileRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FoundationBenchmarks).Assembly).Run(args);
