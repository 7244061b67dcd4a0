using System.Runtime.InteropServices;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// CPU time consumed by the whole process (all threads, so garbage collection counts), with nanosecond resolution
/// on Linux through <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>. On a machine shared with other jobs wall time
/// mostly measures waiting for a core; CPU time measures the work. Elsewhere it is unavailable (null) rather than
/// falling back to <see cref="System.Diagnostics.Process.TotalProcessorTime"/>, whose 10 ms ticks are too coarse.
/// </summary>
public static class ProcessCpuClock
{
    private const int ProcessCpuTimeClock = 2;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && LibcProbe.Works(() => ClockGetTime(ProcessCpuTimeClock, out _) == 0);

    /// <summary>Process CPU time in milliseconds, or null where the clock is unavailable.</summary>
    public static double? NowMs() =>
        IsAvailable && ClockGetTime(ProcessCpuTimeClock, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : null;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
