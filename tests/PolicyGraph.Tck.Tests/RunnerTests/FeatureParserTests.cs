using PolicyGraph.Tck.Tests.Gherkin;

namespace PolicyGraph.Tck.Tests.RunnerTests;

public sealed class FeatureParserTests
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
        var feature = FeatureParser.Parse("x/Demo3.feature", Outline.Replace("\\\"", "\"", StringComparison.Ordinal));
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
    public void Table_cells_are_trimmed_and_unescaped(string row, string[] cells) =>
        Assert.Equal(cells, FeatureParser.SplitRow(row));

    [Fact]
    public void Unknown_lines_are_reported_with_file_and_line()
    {
        var error = Assert.Throws<GherkinFormatException>(() =>
            FeatureParser.Parse("f.feature", "Feature: F\n  Scenario: [1] s\n    Whenever this\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("f.feature:3", error.Message);
    }

    private static IReadOnlyList<TckScenario> Expand() =>
        ScenarioExpander.Expand(FeatureParser.Parse("x/Demo3.feature",
            Outline.Replace("\\\"", "\"", StringComparison.Ordinal))).ToArray();
}
