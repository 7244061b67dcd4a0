namespace PolicyGraph.Cli.Tests;

/// <summary>The repository's seed documents and a way to run a verb on them.</summary>
internal static class SeedFolder
{
    public static string Documents => PolicyGraph.Testing.RepositoryRoot.SeedDocuments;

    public static async Task<(int Exit, string Output, string Error)> Run(ICliCommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await command.RunAsync(new CliArguments([.. args, "--seeds", Documents]), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
