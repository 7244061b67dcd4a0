using PolicyGraph.Tck.Tests.Discovery;
using PolicyGraph.Tck.Tests.Execution;
using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Reporting;
using Xunit.Abstractions;

namespace PolicyGraph.Tck.Tests;

/// <summary>
/// Runs every openCypher TCK scenario on a fresh embedded engine. A scenario listed in expected-failures.txt that
/// fails passes, with "expected failure" and the reason in its output; one that passes fails the run, so the list
/// only ever shrinks.
/// </summary>
public sealed class TckScenarioTests(TckRunRecorder recorder, ITestOutputHelper output) : IClassFixture<TckRunRecorder>
{
    private static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(10);

    [TckScenarios]
    public async Task Scenario(string name)
    {
        var catalog = TckCatalog.Default ?? throw new InvalidOperationException("The TCK folder disappeared.");
        var scenario = catalog.Find(name);
        var failure = await RunWithTimeoutAsync(scenario, catalog.Directory);
        var expected = recorder.ExpectedFailures.TryGetReason(name, out var reason);
        recorder.Record(new ScenarioOutcome(scenario, failure, expected));
        var verdict = ScenarioVerdict.Decide(name, failure, expected ? reason : null);
        if (verdict.FailsTest) Assert.Fail(verdict.Message);
        output.WriteLine(verdict.Message);
    }

    private static async Task<string?> RunWithTimeoutAsync(TckScenario scenario, string tckDirectory)
    {
        using var cancel = new CancellationTokenSource(ScenarioTimeout);
        var runner = new ScenarioRunner(TckBackend.Create, tckDirectory, ScenarioTimeout);
        try
        {
            // Task.Run so that an engine that blocks synchronously still lets the timeout fire.
            await Task.Run(() => runner.RunAsync(scenario, cancel.Token), CancellationToken.None).WaitAsync(ScenarioTimeout);
            return null;
        }
        catch (TckScenarioException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            return $"Timed out after {ScenarioTimeout.TotalSeconds:0} s.";
        }
        catch (Exception ex)
        {
            return $"The runner or engine crashed: {ex}";
        }
    }
}
