using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Reporting;

namespace PolicyGraph.Tck.Tests.RunnerTests;

public sealed class ReportingTests
{
    [Fact]
    public void Expected_failures_parse_names_and_reasons_and_skip_comments()
    {
        var list = ExpectedFailures.Parse("ef.txt", ["# comment", "", "Match1 [1] x\tno MATCH yet", "Temporal1 [2] y (example 3)\ttemporal"]);
        Assert.Equal(2, list.Count);
        Assert.True(list.TryGetReason("Temporal1 [2] y (example 3)", out var reason));
        Assert.Equal("temporal", reason);
        Assert.False(list.TryGetReason("Match1 [2] z", out _));
    }

    [Fact]
    public void Expected_failures_reject_lines_without_a_tab_naming_the_line()
    {
        var error = Assert.Throws<FormatException>(() => ExpectedFailures.Parse("ef.txt", ["# c", "Match1 [1] x"]));
        Assert.StartsWith("ef.txt:2:", error.Message);
    }

    [Fact]
    public void Rendered_failures_round_trip_with_one_line_reasons()
    {
        var text = ExpectedFailures.Render([("A1 [1] a", "first line\nsecond\tline"), ("A1 [2] b", "short")]);
        var parsed = ExpectedFailures.Parse("x", text.Split('\n'));
        Assert.True(parsed.TryGetReason("A1 [1] a", out var reason));
        Assert.Equal("first line second line", reason);
    }

    [Fact]
    public void Summary_counts_per_folder_with_and_without_temporal_scenarios()
    {
        var plain = Scenario("clauses/match/Match1.feature", "RETURN 1");
        var temporal = Scenario("expressions/temporal/Temporal1.feature", "RETURN date('2020-01-01')");
        var summary = TckSummary.Render([
            new ScenarioOutcome(plain, null, false),
            new ScenarioOutcome(plain with { Title = "[2] b" }, "boom", true),
            new ScenarioOutcome(temporal, "no temporal", true),
        ]);
        Assert.Contains("| clauses/match | 1 | 1 | 1 | 2 | 1 | 1 | 2 |", summary);
        Assert.Contains("| expressions/temporal | 0 | 1 | 1 | 1 | 0 | 0 | 0 |", summary);
        Assert.Contains("| **total** | 1 | 2 | 2 | 3 | 1 | 1 | 2 |", summary);
    }

    private static TckScenario Scenario(string path, string query) =>
        new(path, "F1", "[1] a", null, [], [new Step("When", "executing query:", 1, query)]);
}

public sealed class ScenarioVerdictTests
{
    [Fact]
    public void Listed_failure_passes_with_expected_failure_output()
    {
        var verdict = ScenarioVerdict.Decide("X1 [1] a", "rows differ", "no temporal types");
        Assert.False(verdict.FailsTest);
        Assert.StartsWith("expected failure (no temporal types)", verdict.Message);
    }

    [Fact]
    public void Listed_scenario_that_passes_fails_the_run()
    {
        var verdict = ScenarioVerdict.Decide("X1 [1] a", null, "old reason");
        Assert.True(verdict.FailsTest);
        Assert.Contains("remove it from expected-failures.txt", verdict.Message);
    }

    [Fact]
    public void Unlisted_failure_fails_and_unlisted_pass_passes()
    {
        Assert.Equal(new ScenarioVerdict(true, "rows differ"), ScenarioVerdict.Decide("X1 [1] a", "rows differ", null));
        Assert.False(ScenarioVerdict.Decide("X1 [1] a", null, null).FailsTest);
    }
}
