using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// The whole default pipeline on one document of the mixed benchmark corpus (the shared article, the sample, the NER
/// corpora's sentences; cut at a line break as <c>-- corpus</c> cuts it) of 16 KB to 1 MB, without and with the knowledge
/// stage (the article's KB, data/kb/lenin.json, in memory). A short monitoring job (one invocation per iteration) for a
/// busy machine; throughput = <see cref="Megabytes"/> / mean. Run: <c>--filter '*PipelineSizeBenchmarks*'</c> (round 14 wrote it and
/// could not run it: the machine was at load 60–80; with <c>--inProcess</c> BenchmarkDotNet adds its in-process job to this one).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PipelineSizeBenchmarks
{
    private AnalysisPipeline _pipeline = null!;
    private AnalysisPipeline _withKb = null!;
    private SourceText _document = null!;

    /// <summary>Document size in KB.</summary>
    [Params(16, 256, 1024)]
    public int Kb { get; set; }

    /// <summary>UTF-8 megabytes per operation.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var resources = TarikhResources.LoadDefault();
        _pipeline = TarikhPipeline.CreateDefault(resources);
        var kb = InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(Path.Combine(BenchmarkCorpus.RepoRoot(), "data", "kb", "lenin.json")));
        _withKb = KnowledgePipeline.WithKnowledge(_pipeline, kb);
        var corpus = BenchmarkCorpus.Build(Kb * 1024 + (1 << 20));
        var end = Math.Min(corpus.Length, Kb * 1024);
        var newline = Array.LastIndexOf(corpus, (byte)'\n', end - 1);
        var bytes = corpus.AsSpan(0, newline > 0 ? newline + 1 : end);
        _document = new SourceText(Encoding.UTF8.GetString(bytes), $"corpus{Kb}");
        Megabytes = bytes.Length / (double)(1 << 20);
        Console.WriteLine($"// PipelineSizeBenchmarks: {bytes.Length:N0} B");
    }

    /// <summary>The default pipeline (normalize … checks).</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline() => _pipeline.Run(_document).Flags.Length;

    /// <summary>The default pipeline and the knowledge stage.</summary>
    [Benchmark]
    public int PipelineWithKnowledge() => _withKb.Run(_document).Flags.Length;
}
