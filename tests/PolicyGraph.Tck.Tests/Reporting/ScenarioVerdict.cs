namespace PolicyGraph.Tck.Tests.Reporting;

/// <summary>
/// Whether a scenario's xunit test fails. A scenario listed in expected-failures.txt that fails is a passing test
/// whose output starts with "expected failure"; a listed scenario that passes fails, so the list only shrinks.
/// </summary>
public sealed record ScenarioVerdict(bool FailsTest, string Message)
{
    public static ScenarioVerdict Decide(string displayName, string? failure, string? expectedFailureReason) =>
        (failure, expectedFailureReason) switch
        {
            (null, null) => new(false, "passed"),
            (null, _) => new(true, $"'{displayName}' passes now: remove it from {ExpectedFailures.FileName}."),
            (_, null) => new(true, failure),
            _ => new(false, $"expected failure ({expectedFailureReason})\n{failure}"),
        };
}
