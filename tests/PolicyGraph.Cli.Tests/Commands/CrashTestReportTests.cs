using PolicyGraph.Cli.CrashTesting;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary>A run that was not killed but ended with a non-zero exit code fails the crash test, even when nothing was lost.</summary>
public sealed class CrashTestReportTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_failed_completed_run_fails_the_crash_test(int failedRuns, bool passed)
    {
        var report = new CrashTestReport(Runs: 10, Kills: 8, CompletedRuns: 2, FailedRuns: failedRuns, Recoveries: 0,
            DocumentsLost: 0, IncompleteDocuments: 0, OrphanParts: 0, FinalStateMatches: true);

        Assert.Equal(passed, report.Passed);
        Assert.Contains($"failed runs {failedRuns}", report.ToString());
    }
}
