using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.RunnerTests;

/// <summary>The shared feature reader (tests/Shared/Tck) on a feature written for the purpose.</summary>
public sealed class FeatureReaderTests
{
    private const string Outline = """
        #encoding: utf-8
        Feature: Demo3 - Parser demo

          Background:
            Given an empty graph
            And having executed:
              \"\"\"
              CREATE (:A)
                CREATE (:B)
              \"\"\"

          @ignore
          Scenario Outline: [1] Outline <what>
            When executing query:
              \"\"\"
              RETURN <expr> AS v
              \"\"\"
            Then the result should be, in any order:
              | v      |
              | <value> |
            And no side effects

            Examples:
              | what | expr | value |
              | int  | 1    | 1     |
              | pipe | 'a\|b' | 'a\|b' |

        #  Scenario: [2] Commented out
          Scenario: [2] Plain
            Given any graph
            When executing query:
              \"\"\"
              RETURN 1
              \"\"\"
            Then the result should be empty
        """;

    [Fact]
    public void Short_name_drops_the_subtitle()
    {
        var feature = FeatureReader.Parse("x/Demo3.feature", Outline.Replace("\\\"", "\"", StringComparison.Ordinal));
        Assert.Equal("Demo3", feature.ShortName);
        Assert.Equal("Unwind1", new FeatureFile("a", "Unwind1", [], []).ShortName);
    }

    [Fact]
    public void Outline_rows_become_numbered_scenarios_with_background_and_substitution()
    {
        var scenarios = Expand();
        // Titles keep their placeholders, as upstream ids and scenarios.tsv do; the example number tells rows apart.
        Assert.Equal(["Demo3 [1] Outline <what> (example 1)", "Demo3 [1] Outline <what> (example 2)", "Demo3 [2] Plain"],
            scenarios.Select(s => s.DisplayName));
        var pipe = scenarios[1];
        Assert.Equal("an empty graph", pipe.Steps[0].Text);
        Assert.Equal("RETURN 'a|b' AS v", pipe.Steps[2].DocString);
        Assert.Equal("'a|b'", pipe.Steps[3].Table!.Rows[1][0]);
        Assert.True(pipe.IsIgnored);
        Assert.False(scenarios[2].IsIgnored);
    }

    [Fact]
    public void Doc_strings_are_deindented_to_the_opening_quotes()
    {
        var setup = Expand()[2].Steps[1];
        Assert.Equal("having executed:", setup.Text);
        Assert.Equal("CREATE (:A)\n  CREATE (:B)", setup.DocString);
    }

    [Theory]
    [InlineData("| a | b |", new[] { "a", "b" })]
    [InlineData(@"| x\|y | \\ |", new[] { "x|y", @"\" })]
    [InlineData(@"| a\nb |", new[] { "a\nb" })]
    [InlineData("|", new string[0])]
    public void Table_cells_are_trimmed_and_unescaped(string row, string[] cells)
    {
        var feature = FeatureReader.Parse("t.feature", $"Feature: T\n  Scenario: [1] s\n    Given a table:\n      {row}\n");
        Assert.Equal(cells, feature.Scenarios[0].Steps[0].Table!.Rows.Single());
    }

    [Fact]
    public void Rows_of_several_Examples_tables_are_numbered_on_across_them()
    {
        var feature = FeatureReader.Parse("t.feature", """
            Feature: T
              Scenario Outline: [1] o <n>
                Given a <n>
                Examples:
                  | n |
                  | 1 |
                Examples:
                  | n |
                  | 2 |
                  | 3 |
            """);

        var scenarios = ScenarioExpander.Expand(feature).ToArray();

        Assert.Equal([1, 2, 3], scenarios.Select(s => s.ExampleRow!.Value));
        Assert.Equal(["a 1", "a 2", "a 3"], scenarios.Select(s => s.Steps[0].Text));
    }

    [Fact]
    public void Unknown_lines_are_reported_with_file_and_line()
    {
        var error = Assert.Throws<GherkinFormatException>(() =>
            FeatureReader.Parse("f.feature", "Feature: F\n  Scenario: [1] s\n    Given any graph\n    Whenever this\n"));
        Assert.Equal(4, error.LineNumber);
        Assert.Contains("f.feature:4", error.Message);
        Assert.Contains("Whenever this", error.Message);
    }

    private static IReadOnlyList<TckScenario> Expand() =>
        ScenarioExpander.Expand(FeatureReader.Parse("x/Demo3.feature",
            Outline.Replace("\\\"", "\"", StringComparison.Ordinal))).ToArray();
}
