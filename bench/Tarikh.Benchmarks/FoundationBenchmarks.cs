using BenchmarkDotNet.Attributes;
using Tarikh.Core.Input;
using Tarikh.Core.Normalization;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// Foundation throughput on ≥ 5 MB of Arabic: decoding (bytes → text), normalization with its offset
/// map and web-noise detection, sentences and tokens with clitics. One document of the whole corpus,
/// single-threaded, so MB/s = corpus MB / mean time is per core. Allocations per MB = allocated / corpus MB.
/// </summary>
[MemoryDiagnoser]
public class FoundationBenchmarks
{
    private byte[] _bytes = [];
    private byte[][] _documents = [];
    private SourceText _source = null!;
    private AnalyzedDocument _normalized = null!;
    private AnalysisPipeline _foundation = null!;
    private readonly NormalizationStage _normalization = new();
    private readonly SegmentationStage _segmentation = new();

    /// <summary>Corpus size in MB (UTF-8), printed for the MB/s computation.</summary>
    public double CorpusMegabytes => _bytes.Length / (double)(1 << 20);

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkCorpus.Build();
        _documents = BenchmarkCorpus.SplitDocuments(_bytes);
        var decoded = InputDecoder.Default.Decode(_bytes);
        _source = decoded.Text ?? throw new InvalidOperationException(decoded.Error!.MessageEn);
        _foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());
        _normalized = _normalization.Run(new AnalyzedDocument(_source));
        Console.WriteLine($"// corpus: {_bytes.Length:N0} UTF-8 bytes ({CorpusMegabytes:F2} MB), {_source.Length:N0} chars; as documents: {_documents.Length} of ~64 KB");
    }

    /// <summary>Loading + normalization + sentences + tokens: the number reported against the 50 MB/s target.</summary>
    [Benchmark(Baseline = true)]
    public int LoadNormalizeSegment()
    {
        var source = InputDecoder.Default.Decode(_bytes).Text!;
        return _foundation.Run(source).Tokens.Length;
    }

    /// <summary>The same corpus as article-sized documents (~64 KB each), one after another: a batch's workload.</summary>
    [Benchmark]
    public int LoadNormalizeSegmentDocuments()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += _foundation.Run(InputDecoder.Default.Decode(document).Text!).Tokens.Length;
        }

        return tokens;
    }

    [Benchmark]
    public int Decode() => InputDecoder.Default.Decode(_bytes).Text!.Length;

    [Benchmark]
    public int NormalizeAndNoise() => _normalization.Run(new AnalyzedDocument(_source)).Normalized!.Length;

    [Benchmark]
    public int SentencesAndTokens() => _segmentation.Run(_normalized).Tokens.Length;

    /// <summary>Diagnostics for the quick mode: the splitter alone, and tokens without the frequency lexicon.</summary>
    public int SplitOnly() => SentenceSplitter.Default.Split(_normalized.Normalized!.Text).Count;

    private readonly SegmentationStage _plainSegmentation = new(null, new Tokenizer(new CliticAnalyzer()));

    public int SegmentWithoutLexicon() => _plainSegmentation.Run(_normalized).Tokens.Length;
}
