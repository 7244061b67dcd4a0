using System.Diagnostics;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Makes the graph ready once and hands the result to every request. With the embedded engine the app fills it
/// itself: it extracts the seed documents, applies the schema and imports them. With Neo4j it neither extracts nor
/// writes (the loader, <c>policygraph load</c> or compose, did): it only reads. A failed start fails every request
/// the same way and turns /health unhealthy, rather than serving a half-built graph.
/// </summary>
public sealed class GraphWorkspace
{
    private readonly Lazy<Task<LoadedGraph>> _loaded;

    public GraphWorkspace(
        IPolicyGraphLoader loader,
        IGraphBackend backend,
        GraphBackendMode mode,
        NameRegistry registry,
        IOptions<PolicyGraphWebOptions> options,
        IHostEnvironment environment,
        ILogger<GraphWorkspace> logger)
    {
        var seedDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedDirectory));
        _loaded = new Lazy<Task<LoadedGraph>>(() => LoadAsync(loader, backend, mode, registry, seedDirectory, logger));
    }

    public Task<LoadedGraph> GetAsync() => _loaded.Value;

    public bool IsLoaded => _loaded.IsValueCreated && _loaded.Value.IsCompletedSuccessfully;

    private static async Task<LoadedGraph> LoadAsync(
        IPolicyGraphLoader loader, IGraphBackend backend, GraphBackendMode mode, NameRegistry registry, string seedDirectory, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var load = mode.LoadsSeeds ? await FillAsync(loader, backend, seedDirectory, logger) : null;
        var documents = await DocumentFiles.ReadAsync(backend);
        var reader = new GraphReader(backend, documents);
        var (labels, types) = await reader.CountsAsync();
        Log.GraphLoaded(logger, labels.Values.Sum(), types.Values.Sum(), backend.Name, seedDirectory, clock.ElapsedMilliseconds);
        var search = new NameSearch(reader, registry);
        return new LoadedGraph(reader, search, new EntityResolver(reader, registry, search),
            new SourceLibrary(documents, seedDirectory, loader.ReadSourceLines),
            load?.Diagnostics.Select(d => d.Text).ToArray() ?? [], load?.Check, clock.Elapsed);
    }

    private static async Task<GraphLoadResult> FillAsync(IPolicyGraphLoader loader, IGraphBackend backend, string seedDirectory, ILogger logger)
    {
        if (!Directory.Exists(seedDirectory))
            throw new DirectoryNotFoundException($"Seed directory not found: {seedDirectory} (set PolicyGraph:Web:SeedDirectory).");
        var result = await Task.Run(() => loader.Load(seedDirectory));
        foreach (var diagnostic in result.Diagnostics)
            Log.LoaderDiagnostic(logger, diagnostic.Level, diagnostic.Text);
        await backend.ApplySchemaAsync();
        await backend.ImportAsync(result.Graph);
        return result;
    }
}

/// <summary>Whether this app fills the backend with the seeds itself (embedded engine) or only reads (Neo4j).</summary>
public sealed record GraphBackendMode(bool LoadsSeeds);
