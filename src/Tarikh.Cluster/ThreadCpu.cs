using System.Runtime.InteropServices;

namespace Tarikh.Cluster;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, read through the vDSO: tens of nanoseconds),
/// so that a worker can tell the CPU its analyses took from the wall time they took while other threads and processes
/// (its writer, PostgreSQL, the broker, other sessions) held the cores. Zero where the clock is not available.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for the generated marshalling.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The calling thread's CPU time so far, or zero.</summary>
    public static TimeSpan Now()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTime, out var t) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromTicks((t.Seconds * TimeSpan.TicksPerSecond) + (t.Nanoseconds / 100));
    }
}
