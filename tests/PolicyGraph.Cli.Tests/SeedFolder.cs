namespace PolicyGraph.Cli.Tests;

/// <summary>The repository's seed documents and ways to run the CLI in process, as a user would type it.</summary>
internal static class SeedFolder
{
    public static string Documents => PolicyGraph.Testing.RepositoryRoot.SeedDocuments;

    /// <summary>Runs <paramref name="command"/>'s verb (as registered in <see cref="CliApp"/>) on the seed documents.</summary>
    public static Task<(int Exit, string Output, string Error)> Run(ICliCommand command, params string[] args) =>
        RunCli([command.Name, .. args, "--seeds", Documents]);

    /// <summary>Runs a whole command line; standard error is not a terminal, as when it is redirected.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(output, error), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
