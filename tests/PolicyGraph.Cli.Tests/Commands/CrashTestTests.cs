using PolicyGraph.Cli.CrashTesting;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary>The bounded crash test CI runs; <c>policygraph crash-test --kills N</c> runs as many as wanted.</summary>
public sealed class CrashTestTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "pg-crash-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_load_killed_at_random_points_always_leaves_whole_documents_and_loses_none()
    {
        // The CLI this test project references is built beside it (policygraph.dll with its runtimeconfig).
        var cli = typeof(CliApp).Assembly.Location;
        var log = new StringWriter();
        var test = new StoreCrashTest(cli, SeedFolder.Documents, _work, seed: 20261206, log);

        var report = await test.RunAsync(kills: 20, variants: 3, CancellationToken.None);

        Assert.Equal(20, report.Kills);
        Assert.True(report.FailedRuns == 0, log.ToString());
        Assert.Equal(0, report.DocumentsLost);
        Assert.Equal(0, report.IncompleteDocuments);
        Assert.Equal(0L, report.OrphanParts);
        Assert.True(report.FinalStateMatches, log.ToString());
    }
}
