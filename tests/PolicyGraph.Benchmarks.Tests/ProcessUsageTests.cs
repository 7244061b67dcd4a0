using System.Runtime.InteropServices;

namespace PolicyGraph.Benchmarks.Tests;

/// <summary>Shares the process-wide CPU figures with <see cref="ProcessCpuClockTests"/>, so it runs in the same serial collection.</summary>
[Collection(nameof(ProcessCpuClockTests))]
public sealed class ProcessUsageTests
{
    private const int FreshMegabytes = 64;

    [Fact]
    public void Touching_fresh_memory_counts_a_minor_fault_per_page()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ProcessUsage.Now());
            return;
        }
        var pageSize = Environment.SystemPageSize;
        var bytes = FreshMegabytes * 1024 * 1024;
        // A block this large comes from a new mapping, so every page is touched for the first time here.
        var block = Marshal.AllocHGlobal(bytes);
        try
        {
            var before = ProcessUsage.Now()!;
            for (var offset = 0; offset < bytes; offset += pageSize) Marshal.WriteByte(block, offset, 1);
            var faults = ProcessUsage.Now()!.Since(before).MinorFaults;
            var pages = bytes / pageSize;
            // With transparent huge pages always on, the kernel may fault the block in 2 MB pieces: then only "some".
            Assert.InRange(faults, HugePagesAlways() ? 1 : pages / 2, pages * 2);
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    [Fact]
    public void Busy_work_is_charged_as_user_time()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ProcessUsage.Now());
            return;
        }
        var before = ProcessUsage.Now()!;
        Assert.NotEqual(0, ProcessCpuClockTests.BurnCpu(50_000_000));
        var used = ProcessUsage.Now()!.Since(before);
        Assert.True(used.User > TimeSpan.FromMilliseconds(5), $"user {used.User.TotalMilliseconds} ms");
    }

    private static bool HugePagesAlways()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        return File.Exists(setting) && File.ReadAllText(setting).Contains("[always]", StringComparison.Ordinal);
    }

    [Fact]
    public void Since_subtracts_each_figure()
    {
        var before = new ProcessUsage(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), 100, 3);
        var after = new ProcessUsage(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.25), 160, 4);

        Assert.Equal(new ProcessUsage(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.25), 60, 1), after.Since(before));
    }
}
