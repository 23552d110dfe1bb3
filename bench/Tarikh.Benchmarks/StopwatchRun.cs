using System.Diagnostics;

namespace Tarikh.Benchmarks;

/// <summary>
/// A stopwatch measurement for a busy machine (no BenchmarkDotNet): wall-clock and CPU-time throughput and
/// allocations per megabyte of input, averaged over a few runs after warm-ups.
/// </summary>
internal static class StopwatchRun
{
    public static void Measure(string name, Action action, double megabytes, int warmups, int runs, int width)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        var wall = sw.Elapsed.TotalSeconds / runs;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds / runs;
        var allocatedPerMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / (double)runs / megabytes / (1 << 20);
        Console.WriteLine($"{name.PadRight(width)} wall {wall * 1000,7:F0} ms = {megabytes / wall,6:F1} MB/s | cpu {cpu * 1000,7:F0} ms = {megabytes / cpu,6:F1} MB/s | {allocatedPerMb:F2} MB allocated per MB");
    }
}
