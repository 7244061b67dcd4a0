using System.Diagnostics;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Loads the seed documents once, imports them into the Cypher backend, and hands the result to every request.
/// Loading starts on first use (Program touches it at start-up); a failed load fails every request the same way
/// and turns /health unhealthy, rather than serving a half-built graph.
/// </summary>
public sealed class GraphWorkspace
{
    private readonly Lazy<Task<LoadedGraph>> _loaded;

    public GraphWorkspace(
        IPolicyGraphLoader loader,
        IGraphBackend backend,
        IOptions<PolicyGraphWebOptions> options,
        IHostEnvironment environment,
        ILogger<GraphWorkspace> logger)
    {
        var seedDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedDirectory));
        _loaded = new Lazy<Task<LoadedGraph>>(() => LoadAsync(loader, backend, seedDirectory, logger));
    }

    public Task<LoadedGraph> GetAsync() => _loaded.Value;

    public bool IsLoaded => _loaded.IsValueCreated && _loaded.Value.IsCompletedSuccessfully;

    private static async Task<LoadedGraph> LoadAsync(
        IPolicyGraphLoader loader, IGraphBackend backend, string seedDirectory, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(seedDirectory))
            throw new DirectoryNotFoundException($"Seed directory not found: {seedDirectory} (set PolicyGraph:Web:SeedDirectory).");
        var result = await Task.Run(() => loader.Load(seedDirectory));
        foreach (var diagnostic in result.Diagnostics)
            Log.LoaderDiagnostic(logger, diagnostic.Level, diagnostic.Text);
        // The embedded engine gets cypher/schema as Neo4j does on import: its indexes and full-text search.
        if (backend is PolicyGraph.Embedded.EmbeddedGraphBackend) await PolicyGraph.Neo4j.Loading.SchemaScripts.ApplyAsync(backend);
        await backend.ImportAsync(result.Graph);
        var index = new GraphIndex(result.Graph, result.ReferenceAliases);
        Log.GraphLoaded(logger, result.Graph.Nodes.Count, result.Graph.Relationships.Count, backend.Name, seedDirectory, clock.ElapsedMilliseconds);
        return new LoadedGraph(index, new SourceLibrary(index, seedDirectory, loader.ReadSourceLines), backend,
            result.Diagnostics.Select(d => d.Text).ToArray(), clock.Elapsed);
    }
}
