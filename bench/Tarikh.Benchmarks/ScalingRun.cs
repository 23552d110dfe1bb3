using System.Diagnostics;
using System.Text;
using Tarikh.Core.Input;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- scale [MB…]</c>: the whole default pipeline on one document of each size (prefixes of the mixed
/// benchmark corpus, cut at a line break), stage by stage, with wall time, CPU time of the process and bytes
/// allocated by this thread. A stopwatch run, not BenchmarkDotNet: a 32 MB document takes tens of seconds and
/// is run once. Sizes are in KB unless they end in M. One warm-up run on the smallest size first (JIT).
/// </summary>
public static class ScalingRun
{
    /// <summary>Runs the scaling table and prints it.</summary>
    public static void Run(string[] sizes)
    {
        var kilobytes = sizes.Length > 0
            ? sizes.Select(s => s.EndsWith('M') ? int.Parse(s[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1024 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : [16, 256, 1024, 4096];
        var corpus = BenchmarkCorpus.Build(kilobytes.Max() * 1024 + (1 << 20));
        var resources = TarikhResources.LoadDefault();
        var pipeline = TarikhPipeline.CreateDefault(resources);
        var recognizer = new Tarikh.Core.Entities.EntityRecognizer(resources.Entities!);
        var clusterer = new Tarikh.Core.Entities.Clustering.MentionClusterer(resources.Entities!.Lexicon);
        var decoder = new InputDecoder(new InputOptions(1L << 31));
        var process = Process.GetCurrentProcess();

        SourceText Prefix(int kb)
        {
            var end = Math.Min(corpus.Length, kb * 1024);
            var newline = Array.LastIndexOf(corpus, (byte)'\n', end - 1);
            end = newline > 0 ? newline + 1 : end;
            return decoder.Decode(corpus.AsSpan(0, end), null, InputFormat.Text).Text!;
        }

        // Warm-up: JIT and tiering on a small document, three times.
        for (var i = 0; i < 3; i++)
        {
            pipeline.Run(Prefix(kilobytes.Min()));
        }

        Console.WriteLine($"{"size",8} {"bytes",10} | {"wall s",7} {"MB/s",6} | {"cpu s",7} {"MB/s cpu",8} | {"alloc B/B",9} | per stage: cpu ms (alloc B/B)");
        foreach (var kb in kilobytes)
        {
            var text = Prefix(kb);
            var bytes = Encoding.UTF8.GetByteCount(text.Text);
            var mb = bytes / (double)(1 << 20);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var doc = new AnalyzedDocument(text, null, null);
            var stages = new StringBuilder();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            foreach (var stage in pipeline.Stages)
            {
                process.Refresh();
                var c = process.TotalProcessorTime;
                var a = GC.GetAllocatedBytesForCurrentThread();
                doc = stage.Run(doc);
                process.Refresh();
                stages.Append(System.Globalization.CultureInfo.InvariantCulture, $" {stage.Name} {(process.TotalProcessorTime - c).TotalMilliseconds:F0} ({(GC.GetAllocatedBytesForCurrentThread() - a) / (double)bytes:F1})");
            }

            var seconds = wall.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            var alloc = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)bytes;
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{(kb >= 1024 ? $"{kb / 1024} MB" : $"{kb} KB"),8} {bytes,10} | {seconds,7:F2} {mb / seconds,6:F2} | {cpu,7:F2} {mb / cpu,8:F2} | {alloc,9:F1} |{stages}"));
            // The tagger alone (features + decoding) over every sentence.
            process.Refresh();
            var tc = process.TotalProcessorTime;
            var ta = GC.GetAllocatedBytesForCurrentThread();
            var nerWords = new List<Tarikh.Core.Entities.Tagging.NerWord>();
            var margins = new float[4096];
            foreach (var sentence in doc.Sentences)
            {
                if (sentence.IsNoise || sentence.TokenCount == 0 || sentence.TokenCount > 4096)
                {
                    continue;
                }

                nerWords.Clear();
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var t = doc.Tokens[i];
                    nerWords.Add(new Tarikh.Core.Entities.Tagging.NerWord(t, doc.Source.Text.AsMemory(t.Span.Start, t.Span.Length)));
                }

                resources.Entities!.Tagger.Tag(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(nerWords), margins);
            }

            process.Refresh();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{"",8} entities: tagger alone {(process.TotalProcessorTime - tc).TotalMilliseconds:F0} ms cpu ({(GC.GetAllocatedBytesForCurrentThread() - ta) / (double)bytes:F1} B/B)"));

            // The entity stage in two parts: recognition (tagger, rules, gazetteer) and clustering.
            process.Refresh();
            var rc = process.TotalProcessorTime;
            var ra = GC.GetAllocatedBytesForCurrentThread();
            var (mentions, docNorms) = recognizer.RecognizeWithIndex(doc);
            process.Refresh();
            var cc = process.TotalProcessorTime;
            var ca = GC.GetAllocatedBytesForCurrentThread();
            var clustered = clusterer.Cluster(doc, mentions, (first, end, type) => recognizer.Build(doc, doc.Normalized!, docNorms, first, end, type, 0.5, Tarikh.Core.Entities.MentionSource.Alias), out var examined);
            process.Refresh();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{"",8} entities: recognize {(cc - rc).TotalMilliseconds:F0} ms cpu ({(ca - ra) / (double)bytes:F1} B/B), cluster {(process.TotalProcessorTime - cc).TotalMilliseconds:F0} ms cpu ({(GC.GetAllocatedBytesForCurrentThread() - ca) / (double)bytes:F1} B/B; {mentions.Count} mentions, {clustered.Clusters.Length} clusters, {examined} candidates examined)"));
            GC.KeepAlive(doc);
        }
    }
}
