using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary>
/// <c>bench-ingest --write-corpus DIR</c> writes the scaled corpus as files and benchmarks nothing, so the ordinary
/// <c>export</c> and <c>check</c> can compare two builds on the benchmark's own documents.
/// </summary>
public sealed class BenchIngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pg-bench-corpus-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_scaled_corpus_is_written_as_one_file_per_seed_and_copy_and_loads_like_the_seeds()
    {
        var seeds = Directory.GetFiles(SeedFolder.Documents, "*.txt");

        var (exit, output, error) = await SeedFolder.Run(new BenchIngestCommand(), "--scale", "2", "--write-corpus", _folder);

        Assert.True(exit == 0, error);
        Assert.Contains($"wrote {2 * seeds.Length} documents", output);
        Assert.DoesNotContain("MB/s", output);
        var written = Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2 * seeds.Length, written.Count);
        // Copy 0 holds the seeds as they are, with trailing line breaks added.
        var firstSeed = seeds.Order(StringComparer.Ordinal).First();
        Assert.Equal($"0000-{Path.GetFileName(firstSeed)}", written[0]);
        Assert.StartsWith(File.ReadAllText(firstSeed).TrimEnd(), File.ReadAllText(Path.Combine(_folder, written[0]!)));
    }

    [Fact]
    public async Task Each_load_reports_its_page_faults_and_user_and_system_time_where_the_kernel_gives_them()
    {
        var (exit, output, error) = await SeedFolder.Run(new BenchIngestCommand(), "--scale", "1", "--loads", "1", "--no-similar");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var median = Assert.Single(lines, l => l.StartsWith("median of 1 load", StringComparison.Ordinal));
        var pdf = Assert.Single(lines, l => l.StartsWith("pdf wall:", StringComparison.Ordinal));
        Assert.Contains("allocated: ", pdf);
        Assert.Contains("collections (gen0/1/2): ", pdf);
        if (!OperatingSystem.IsLinux())
        {
            Assert.DoesNotContain("minor page faults", output);
            return;
        }
        Assert.Single(lines, l => l.StartsWith("kernel: minor page faults: ", StringComparison.Ordinal) && l.Contains("; sys: "));
        Assert.Matches(@"; minor page faults \d+ \(\d+–\d+\); user [\d.]+ \([\d.]+–[\d.]+\) s; sys [\d.]+ \([\d.]+–[\d.]+\) s$", median);
        Assert.Contains("; kernel: minor page faults: ", pdf);
        Assert.Contains("; kernel: minor page faults: ", lines.Single(l => l.StartsWith("documents: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fewer_than_one_load_is_a_usage_error()
    {
        var (exit, _, error) = await SeedFolder.Run(new BenchIngestCommand(), "--scale", "1", "--loads", "0");

        Assert.Equal(2, exit);
        Assert.Contains("--loads must be 1 or more", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
