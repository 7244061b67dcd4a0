namespace PolicyGraph.Cli.Tests;

/// <summary>The repository's seed documents, found by walking up from this source file (builds may live elsewhere).</summary>
internal static class SeedFolder
{
    public static string Documents => Find();

    private static string Find([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "documents");
            if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("seeds/documents not found above " + sourceFile);
    }

    public static async Task<(int Exit, string Output, string Error)> Run(ICliCommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await command.RunAsync(new CliArguments([.. args, "--seeds", Documents]), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
