namespace PolicyGraph.Cli.Tests;

/// <summary>Mistyped verbs and options stop the run with exit code 2 and name what was probably meant.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("qeury", "query")]
    [InlineData("lod", "load")]
    [InlineData("exprot", "export")]
    [InlineData("chekc", "check")]
    [InlineData("bench-ingset", "bench-ingest")]
    public async Task A_misspelt_verb_is_refused_with_the_verb_meant(string typed, string meant)
    {
        var (exit, output, error) = await SeedFolder.RunCli(typed, "--seeds", SeedFolder.Documents);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"unknown verb '{typed}'", error);
        Assert.Contains($"Did you mean {meant}?", error);
    }

    [Theory]
    [InlineData("--fromat", "--format", "query", "--fromat", "json", "MATCH (n) RETURN n")]
    [InlineData("--seed", "--seeds", "load", "--seed", "seeds/documents")]
    [InlineData("--taget", "--target", "load", "--taget=neo4j")]
    [InlineData("--strictt", "--strict", "check", "--strictt")]
    [InlineData("--form", "--format", "export", "--out", "graph.json", "--form", "json")]
    [InlineData("--scael", "--scale", "bench-ingest", "--scael", "2")]
    [InlineData("--node", "--nodes", "generate", "--node", "100", "--out", "synthetic")]
    [InlineData("--querys", "--queries", "bench", "--querys", "q.cypher", "--seeds", "seeds/documents")]
    public async Task A_misspelt_option_is_refused_with_the_option_meant(string typed, string meant, params string[] commandLine)
    {
        var (exit, output, error) = await SeedFolder.RunCli(commandLine);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"policygraph {commandLine[0]}: unknown option '{typed}'. Did you mean {meant}?", error);
        Assert.Contains($"policygraph {commandLine[0]} --help", error);
    }

    [Fact]
    public async Task An_unknown_option_with_nothing_close_is_refused_without_a_guess()
    {
        var (exit, _, error) = await SeedFolder.RunCli("load", "--colour", "red");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--colour'.", error);
        Assert.DoesNotContain("Did you mean", error);
    }

    [Fact]
    public async Task A_missing_required_option_and_a_value_outside_the_set_are_usage_errors()
    {
        var (missing, _, missingError) = await SeedFolder.RunCli("export", "--format", "json");
        var (outside, _, outsideError) = await SeedFolder.RunCli("query", "--format", "xml", "RETURN 1");

        Assert.Equal(2, missing);
        Assert.Contains("--out", missingError);
        Assert.Equal(2, outside);
        Assert.Contains("xml", outsideError);
    }

    [Fact]
    public async Task A_stray_positional_is_a_usage_error()
    {
        var (exit, _, error) = await SeedFolder.RunCli("load", "extra", "--seeds", SeedFolder.Documents);

        Assert.Equal(2, exit);
        Assert.Contains("'extra'", error);
    }

    [Fact]
    public async Task After_a_double_dash_a_dashed_word_is_the_query_itself()
    {
        var (exit, _, error) = await SeedFolder.RunCli("query", "--seeds", SeedFolder.Documents, "--", "--not-an-option");

        Assert.Equal(1, exit);
        Assert.Contains("SyntaxError", error);
    }

    [Theory]
    [InlineData("fromat", "format", 1)]
    [InlineData("qeury", "query", 1)]
    [InlineData("load", "load", 0)]
    [InlineData("lod", "load", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Edit_distance_counts_a_swap_of_neighbours_once(string a, string b, int distance) =>
        Assert.Equal(distance, Suggestions.EditDistance(a, b));

    [Fact]
    public void Equally_close_names_are_all_offered_and_far_ones_never()
    {
        Assert.Equal(["--modes", "--nodes"], Suggestions.Closest("--codes", ["--nodes", "--modes", "--out"]));
        Assert.Empty(Suggestions.Closest("--x", ["--out", "--help"]));
        Assert.Equal(["--summary-json"], Suggestions.Closest("--summ", ["--summary-json", "--seeds"]));
    }
}
