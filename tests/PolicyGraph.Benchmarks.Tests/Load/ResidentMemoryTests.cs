using PolicyGraph.Benchmarks.Load;

namespace PolicyGraph.Benchmarks.Tests.Load;

public sealed class ResidentMemoryTests
{
    // As Linux prints /proc/<pid>/status (tabs after the colon, spaces to align the figure).
    private static readonly string[] Status =
    [
        "Name:\tdotnet",
        "VmPeak:\t 9000000 kB",
        "VmHWM:\t  300000 kB",
        "VmRSS:\t  250000 kB",
        "RssAnon:\t  180000 kB",
        "RssFile:\t   65000 kB",
        "RssShmem:\t    5000 kB",
        "Threads:\t12",
    ];

    [Fact]
    public void Resident_peak_and_the_anonymous_and_file_split_are_read_in_bytes()
    {
        var memory = ResidentMemory.Parse(Status);

        Assert.Equal(new ResidentMemory(250000L * 1024, 300000L * 1024, 180000L * 1024, 65000L * 1024), memory);
    }

    [Fact]
    public void A_kernel_without_the_split_still_gives_resident_and_peak()
    {
        var memory = ResidentMemory.Parse(Status.Where(line => !line.StartsWith("Rss", StringComparison.Ordinal)));

        Assert.NotNull(memory);
        Assert.Equal(250000L * 1024, memory.ResidentBytes);
        Assert.Null(memory.AnonymousBytes);
        Assert.Null(memory.FileBytes);
    }

    [Fact]
    public void A_field_whose_name_only_starts_like_one_read_is_not_taken_for_it()
    {
        var memory = ResidentMemory.Parse(["VmRSSx:\t1 kB", "VmRSS:\t2 kB", "VmHWM:\t3 kB", "RssFileX:\t4 kB"]);

        Assert.Equal(new ResidentMemory(2048, 3072), memory);
    }
}
