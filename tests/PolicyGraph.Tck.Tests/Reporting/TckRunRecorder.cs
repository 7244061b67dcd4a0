using System.Collections.Concurrent;
using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.Reporting;

/// <summary>
/// Class fixture that collects every scenario's outcome and, when the run ends, writes the summary to
/// $TCK_SUMMARY and the failing scenarios to $TCK_WRITE_EXPECTED_FAILURES (when those are set).
/// </summary>
public sealed class TckRunRecorder : IDisposable
{
    public const string SummaryVariable = "TCK_SUMMARY";
    public const string WriteExpectedFailuresVariable = "TCK_WRITE_EXPECTED_FAILURES";

    private readonly ConcurrentQueue<ScenarioOutcome> _outcomes = new();

    public ExpectedFailures ExpectedFailures { get; } =
        ExpectedFailures.Load(Path.Combine(AppContext.BaseDirectory, ExpectedFailures.FileName));

    public void Record(ScenarioOutcome outcome) => _outcomes.Enqueue(outcome);

    public void Dispose()
    {
        var outcomes = _outcomes.ToArray();
        if (outcomes.Length == 0) return;
        if (Environment.GetEnvironmentVariable(SummaryVariable) is { Length: > 0 } summaryPath)
            File.WriteAllText(summaryPath, TckSummary.Render(outcomes));
        if (Environment.GetEnvironmentVariable(WriteExpectedFailuresVariable) is { Length: > 0 } failuresPath)
            File.WriteAllText(failuresPath, RenderFailures(outcomes));
    }

    private static string RenderFailures(IEnumerable<ScenarioOutcome> outcomes)
    {
        var order = TckCatalog.Default?.Scenarios.Select((s, i) => (s.DisplayName, i))
            .ToDictionary(p => p.DisplayName, p => p.i, StringComparer.Ordinal) ?? [];
        var failures = outcomes.Where(o => !o.Passed)
            .OrderBy(o => order.GetValueOrDefault(o.Scenario.DisplayName, int.MaxValue))
            .Select(o => (o.Scenario.DisplayName, (o.Scenario.UsesTemporalOrProcedures ? "[temporal/CALL] " : "") + o.FailureMessage));
        return "# Scenarios the embedded engine is known to fail: <display name> TAB <reason>.\n" +
               "# Regenerate: TCK_WRITE_EXPECTED_FAILURES=<path> dotnet test tests/PolicyGraph.Tck.Tests\n" +
               ExpectedFailures.Render(failures);
    }
}
