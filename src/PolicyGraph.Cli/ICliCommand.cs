namespace PolicyGraph.Cli;

/// <summary>
/// One verb of the CLI. Implementations in this assembly are discovered at start-up, so a verb is added by
/// adding one file under Commands/.
/// </summary>
public interface ICliCommand
{
    /// <summary>The verb, e.g. "load".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the verb with the arguments after it; returns the process exit code.</summary>
    Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
