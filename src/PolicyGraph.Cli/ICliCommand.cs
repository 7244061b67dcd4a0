using System.CommandLine;

namespace PolicyGraph.Cli;

/// <summary>
/// One verb of the CLI. Adding a verb is one class under Commands/ plus one line in <see cref="CliApp.Commands"/>;
/// see README.md beside this file.
/// </summary>
public interface ICliCommand
{
    /// <summary>The verb, e.g. "load".</summary>
    string Name { get; }

    /// <summary>One line saying what the verb does; its options document themselves in <see cref="Parameters"/>.</summary>
    string Summary { get; }

    /// <summary>
    /// The verb's options and positional arguments (<see cref="Option{T}"/>, <see cref="Argument{T}"/>). Anything
    /// else on its command line is a usage error, and <c>--help</c> lists exactly these.
    /// </summary>
    IReadOnlyList<Symbol> Parameters { get; }

    /// <summary>Runs the verb with its parsed arguments; returns the process exit code.</summary>
    Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
