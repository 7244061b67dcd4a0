using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.Reporting;

/// <summary>How one scenario ended. <see cref="FailureMessage"/> is null when the engine passed it.</summary>
public sealed record ScenarioOutcome(TckScenario Scenario, string? FailureMessage, bool ExpectedToFail)
{
    public bool Passed => FailureMessage is null;
}
