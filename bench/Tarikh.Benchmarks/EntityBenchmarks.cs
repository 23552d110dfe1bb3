using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// Entity stage speed: the tagger alone, the whole stage (tagging, document consistency, clusters)
/// on the shared Lenin article with its tokens ready, and loading the committed model.
/// Throughput = UTF-8 bytes of the article / mean time.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private EntityResources _resources = null!;
    private EntityStage _stage = null!;
    private AnalyzedDocument _tokenized = null!;
    private NerWord[][] _sentences = null!;

    /// <summary>UTF-8 size of the article (for MB/s).</summary>
    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindShared(), "corpus", "lenin-web-article.ar.txt");
        var text = File.ReadAllText(path);
        Bytes = Encoding.UTF8.GetByteCount(text);
        _resources = EntityResources.LoadDefault();
        _stage = new EntityStage(_resources);
        _tokenized = TarikhPipeline.CreateFoundation(new TarikhResources()).Run(new SourceText(text));
        _sentences = _tokenized.Sentences.Where(s => !s.IsNoise)
            .Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => new NerWord(_tokenized.Tokens[i], text.AsMemory(_tokenized.Tokens[i].Span.Start, _tokenized.Tokens[i].Span.Length))).ToArray())
            .ToArray();
        Console.WriteLine($"// article: {Bytes} UTF-8 bytes, {_tokenized.Tokens.Length} tokens");
    }

    [Benchmark]
    public int TagSentences()
    {
        var n = 0;
        foreach (var s in _sentences)
        {
            n += _resources.Tagger.Tag(s).Length;
        }

        return n;
    }

    [Benchmark]
    public int EntityStage() => _stage.Run(_tokenized).Entities.Length;

    [Benchmark]
    public int LoadModel() => EntityResources.LoadDefault().Tagger.Model.FeatureCount;

    private static string FindShared() => BenchmarkCorpus.SharedRoot();
}
