using System.Runtime.InteropServices;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// What the kernel has charged the whole process so far, from <c>getrusage(RUSAGE_SELF)</c>: CPU time in user
/// mode and in the kernel (microsecond resolution) and page faults. Minor faults count pages touched for the first
/// time since they were mapped or given back (the kernel hands out a zeroed page), so a process that returns memory
/// and allocates it again pays them again, in system time. User/system time and first-touch faults hold on a busy
/// machine; re-faults do not quite (the runtime gives memory back in proportion to the time between collections).
/// Null off Linux (other systems lay the structure out differently).
/// </summary>
public sealed record ProcessUsage(TimeSpan User, TimeSpan System, long MinorFaults, long MajorFaults)
{
    private const int UsageOfSelf = 0;

    private static readonly bool Available = OperatingSystem.IsLinux() && LibcProbe.Works(() => GetResourceUsage(UsageOfSelf, out _) == 0);

    /// <summary>The process's figures now, or null where getrusage is not available.</summary>
    public static ProcessUsage? Now() => Available && GetResourceUsage(UsageOfSelf, out var usage) == 0 ? From(usage) : null;

    /// <summary>What was charged between <paramref name="before"/> and this reading.</summary>
    public ProcessUsage Since(ProcessUsage before) =>
        new(User - before.User, System - before.System, MinorFaults - before.MinorFaults, MajorFaults - before.MajorFaults);

    private static ProcessUsage From(ResourceUsage usage) =>
        new(Time(usage.UserTime), Time(usage.SystemTime), usage.MinorFaults, usage.MajorFaults);

    private static TimeSpan Time(TimeValue value) => TimeSpan.FromSeconds(value.Seconds) + TimeSpan.FromMicroseconds(value.Microseconds);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }

    /// <summary>Linux's <c>struct rusage</c>: two timevals, then fourteen longs of which faults are the 5th and 6th.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public TimeValue UserTime;
        public TimeValue SystemTime;
        public long MaxResident;
        public long SharedText;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }

    // DllImport, not LibraryImport: one blittable call does not justify compiling the project with /unsafe.
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);
}
