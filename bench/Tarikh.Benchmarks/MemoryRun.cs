using System.Text;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- mem FILE</c>: what an analyzed document keeps alive, in bytes per UTF-8 input byte (in process, a full
/// collection before each reading, <see cref="GC.GetTotalMemory(bool)"/> minus the figure before the text was read):
/// after each stage, then layer by layer as the layers are dropped from the finished document one after another.
/// </summary>
public static class MemoryRun
{
    /// <summary>Prints the table.</summary>
    public static void Run(string file)
    {
        var resources = TarikhResources.LoadDefault();
        var pipeline = TarikhPipeline.CreateDefault(resources);
        pipeline.Run(new SourceText("ولد فلاديمير لينين في مدينة سيمبيرسك في 22 نيسان/ أبريل عام 1870."));
        var baseline = GC.GetTotalMemory(true);
        var text = File.ReadAllText(file);
        var bytes = (double)Encoding.UTF8.GetByteCount(text);
        double Live() => (GC.GetTotalMemory(true) - baseline) / bytes;
        Console.WriteLine($"{Path.GetFileName(file)}: {bytes:N0} B; the text alone {Live():F2} B/B");
        var doc = new AnalyzedDocument(new SourceText(text), null, null);
        text = null;
        foreach (var stage in pipeline.Stages)
        {
            doc = stage.Run(doc);
            Console.WriteLine($"  after {stage.Name,-12} {Live(),6:F2} B/B live   (peak allocated so far {GC.GetGCMemoryInfo().HeapSizeBytes / bytes:F2} B/B heap)");
        }

        var before = Live();
        (string Name, Func<AnalyzedDocument, AnalyzedDocument> Drop)[] layers =
        [
            ("flags", d => d with { Flags = [] }),
            ("claims", d => d with { Claims = [] }),
            ("timeline", d => d with { Timeline = [] }),
            ("events", d => d with { Events = [] }),
            ("clusters", d => d with { Clusters = [] }),
            ("entities", d => d with { Entities = [] }),
            ("timexes", d => d with { Timexes = [] }),
            ("tokens", d => d with { Tokens = [] }),
            ("sentences", d => d with { Sentences = [] }),
            ("normalized", d => d with { Normalized = null }),
            ("noise", d => d with { Noise = [] }),
        ];
        foreach (var (name, drop) in layers)
        {
            doc = drop(doc);
            var now = Live();
            Console.WriteLine($"  drop {name,-12} -{before - now,6:F2} B/B   (left {now:F2})");
            before = now;
        }

        GC.KeepAlive(doc);
    }
}
