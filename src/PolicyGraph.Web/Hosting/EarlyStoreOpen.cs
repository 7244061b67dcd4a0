using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// The store of <c>Graph:DataDirectory</c>, opened on a pool thread from the moment the services are registered, and
/// behind it what the first search reads (the full-text index and the searchable summaries from their files), so that
/// work uses the core the host's own start leaves idle instead of following it. The first resolution of the backend
/// takes it (an open that failed throws there, as an open at resolution did). When the settings differ by then (a test
/// host's overrides come later), the early store is closed and the backend is opened as before.
/// </summary>
internal sealed class EarlyStoreOpen
{
    private readonly (string Directory, bool Writer) _settings;
    private readonly Task<EmbeddedGraphBackend> _opened;

    private EarlyStoreOpen((string Directory, bool Writer) settings, Task<EmbeddedGraphBackend> opened) =>
        (_settings, _opened) = (settings, opened);

    /// <summary>Starts opening the configured store; null when there is none (in memory, Neo4j).</summary>
    public static EarlyStoreOpen? Start(Func<string, string?> setting)
    {
        if (SettingsOf(setting) is not { } settings) return null;
        return new EarlyStoreOpen(settings, Task.Run(() =>
        {
            var backend = EmbeddedGraphBackend.Open(settings.Directory, settings.Writer ? StoreOptions.Writer : StoreOptions.Reader);
            Warm(backend);
            return backend;
        }));
    }

    /// <summary>The opened backend when <paramref name="setting"/> still names this store, else null (the early one closed).</summary>
    public EmbeddedGraphBackend? Take(Func<string, string?> setting)
    {
        if (SettingsOf(setting) == _settings) return _opened.GetAwaiter().GetResult();
        // Closed before the caller opens again: the same directory as writer would find its lock held.
        if (_opened.Wait(Timeout.InfiniteTimeSpan) && _opened.IsCompletedSuccessfully)
            _opened.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return null;
    }

    private static (string Directory, bool Writer)? SettingsOf(Func<string, string?> setting) =>
        GraphBackendFactory.IsEmbedded(setting) && GraphBackendFactory.DataDirectory(setting) is { } directory
            ? (directory, GraphBackendFactory.HoldsStore(setting))
            : null;

    /// <summary>
    /// Reads what the first search needs into the store's caches; the app's search preparation then finds them read
    /// (or joins the read). A failure here is left to that preparation, which does the same work and logs its failure.
    /// </summary>
    private static void Warm(EmbeddedGraphBackend backend)
    {
        Observe(backend.BuildFullTextIndexesAsync());
        Observe(backend.SummariseNodesAsync(NodeSummaryRequest.Searchable));
    }

    private static void Observe(Task task) =>
        task.ContinueWith(static failed => failed.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
