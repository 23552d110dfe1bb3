using System.Text;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- alloc-profile FILE [runs]</c>: which types the entity stage allocates, by sampling the runtime's
/// <c>GCAllocationTick</c> events (one event about every 100 KB allocated, naming the type of the object that crossed
/// the mark) with an in-process <see cref="AllocationTickListener"/>; the stage is run <c>runs</c> times (default 3) after one
/// warm-up, and recognition and clustering are counted apart (exact bytes of this thread).
/// </summary>
public static class AllocationProfileRun
{
    /// <summary>Prints the split and the sampled types, largest first.</summary>
    public static void Run(string file, int runs)
    {
        var resources = TarikhResources.LoadDefault();
        var foundation = TarikhPipeline.CreateFoundation(resources);
        var recognizer = new EntityRecognizer(resources.Entities!);
        var clusterer = new MentionClusterer(resources.Entities!.Lexicon);
        var text = File.ReadAllText(file);
        var bytes = (double)Encoding.UTF8.GetByteCount(text);
        var doc = foundation.Run(new SourceText(text));
        void Once(out long recognize, out long cluster)
        {
            var a = GC.GetAllocatedBytesForCurrentThread();
            var (mentions, docNorms) = recognizer.RecognizeWithIndex(doc);
            var b = GC.GetAllocatedBytesForCurrentThread();
            clusterer.Cluster(doc, mentions, (first, end, type) => recognizer.Build(doc, doc.Normalized!, docNorms, first, end, type, 0.5, MentionSource.Alias), out _);
            recognize = b - a;
            cluster = GC.GetAllocatedBytesForCurrentThread() - b;
        }

        Once(out _, out _);
        using var listener = new AllocationTickListener();
        long r = 0, c = 0;
        for (var i = 0; i < runs; i++)
        {
            Once(out var r1, out var c1);
            r += r1;
            c += c1;
        }

        Console.WriteLine($"{Path.GetFileName(file)}: {bytes:N0} B; recognize {r / runs / bytes:F2} B/B, cluster {c / runs / bytes:F2} B/B (exact, mean of {runs})");
        var total = listener.Bytes.Values.Sum();
        foreach (var ((_, type), sampled) in listener.Bytes.OrderByDescending(kv => kv.Value).Take(40))
        {
            Console.WriteLine($"  {sampled / (double)runs / bytes,6:F2} B/B  {100.0 * sampled / total,5:F1} %  {type}");
        }
    }
}
