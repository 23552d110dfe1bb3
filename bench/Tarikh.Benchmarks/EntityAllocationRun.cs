using System.Text;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- entity-alloc FILE…</c>: bytes the entity stage allocates per UTF-8 input byte, for each file as one
/// document (the stage alone, on a document analyzed up to tokens; the second of two runs, so one-time
/// lazy work is not counted), and the tagger alone (features + decoding of every non-noise sentence).
/// Allocation counts do not depend on how busy the machine is.
/// </summary>
public static class EntityAllocationRun
{
    /// <summary>Prints one line per file.</summary>
    public static void Run(IEnumerable<string> files)
    {
        var resources = TarikhResources.LoadDefault();
        var foundation = TarikhPipeline.CreateFoundation(resources);
        var stage = new EntityStage(resources.Entities!);
        var pipeline = TarikhPipeline.CreateDefault(resources);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var bytes = (double)Encoding.UTF8.GetByteCount(text);
            var doc = foundation.Run(new SourceText(text));
            stage.Run(doc);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var entities = stage.Run(doc);
            var stageBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            // As the pipeline runs it (round 13): on the document the stages before it made (with the time stage's
            // expressions, which the lifespan passes read), the second run again.
            var piped = new AnalyzedDocument(new SourceText(text), null, null);
            foreach (var s in pipeline.Stages.TakeWhile(s => s.Name != "entities"))
            {
                piped = s.Run(piped);
            }

            var entityStage = pipeline.Stages.First(s => s.Name == "entities");
            entityStage.Run(piped);
            before = GC.GetAllocatedBytesForCurrentThread();
            entityStage.Run(piped);
            var pipedBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            var sentences = doc.Sentences.Where(s => !s.IsNoise)
                .Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => new NerWord(doc.Tokens[i], text.AsMemory(doc.Tokens[i].Span.Start, doc.Tokens[i].Span.Length))).ToArray())
                .ToArray();
            before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var words in sentences)
            {
                resources.Entities!.Tagger.Tag(words);
            }

            var taggerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"{Path.GetFileName(file),-40} {bytes,10:N0} B  entity stage {stageBytes / bytes,6:F2} B/B  in the pipeline {pipedBytes / bytes,6:F2} B/B  tagger {taggerBytes / bytes,5:F1} B/B  ({entities.Entities.Length} mentions, {entities.Clusters.Length} clusters)");
        }
    }
}
