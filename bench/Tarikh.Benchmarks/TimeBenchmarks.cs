using System.Text;
using BenchmarkDotNet.Attributes;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Benchmarks;

/// <summary>
/// The temporal stage alone (recognition + resolution) on at least 5 MB of Arabic text: the shared Lenin article
/// and the authored texts of data/texts, repeated. Normalization and segmentation run once in the setup.
/// Throughput = <see cref="InputMegabytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private AnalyzedDocument _document = null!;
    private TimeStage _stage = null!;

    /// <summary>Size of the input in MB (UTF-16 chars / 2^20 × 2 bytes are not counted: MB of UTF-8 text).</summary>
    public double InputMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var parts = new List<string>();
        var lenin = Path.Combine(root, "..", "shared", "corpus", "lenin-web-article.ar.txt");
        if (File.Exists(lenin))
        {
            parts.Add(File.ReadAllText(lenin));
        }

        parts.AddRange(Directory.GetFiles(Path.Combine(root, "data", "texts"), "*.ar.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 5 * 1024 * 1024)
        {
            foreach (var p in parts)
            {
                sb.Append(p).Append('\n');
            }
        }

        var text = sb.ToString();
        InputMegabytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
        var resources = TarikhResources.LoadDefault();
        _document = TarikhPipeline.CreateFoundation(resources).Run(new SourceText(text));
        _stage = new TimeStage(resources.TimeLexicon, resources.Calendars);
        Console.WriteLine($"// TimeBenchmarks input: {InputMegabytes:F2} MB UTF-8, {text.Length} chars, {_document.Tokens.Length} tokens");
    }

    [Benchmark]
    public int TimeStageOnFiveMegabytes() => _stage.Run(_document).Timexes.Length;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tarikh.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
