using System.Text;
using BenchmarkDotNet.Attributes;
using Tarikh.Core.Input;

namespace Tarikh.Benchmarks;

/// <summary>
/// HTML extraction on pathological nesting (refused by the depth scan) and on a wide page of the same
/// size (parsed): both must grow linearly with the input.
/// `dotnet run -c Release --project bench/Tarikh.Benchmarks -- --filter '*HtmlBenchmarks*' --job short`
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private string _nested = string.Empty;
    private string _wide = string.Empty;

    /// <summary>Input size in KB.</summary>
    [Params(256, 1024, 4096)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _nested = Build(Kilobytes, "<div>x");
        // A page-like mix: paragraphs, inline elements and lists nested a few levels, repeated.
        _wide = Build(Kilobytes, "<div class='post'><p>ولد <b>فلاديمير</b> في <a href='/s'>سيمبيرسك</a> سنة 1870.</p><ul><li>درس الحقوق</li><li>نُفي إلى سيبيريا</li></ul></div>");
    }

    private static string Build(int kilobytes, string unit)
    {
        var html = new StringBuilder("<html><body>");
        while (html.Length < kilobytes * 1024)
        {
            html.Append(unit);
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Nested &lt;div&gt;: refused with too-deep.</summary>
    [Benchmark]
    public int Nested() => HtmlTextExtractor.Default.TryExtract(_nested).Error is null ? 1 : 0;

    /// <summary>A wide page: parsed and extracted.</summary>
    [Benchmark]
    public int Wide() => HtmlTextExtractor.Default.TryExtract(_wide).Text?.Length ?? 0;
}
