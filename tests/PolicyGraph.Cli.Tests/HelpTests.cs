using System.CommandLine;

namespace PolicyGraph.Cli.Tests;

/// <summary>Every verb documents its own options under --help.</summary>
public class HelpTests
{
    public static TheoryData<string> Verbs() => [.. CliApp.Commands().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Each_verbs_help_lists_every_option_it_accepts(string verb)
    {
        var declared = CliApp.Commands().Single(c => c.Name == verb).Parameters.OfType<Option>().Select(o => o.Name).ToList();

        var (exit, output, error) = await SeedFolder.RunCli(verb, "--help");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"policygraph {verb}", output);
        Assert.NotEmpty(declared);
        Assert.All(declared.Append("--help"), name => Assert.Contains(name, output));
    }

    [Theory]
    [InlineData("query", "--format <table|json>", "--params <JSON>", "--write", "--timeout <SECONDS>", "<query>")]
    [InlineData("export", "--format", "--out <PATH>", "--seeds <DIR>", "--reference <DIR>")]
    [InlineData("load", "--target <embedded|neo4j>", "--seeds <DIR>")]
    [InlineData("check", "--strict", "--seeds <DIR>")]
    [InlineData("bench-ingest", "--scale <N>", "--no-similar", "--no-mentions", "--stages")]
    [InlineData("generate", "--nodes <N>", "--out <DIR>", "--seed <S>")]
    [InlineData("bench", "--queries <FILE>", "--reps <N>", "--warmup <N>", "--summary-json <FILE>")]
    public async Task The_options_of_the_existing_verbs_are_all_still_there(string verb, params string[] expected)
    {
        var (_, output, _) = await SeedFolder.RunCli(verb, "--help");

        Assert.All(expected, text => Assert.Contains(text, output));
    }

    [Fact]
    public async Task No_arguments_or_help_lists_every_verb_and_help_verb_is_verb_help()
    {
        var (bare, bareOutput, _) = await SeedFolder.RunCli();
        var (_, helpLoad, _) = await SeedFolder.RunCli("help", "load");
        var (_, loadHelp, _) = await SeedFolder.RunCli("load", "--help");

        Assert.Equal(0, bare);
        Assert.All(CliApp.Commands(), c => Assert.Contains(c.Name, bareOutput));
        Assert.Contains("--target", helpLoad);
        Assert.Equal(loadHelp, helpLoad);
    }

    [Fact]
    public async Task Help_wins_over_a_faulty_line_and_runs_nothing()
    {
        var (exit, output, _) = await SeedFolder.RunCli("query", "--timeout", "soon", "--help");

        Assert.Equal(0, exit);
        Assert.StartsWith("Description:", output);
        Assert.Contains("--timeout", output);
        Assert.DoesNotContain("+---", output);
    }
}
