extern alias cli;
using System.Net;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// End to end: <c>policygraph load --data DIR FOLDER</c> (the CLI's own code, run in process through CliApp) adds a
/// document to the store a running web app serves; the app shows it without a restart.
/// </summary>
public sealed class CliLoadIntoRunningAppTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("policygraph-cli-web-").FullName;
    private StoreAppFactory? _factory;

    private string Store => Path.Combine(_root, "store");

    private string Folder => Path.Combine(_root, "documents");

    // The two smallest seed documents keep extraction short; which ones does not matter.
    private readonly string[] _documents = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
        .OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).Take(2).ToArray();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        File.Copy(_documents[0], Path.Combine(Folder, Path.GetFileName(_documents[0])));
        var (exit, _, error) = await RunCli("load", "--data", Store, Folder);
        Assert.True(exit == 0, error);
        _factory = new StoreAppFactory(Store);
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_document_loaded_by_the_CLI_appears_in_the_running_app()
    {
        var client = _factory!.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var added = Path.GetFileName(_documents[1]);

        File.Copy(_documents[1], Path.Combine(Folder, added));
        var (exit, output, error) = await RunCli("load", "--data", Store, Folder);

        Assert.True(exit == 0, error);
        Assert.Contains($"added     {added}", output);
        var documentId = await DocumentIdAsync(added);
        Assert.Equal(HttpStatusCode.OK, await StoreAppFactory.EventualStatusAsync(client, "/api/nodes/" + Uri.EscapeDataString(documentId)));
    }

    /// <summary>The id the load gave the document of <paramref name="sourceFile"/>, read from the store as a second reader.</summary>
    private async Task<string> DocumentIdAsync(string sourceFile)
    {
        await using var reader = EmbeddedGraphBackend.Open(Store, StoreOptions.Reader with { PollInterval = null });
        var result = await reader.RunAsync("MATCH (d:Document {sourceFile: $file}) RETURN d.id",
            new Dictionary<string, object?> { ["file"] = sourceFile });
        return Assert.IsType<string>(Assert.Single(result.Rows)[0]);
    }

    private static async Task<(int Exit, string Output, string Error)> RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await cli::PolicyGraph.Cli.CliApp.RunAsync(args, new cli::PolicyGraph.Cli.CliConsole(output, error), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
