using System.CommandLine;
using System.CommandLine.Invocation;
using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli;

/// <summary>The policygraph command line: its verbs, parsing, help, and usage errors (exit code 2).</summary>
public static class CliApp
{
    public const int UsageErrorExitCode = 2;

    /// <summary>Every verb, one line each.</summary>
    public static IReadOnlyList<ICliCommand> Commands() =>
    [
        new BenchCommand(),
        new BenchIngestCommand(),
        new BenchKuzuCommand(),
        new BenchStoreCommand(),
        new CheckCommand(),
        new CrashTestCommand(),
        new EvalCommand(),
        new ExportCommand(),
        new FloodCommand(),
        new FuzzCommand(),
        new GenerateCommand(),
        new LoadCommand(),
        new QueryCommand(),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the verb, or prints help or what is wrong with the command line.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        RunAsync(args, console, Commands(), cancellationToken);

    /// <summary>The same with a given set of verbs (tests use verbs of their own).</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, IReadOnlyList<ICliCommand> verbs, CancellationToken cancellationToken)
    {
        var root = BuildRoot(verbs, console);
        // Response files (@file) are off: an argument starting with '@' is taken as written, as it always was.
        var parse = root.Parse(HelpAliases(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
        // Help and --version run even on a faulty line; a verb runs only on a clean one.
        var runsVerb = parse.Action is ParseErrorAction || parse.Action == parse.CommandResult.Command.Action;
        if (runsVerb && UsageErrors.Describe(parse) is { Count: > 0 } problems)
        {
            await WriteUsageErrorsAsync(console.Error, parse.CommandResult.Command, problems);
            return UsageErrorExitCode;
        }
        var invocation = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            ProcessTerminationTimeout = console.OwnsProcess ? TimeSpan.FromSeconds(2) : null,
        };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    private static async Task WriteUsageErrorsAsync(TextWriter error, Command command, IReadOnlyList<string> problems)
    {
        var verb = command is RootCommand ? "" : $" {command.Name}";
        foreach (var problem in problems) await error.WriteLineAsync($"policygraph{verb}: {problem}");
        await error.WriteLineAsync($"Run 'policygraph{verb} --help' for the {(verb.Length == 0 ? "verbs" : "options")}.");
    }

    private static RootCommand BuildRoot(IEnumerable<ICliCommand> verbs, CliConsole console)
    {
        var root = new RootCommand("PolicyGraph: turn policy documents into a property graph, query, check and export it.")
        {
            HelpName = "policygraph",
        };
        foreach (var verb in verbs) root.Add(BuildCommand(verb, console));
        return root;
    }

    private static Command BuildCommand(ICliCommand verb, CliConsole console)
    {
        var command = new Command(verb.Name, verb.Summary);
        foreach (var parameter in verb.Parameters)
        {
            if (parameter is Option option) command.Add(option);
            else if (parameter is Argument argument) command.Add(argument);
            else throw new InvalidOperationException($"The verb '{verb.Name}' declares {parameter.GetType().Name}; only options and arguments are parameters.");
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await verb.RunAsync(new CliArguments(parse, console.ErrorIsTerminal), console.Output, console.Error, cancellationToken);
            }
            catch (CliUsageException ex)
            {
                await console.Error.WriteLineAsync($"policygraph {verb.Name}: {ex.Message}");
                return UsageErrorExitCode;
            }
        });
        return command;
    }

    /// <summary>No arguments shows the verbs; <c>help [verb]</c> is <c>[verb] --help</c>.</summary>
    private static IReadOnlyList<string> HelpAliases(IReadOnlyList<string> args) => args switch
    {
        [] or ["help"] => ["--help"],
        ["help", var verb] => [verb, "--help"],
        _ => args,
    };
}

/// <summary>Where the CLI writes, and whether it is the process's own console.</summary>
/// <param name="ErrorIsTerminal">Standard error is an interactive terminal: progress is drawn as a bar.</param>
/// <param name="OwnsProcess">Ctrl+C and SIGTERM cancel the running verb (off for in-process callers such as tests).</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error, bool ErrorIsTerminal = false, bool OwnsProcess = false)
{
    /// <summary>The process's console; a bar only on a terminal that is not CI's and not TERM=dumb.</summary>
    public static CliConsole ForProcess() => new(
        Console.Out,
        Console.Error,
        ErrorIsTerminal: !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb",
        OwnsProcess: true);
}
