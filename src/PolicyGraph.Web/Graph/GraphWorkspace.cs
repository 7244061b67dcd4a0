using System.Diagnostics;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Ingest;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Makes the graph ready once and hands the result to every request. With the embedded engine the app fills it
/// itself: it extracts the seed documents, applies the schema and imports them. With Neo4j it neither extracts nor
/// writes (the loader, <c>policygraph load</c> or compose, did): it only reads. A failed start fails every request
/// the same way and turns /health unhealthy, rather than serving a half-built graph. After the app writes its own
/// store (upload, removal) the documents are read again.
/// </summary>
public sealed class GraphWorkspace
{
    private readonly Lazy<Task<LoadedGraph>> _loaded;
    private readonly IPolicyGraphLoader _loader;
    private readonly IGraphBackend _backend;
    private readonly NameRegistry _registry;
    private readonly string _seedDirectory;
    private volatile Task<LoadedGraph>? _refreshed;
    private readonly ILogger _logger;
    private readonly TimeSpan _warmUpQuiet;

    public GraphWorkspace(
        IPolicyGraphLoader loader,
        IGraphBackend backend,
        GraphBackendMode mode,
        NameRegistry registry,
        IOptions<PolicyGraphWebOptions> options,
        IHostEnvironment environment,
        ILogger<GraphWorkspace> logger)
    {
        _loader = loader;
        _backend = backend;
        _registry = registry;
        _logger = logger;
        _seedDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedDirectory));
        _warmUpQuiet = options.Value.SearchWarmUpQuiet;
        _loaded = new Lazy<Task<LoadedGraph>>(() => LoadAsync(mode, logger));
    }

    public Task<LoadedGraph> GetAsync() => _refreshed ?? _loaded.Value;

    public bool IsLoaded => _loaded.IsValueCreated && _loaded.Value.IsCompletedSuccessfully;

    /// <summary>Raised after <see cref="RefreshAsync"/> has read the documents again.</summary>
    public event Action? Refreshed;

    /// <summary>How many handlers <see cref="Refreshed"/> holds (for tests: a stopped service leaves none).</summary>
    internal int RefreshedHandlers => Refreshed?.GetInvocationList().Length ?? 0;

    /// <summary>Reads the documents again after the app wrote to its store (upload, removal), keeping the start's loader report.</summary>
    public async Task RefreshAsync()
    {
        var before = await GetAsync();
        _refreshed = Task.FromResult(await ReadAsync(before.Diagnostics, before.Check, before.LoadTime));
        Refreshed?.Invoke();
    }

    private async Task<LoadedGraph> LoadAsync(GraphBackendMode mode, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var (sinceStart, cpu) = StartupFigures.SinceProcessStart();
        Log.StartupStep(logger, "process start until the graph is asked for (host, store opened)", sinceStart, cpu);
        var load = mode.LoadsSeeds ? await FillAsync(_loader, _backend, _seedDirectory, logger) : null;
        var loaded = await TimedAsync(logger, "read the documents",
            () => ReadAsync(load?.Diagnostics.Select(d => d.Text).ToArray() ?? [], load?.Check, TimeSpan.Zero));
        var (nodes, relationships) = await TimedAsync(logger, "totals", () => loaded.Reader.TotalsAsync());
        Log.GraphLoaded(logger, nodes, relationships, _backend.Name, _seedDirectory, clock.ElapsedMilliseconds);
        if (_backend is EmbeddedGraphBackend embedded)
            _ = PrepareSearchAsync(embedded, loaded.Search, _warmUpQuiet, logger);
        return loaded with { LoadTime = clock.Elapsed };
    }

    /// <summary>Runs one start-up step and logs its wall and CPU time (<see cref="Log.StartupStep"/>).</summary>
    private static async Task<T> TimedAsync<T>(ILogger logger, string step, Func<Task<T>> run)
    {
        var wall = Stopwatch.StartNew();
        var cpu = StartupFigures.CpuTime();
        var result = await run();
        Log.StartupStep(logger, step, wall.ElapsedMilliseconds, (long)(StartupFigures.CpuTime() - cpu).TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// Builds what a search reads (the full-text index, the searchable names) off the request path: /health answers
    /// meanwhile, and a search that comes during the build waits for it, within its query timeout. Then, once search
    /// has gone unasked for <paramref name="warmUpQuiet"/>, the warm-up search; a search asked for first skips it.
    /// </summary>
    private static async Task PrepareSearchAsync(EmbeddedGraphBackend backend, NameSearch search, TimeSpan warmUpQuiet, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // Side by side: each is mostly one thread's work (reading its file), and the first search needs both.
            var names = TimedAsync(logger, "searchable names", () => search.PrepareNamesAsync());
            var built = TimedAsync(logger, "full-text indexes", () => backend.BuildFullTextIndexesAsync());
            // Both awaited even when one fails: the other's failure is observed, and nothing reads on after the log.
            await Task.WhenAll(names, built);
            Log.SearchPrepared(logger, await built, clock.ElapsedMilliseconds);
            // A refused or missing index or summary file is rebuilt in memory; the operator should know why start-up paid for it.
            foreach (var problem in backend.TakeFullTextIndexProblems()) Log.FullTextIndexFileNotUsed(logger, problem);
            foreach (var problem in backend.TakeNodeSummaryProblems()) Log.NodeSummaryFileNotUsed(logger, problem);
        }
        catch (Exception exception)
        {
            // Out of memory included: a search then builds again and reports its own failure; the app keeps serving.
            Log.SearchNotPrepared(logger, exception);
            return;
        }
        try
        {
            if (!await search.UnaskedForAsync(warmUpQuiet) || await TimedAsync(logger, "search warm-up", () => search.WarmUpAsync()) is null)
                Log.SearchWarmUpLeftToSearch(logger);
        }
        catch (Exception exception)
        {
            Log.SearchWarmUpFailed(logger, exception);
        }
    }

    private async Task<LoadedGraph> ReadAsync(IReadOnlyList<string> diagnostics, ConsistencyReport? check, TimeSpan loadTime)
    {
        var documents = await DocumentFiles.ReadAsync(_backend, _logger);
        var reader = new GraphReader(_backend, documents);
        var search = new NameSearch(reader, _registry);
        return new LoadedGraph(reader, search, new EntityResolver(reader, _registry, search),
            new SourceLibrary(documents, _seedDirectory, _loader.ReadSourceLines), diagnostics, check, loadTime);
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
