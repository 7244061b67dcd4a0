using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// The store of <c>Graph:DataDirectory</c>, opened on a pool thread from the moment the services are registered, and
/// behind it what the first search reads (the full-text index and the searchable summaries from their files), so that
/// work uses the core the host's own start leaves idle instead of following it. The first resolution of the backend
/// takes it (an open that failed throws there, as an open at resolution did). When the settings differ by then (a test
/// host's overrides come later), the early store is closed (its failure only logged) and the backend is opened as
/// configured. Registered as a hosted service, so the host resolves it first thing at start and its container owns it:
/// a store never taken (a start that failed before the backend was asked for) is closed when the host stops or is
/// disposed, as a failed start disposes it.
/// </summary>
internal sealed class EarlyStoreOpen : IHostedService, IAsyncDisposable, IDisposable
{
    private readonly (string Directory, bool Writer) _settings;
    private readonly CancellationTokenSource _warming = new();
    private readonly Task<(EmbeddedGraphBackend Backend, Task Warm)> _opened;
    private int _handedOver;
    private (long WallMs, long CpuMs) _openedAt;

    private EarlyStoreOpen((string Directory, bool Writer) settings)
    {
        _settings = settings;
        var warming = _warming.Token;
        _opened = Task.Run(() =>
        {
            var backend = EmbeddedGraphBackend.Open(settings.Directory, settings.Writer ? StoreOptions.Writer : StoreOptions.Reader);
            _openedAt = StartupFigures.SinceProcessStart();
            return (backend, Warm(backend, warming));
        });
    }

    /// <summary>Starts opening the configured store; null when there is none (in memory, Neo4j).</summary>
    public static EarlyStoreOpen? Start(Func<string, string?> setting) =>
        SettingsOf(setting) is { } settings ? new EarlyStoreOpen(settings) : null;

    /// <summary>
    /// The opened backend when <paramref name="setting"/> still names this store (an open that failed throws here), else
    /// null: the early store is closed first (the same directory as writer would find its lock held) and a failed early
    /// open is logged, not thrown, since the caller opens another store. Only the first call can take the store.
    /// </summary>
    public EmbeddedGraphBackend? Take(Func<string, string?> setting, ILogger? logger = null)
    {
        if (Interlocked.Exchange(ref _handedOver, 1) == 1) return null;
        if (SettingsOf(setting) == _settings)
        {
            var backend = _opened.GetAwaiter().GetResult().Backend;
            if (logger is not null) Log.StartupStep(logger, "process start until the store was open (early open)", _openedAt.WallMs, _openedAt.CpuMs);
            return backend;
        }
        CloseAsync(logger).AsTask().GetAwaiter().GetResult();
        return null;
    }

    /// <summary>Nothing to start: the open began at registration.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Closes the store unless <see cref="Take"/> handed it over (the backend then owns it).</summary>
    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    /// <summary>Closes the store unless <see cref="Take"/> handed it over.</summary>
    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _handedOver, 1) == 1 ? ValueTask.CompletedTask : CloseAsync(logger: null);

    /// <summary>As <see cref="DisposeAsync"/>, for a container disposed synchronously (it refuses an async-only service).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async ValueTask CloseAsync(ILogger? logger)
    {
        await _warming.CancelAsync();
        await ((Task)_opened).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!_opened.IsCompletedSuccessfully)
        {
            _warming.Dispose();
            logger?.LogWarning(_opened.Exception?.GetBaseException(), "Store {Directory} opened before the settings changed failed; it is not used", _settings.Directory);
            return;
        }
        var (backend, warm) = _opened.Result;
        // The warm-up reads the store: it ends (cancelled or done) before the store closes under it.
        await warm.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await backend.DisposeAsync();
        _warming.Dispose();
    }

    private static (string Directory, bool Writer)? SettingsOf(Func<string, string?> setting) =>
        GraphBackendFactory.IsEmbedded(setting) && GraphBackendFactory.DataDirectory(setting) is { } directory
            ? (directory, GraphBackendFactory.HoldsStore(setting))
            : null;

    /// <summary>
    /// Reads what the first search needs into the store's caches; the app's search preparation then finds them read
    /// (or joins the read). A failure here is left to that preparation, which does the same work and logs its failure.
    /// </summary>
    private static Task Warm(EmbeddedGraphBackend backend, CancellationToken cancellationToken)
    {
        var warm = Task.WhenAll(backend.BuildFullTextIndexesAsync(cancellationToken), backend.WarmSearchableNamesAsync(cancellationToken));
        warm.ContinueWith(static failed => failed.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return warm;
    }
}
