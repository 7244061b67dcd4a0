using System.CommandLine;

namespace PolicyGraph.Cli.Tests;

/// <summary>How a verb reads its command line, through a verb of the test's own that records what it was given.</summary>
public class CliArgumentsTests
{
    [Fact]
    public async Task Options_take_their_value_in_either_spelling_and_positionals_stay_in_order()
    {
        var (exit, args, _) = await Record("echo", "MATCH (n) RETURN n", "--name", "json", "--out=out/docs", "extra");

        Assert.Equal(0, exit);
        Assert.Equal(["MATCH (n) RETURN n", "extra"], args!.Positionals);
        Assert.Equal("json", args.Get("name"));
        Assert.Equal("out/docs", args.Get("out"));
    }

    [Fact]
    public async Task A_switch_never_swallows_the_query_after_it()
    {
        var (_, args, _) = await Record("echo", "--loud", "CREATE (n:Note)");

        Assert.True(args!.Has("loud"));
        Assert.Equal(["CREATE (n:Note)"], args.Positionals);
    }

    [Fact]
    public async Task Declared_defaults_apply_when_an_option_is_absent_and_Has_tells_them_apart()
    {
        var (_, args, _) = await Record("echo");

        Assert.Equal("anonymous", args!.Get("name"));
        Assert.False(args.Has("name"));
        Assert.Equal(3, args.GetInt("times"));
        Assert.Null(args.Get("out"));
        Assert.Equal("fallback", args.Get("out", "fallback"));
        Assert.False(args.Has("loud"));
    }

    [Fact]
    public async Task A_switch_given_as_false_is_not_set()
    {
        var (_, args, _) = await Record("echo", "--loud", "false");

        Assert.False(args!.Has("loud"));
        Assert.Empty(args.Positionals);
    }

    [Fact]
    public async Task Whole_numbers_are_checked_by_the_parser_with_a_message_naming_the_option()
    {
        var (exit, args, error) = await Record("echo", "--times", "soon");

        Assert.Equal(CliApp.UsageErrorExitCode, exit);
        Assert.Null(args);
        Assert.Contains("--times", error);
        Assert.Contains("soon", error);
    }

    [Fact]
    public async Task A_value_starting_with_two_dashes_is_an_option_not_the_value_of_the_one_before()
    {
        var (exit, args, error) = await Record("echo", "--out", "--name", "csv");

        Assert.Equal(CliApp.UsageErrorExitCode, exit);
        Assert.Null(args);
        Assert.Contains("--out needs a value, but the word after it is the option --name", error);
    }

    [Fact]
    public async Task Reading_an_option_the_verb_did_not_declare_fails_loudly()
    {
        var verb = new EchoVerb { ReadsUndeclaredOption = true };
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["echo"], new CliConsole(new StringWriter(), error), [verb], CancellationToken.None);

        Assert.NotEqual(0, exit);
        Assert.Contains("does not declare", error.ToString());
    }

    private static async Task<(int Exit, CliArguments? Args, string Error)> Record(params string[] commandLine)
    {
        var verb = new EchoVerb();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(commandLine, new CliConsole(new StringWriter(), error), [verb], CancellationToken.None);
        return (exit, verb.Received, error.ToString());
    }

    private sealed class EchoVerb : ICliCommand
    {
        public string Name => "echo";

        public string Summary => "Records its arguments.";

        public IReadOnlyList<Symbol> Parameters { get; } =
        [
            new Argument<string[]>("words") { Arity = ArgumentArity.ZeroOrMore },
            CliOptions.Text("--name", "NAME", "A name.", defaultValue: "anonymous"),
            CliOptions.Text("--out", "PATH", "A path."),
            CliOptions.Number("--times", "N", "A count.", defaultValue: 3),
            CliOptions.Switch("--loud", "A switch."),
        ];

        public bool ReadsUndeclaredOption { get; init; }

        public CliArguments? Received { get; private set; }

        public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            if (ReadsUndeclaredOption) _ = args.Get("undeclared");
            Received = args;
            return Task.FromResult(0);
        }
    }
}
