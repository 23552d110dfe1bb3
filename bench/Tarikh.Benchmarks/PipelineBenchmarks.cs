using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tarikh.Core.Events;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Timeline;

namespace Tarikh.Benchmarks;

/// <summary>
/// The whole default pipeline (normalize → segment → time → entities → events → timeline → checks) and
/// the events + timeline stages alone, over about 1 MB of Arabic biographies: the shared web article and
/// the self-written texts under data/texts, as separate documents (real articles are 5–50 KB).
/// Throughput = <see cref="Megabytes"/> / mean time. Run: <c>--filter '*PipelineBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class PipelineBenchmarks
{
    private AnalysisPipeline _pipeline = null!;
    private SourceText[] _documents = [];
    private AnalyzedDocument[] _withEntities = [];
    private EventStage _events = null!;
    private TimelineStage _timeline = null!;

    /// <summary>UTF-8 megabytes analyzed per operation.</summary>
    public double Megabytes { get; private set; }

    /// <summary>Loads resources and texts; prepares documents analyzed up to entities.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var resources = TarikhResources.LoadDefault();
        _pipeline = TarikhPipeline.CreateDefault(resources);
        _events = new EventStage(resources.Events);
        _timeline = new TimelineStage(resources.Timeline);
        var root = FindRepo();
        var shared = Environment.GetEnvironmentVariable("TARIKH_SHARED") is { Length: > 0 } env ? env : Path.Combine(root, "..", "shared");
        var texts = new List<string> { File.ReadAllText(Path.Combine(shared, "corpus", "lenin-web-article.ar.txt")) };
        texts.AddRange(Directory.GetFiles(Path.Combine(root, "data", "texts"), "*.ar.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var docs = new List<SourceText>();
        long bytes = 0;
        for (var round = 0; bytes < 1 << 20; round++)
        {
            foreach (var t in texts)
            {
                docs.Add(new SourceText(t, $"doc{round}"));
                bytes += Encoding.UTF8.GetByteCount(t);
            }
        }

        _documents = [.. docs];
        Megabytes = bytes / (double)(1 << 20);
        var upToEntities = AnalysisPipeline.CreateBuilder();
        foreach (var stage in _pipeline.Stages.TakeWhile(s => s.Name is not "events"))
        {
            upToEntities.Add(stage);
        }

        var pre = upToEntities.Build();
        _withEntities = [.. _documents.Select(d => pre.Run(d))];
        Console.WriteLine($"// PipelineBenchmarks: {_documents.Length} documents, {Megabytes:F2} MB");
    }

    /// <summary>The whole default pipeline over the corpus.</summary>
    [Benchmark(Baseline = true)]
    public int WholePipeline()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _pipeline.Run(d).Timeline.Length;
        }

        return n;
    }

    /// <summary>Events and timeline only, on documents already analyzed up to entities.</summary>
    [Benchmark]
    public int EventsAndTimeline()
    {
        var n = 0;
        foreach (var d in _withEntities)
        {
            n += _timeline.Run(_events.Run(d)).Timeline.Length;
        }

        return n;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tarikh.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
