using System.Runtime.InteropServices;
using System.Text;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- tagger-profile FILE [runs]</c>: the NER tagger on every non-noise sentence of one document, part by part —
/// feature extraction, emission scores, Viterbi, and the whole <see cref="NerTagger.Tag"/> — in turn, <c>runs</c>
/// times after warm-ups long enough for tiered compilation to settle. Times are the pipeline thread's own CPU time
/// (<c>CLOCK_THREAD_CPUTIME_ID</c>: not the JIT's or the collector's background threads), median of the runs; bytes are
/// exact (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). Also prints a checksum of every label and every margin's
/// bits, so two builds can be shown to tag identically.
/// </summary>
public static class TaggerProfileRun
{
    /// <summary>Prints one line per part and the checksum.</summary>
    public static void Run(string file, int runs)
    {
        var resources = TarikhResources.LoadDefault();
        var tagger = resources.Entities!.Tagger;
        var text = File.ReadAllText(file);
        var bytes = (double)Encoding.UTF8.GetByteCount(text);
        var doc = TarikhPipeline.CreateFoundation(resources).Run(new SourceText(text));
        var sentences = doc.Sentences.Where(s => !s.IsNoise && s.TokenCount > 0)
            .Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => new NerWord(doc.Tokens[i], text.AsMemory(doc.Tokens[i].Span.Start, doc.Tokens[i].Span.Length))).ToArray())
            .ToArray();
        var tokenCount = sentences.Sum(s => s.Length);
        var model = tagger.Model;
        var features = sentences.Select(s => tagger.Features.Extract(s, model.Stats, model.Clusters)).ToArray();
        var emissions = features.Select(f => new float[f.Length * NerLabels.InternalCount]).ToArray();
        var transitions = TransitionsOf(model);
        var labelBuffer = new byte[sentences.Max(s => s.Length)];
        var margins = new float[labelBuffer.Length];

        var checksum = 0UL;
        foreach (var s in sentences)
        {
            var labels = tagger.Tag(s, margins);
            for (var i = 0; i < labels.Length; i++)
            {
                checksum = (checksum * 1099511628211UL) ^ labels[i] ^ ((ulong)BitConverter.SingleToUInt32Bits(margins[i]) << 8);
            }
        }

        var parts = new (string Name, Action Body)[]
        {
            ("features (extract, rented)", () =>
            {
                foreach (var s in sentences)
                {
                    tagger.Features.ExtractRented(s, model.Stats, model.Clusters).ReturnRented();
                }
            }),
            ("emission scores", () =>
            {
                for (var i = 0; i < features.Length; i++)
                {
                    model.Emissions(features[i], emissions[i]);
                }
            }),
            ("viterbi", () =>
            {
                for (var i = 0; i < features.Length; i++)
                {
                    NerModel.Viterbi(emissions[i], transitions, features[i].Length, labelBuffer);
                }
            }),
            ("whole Tag (with margins)", () =>
            {
                foreach (var s in sentences)
                {
                    tagger.Tag(s, margins);
                }
            }),
        };

        // Warm-up: every part until tiered compilation has had its calls (30 calls and a back-edge count per method).
        for (var w = 0; w < 6; w++)
        {
            foreach (var (_, body) in parts)
            {
                body();
            }
        }

        var cpu = parts.Select(_ => new List<double>()).ToArray();
        var allocated = new long[parts.Length];
        for (var r = 0; r < runs; r++)
        {
            for (var p = 0; p < parts.Length; p++)
            {
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var t0 = ThreadCpuSeconds();
                parts[p].Body();
                cpu[p].Add(ThreadCpuSeconds() - t0);
                allocated[p] += GC.GetAllocatedBytesForCurrentThread() - a0;
            }
        }

        Console.WriteLine($"{Path.GetFileName(file)}: {bytes:N0} B, {sentences.Length:N0} sentences, {tokenCount:N0} tokens, {model.FeatureCount:N0} feature rows; {runs} runs, thread CPU, median");
        for (var p = 0; p < parts.Length; p++)
        {
            var sorted = cpu[p].Order().ToList();
            var median = sorted[sorted.Count / 2];
            Console.WriteLine($"  {parts[p].Name,-28} {median * 1000,8:F1} ms  (min {sorted[0] * 1000,7:F1})  {bytes / median / 1e6,7:F2} MB/s  {median / tokenCount * 1e9,7:F0} ns/token  {allocated[p] / (double)runs / bytes,6:F2} B/B");
        }

        Console.WriteLine($"  labels+margins checksum {checksum:X16}");
    }

    private static float[] TransitionsOf(NerModel model)
    {
        var field = typeof(NerModel).GetField("_transitions", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return (float[])field.GetValue(model)!;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>).</summary>
    internal static double ThreadCpuSeconds()
    {
        _ = ClockGetTime(3, out var t);
        return t.Seconds + (t.Nanoseconds / 1e9);
    }
}
