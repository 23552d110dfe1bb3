using System.Diagnostics;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- startup</c>: where a fresh process spends its time before and during its first analysis: each resource
/// loaded in turn (wall and CPU), then the first and second analyses of one sentence. Run it as a new process
/// each time (it measures a cold start); the figures include JIT compilation.
/// </summary>
public static class StartupRun
{
    /// <summary>Prints the breakdown.</summary>
    public static void Run()
    {
        var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        T Step<T>(string name, Func<T> f)
        {
            process.Refresh();
            var c = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = f();
            process.Refresh();
            Console.WriteLine($"{name,-28} wall {sw.Elapsed.TotalMilliseconds,7:F0} ms  cpu {(process.TotalProcessorTime - c).TotalMilliseconds,7:F0} ms");
            return r;
        }

        Step("normalizer", () => Tarikh.Core.Normalization.ArabicNormalizer.Default);
        Step("noise detector", () => Tarikh.Core.Normalization.NoiseDetector.Default);
        Step("sentence splitter", () => Tarikh.Core.Segmentation.SentenceSplitter.Default);
        Step("tokenizer (+ lexicon)", () => Tarikh.Core.Segmentation.Tokenizer.Default);
        Step("time lexicon", () => Tarikh.Core.Time.Lexicon.TimeLexicon.Default);
        Step("calendars", () => Tarikh.Core.Time.Calendars.TarikhCalendars.Default);
        Step("event extractor", () => Tarikh.Core.Events.EventExtractor.Default);
        Step("timeline builder", () => Tarikh.Core.Timeline.TimelineBuilder.Default);
        Step("consistency checker", () => Tarikh.Core.Checks.ConsistencyChecker.Default);
        var lexicon = Step("NER lexicon", NerLexicon.LoadDefault);
        Step("NER model (embedded)", () =>
        {
            using var stream = typeof(EntityResources).Assembly.GetManifestResourceStream("Tarikh.Core.Entities.ner-ar.tnr")!;
            return NerTagger.Load(stream, lexicon);
        });
        var pipeline = Step("pipeline (LoadDefault)", () => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));
        const string sentence = "ولد فلاديمير لينين في مدينة سيمبيرسك في 22 نيسان/ أبريل عام 1870.";
        Step("first analysis", () => pipeline.Run(new SourceText(sentence)));
        Step("second analysis", () => pipeline.Run(new SourceText(sentence)));
        // The same loaders again in this process: their cost without JIT compilation (what is left to save once
        // the code is compiled ahead of time).
        Step("again: tokenizer", () => new Tarikh.Core.Segmentation.Tokenizer(new Tarikh.Core.Segmentation.CliticAnalyzer(frequencies: Tarikh.Core.Segmentation.WordFrequencies.LoadEmbedded(Tarikh.Core.Normalization.ArabicNormalizer.Default))));
        Step("again: time lexicon", () => Tarikh.Core.Time.Lexicon.TimeLexicon.LoadEmbedded());
        Step("again: check lexicon", () => Tarikh.Core.Checks.CheckLexicon.LoadEmbedded(Tarikh.Core.Normalization.ArabicNormalizer.Default));
        Step("again: NER lexicon", NerLexicon.LoadDefault);
        Step("again: NER model", () =>
        {
            using var stream = typeof(EntityResources).Assembly.GetManifestResourceStream("Tarikh.Core.Entities.ner-ar.tnr")!;
            return NerTagger.Load(stream, lexicon);
        });
        process.Refresh();
        Console.WriteLine($"{"total in Main",-28} wall {total.Elapsed.TotalMilliseconds,7:F0} ms  cpu {(process.TotalProcessorTime - cpuStart).TotalMilliseconds,7:F0} ms (process cpu before Main: {cpuStart.TotalMilliseconds:F0} ms)");
    }
}
