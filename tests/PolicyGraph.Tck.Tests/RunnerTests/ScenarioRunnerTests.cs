using PolicyGraph.Tck.Tests.Execution;
using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.RunnerTests;

/// <summary>The runner must be able to fail: each wrong expectation below is caught, each right one passes.</summary>
public sealed class ScenarioRunnerTests
{
    private const string Q = "\"\"\"";

    [Fact]
    public async Task Correct_expectations_pass()
    {
        await Run($$"""
                   Given an empty graph
                   And parameters are:
                     | p | 41 |
                   When executing query:
                     {{Q}}
                     CREATE (n:Person {name: 'a'}) RETURN n, $p + 1 AS v
                     {{Q}}
                   Then the result should be, in any order:
                     | n                        | v  |
                     | (:Person {name: 'a'})  | 42 |
                   And the side effects should be:
                     | +nodes      | 1 |
                     | +labels     | 1 |
                     | +properties | 1 |
                   """);
    }

    [Theory]
    [InlineData("| 43 |", "| +nodes | 1 |\n  | +labels | 1 |\n  | +properties | 1 |", "Rows differ")]
    [InlineData("| 42 |", "| +nodes | 1 |", "Side effects differ")]
    public async Task Wrong_rows_or_side_effects_fail(string row, string effects, string message)
    {
        var error = await Assert.ThrowsAsync<TckScenarioException>(() => Run($$"""
            Given an empty graph
            When executing query:
              {{Q}}
              CREATE (:Person {name: 'a'}) RETURN 42 AS v
              {{Q}}
            Then the result should be, in any order:
              | v |
              {{row}}
            And the side effects should be:
              {{effects}}
            """));
        Assert.Contains(message, error.Message);
        Assert.Contains("t.feature:", error.Message);
    }

    [Fact]
    public async Task An_expected_error_that_does_not_come_fails()
    {
        var error = await Assert.ThrowsAsync<TckScenarioException>(() => Run($$"""
            Given any graph
            When executing query:
              {{Q}}
              RETURN 1 AS x
              {{Q}}
            Then a SyntaxError should be raised at compile time: UndefinedVariable
            """));
        Assert.Contains("Expected SyntaxError.UndefinedVariable", error.Message);
    }

    [Fact]
    public async Task The_right_error_passes_and_a_wrong_detail_fails()
    {
        const string Query = "RETURN missing AS x";
        await Run($$"""
                   Given any graph
                   When executing query:
                     {{Q}}
                     {{Query}}
                     {{Q}}
                   Then a SyntaxError should be raised at compile time: UndefinedVariable
                   """);
        var error = await Assert.ThrowsAsync<TckScenarioException>(() => Run($$"""
            Given any graph
            When executing query:
              {{Q}}
              {{Query}}
              {{Q}}
            Then a SyntaxError should be raised at compile time: VariableTypeConflict
            """));
        Assert.Contains("detail", error.Message);
    }

    [Fact]
    public async Task Malformed_table_values_name_the_step_line_and_column()
    {
        var error = await Assert.ThrowsAsync<TckScenarioException>(() => Run($$"""
            Given any graph
            When executing query:
              {{Q}}
              RETURN 1 AS x
              {{Q}}
            Then the result should be, in any order:
              | x      |
              | [1, 2  |
            """));
        Assert.Contains("t.feature:8", error.Message);
        Assert.Contains("column", error.Message);
    }

    [Fact]
    public async Task Unknown_steps_are_reported()
    {
        var error = await Assert.ThrowsAsync<TckScenarioException>(() => Run("Given a graph made of cheese"));
        Assert.Contains("Unknown step", error.Message);
    }

    private static Task Run(string steps)
    {
        var indented = string.Join("\n", steps.Split('\n').Select(line => "    " + line));
        var feature = FeatureReader.Parse("t.feature", $"Feature: T1\n  Scenario: [1] s\n{indented}\n");
        var scenario = ScenarioExpander.Expand(feature).Single();
        return new ScenarioRunner(TckBackend.Create, ".", TimeSpan.FromSeconds(10)).RunAsync(scenario, CancellationToken.None);
    }
}
