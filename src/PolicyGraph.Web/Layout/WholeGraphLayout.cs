using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Layout;

/// <summary>
/// Lays the whole graph out in the background once the graph is ready and again after each upload or removal, so the
/// first GET /api/graph finds its positions cached (<see cref="ServerLayout"/> keys them by content) instead of
/// waiting for them. A refresh cancels the layout of the content before, unless a request waits for it; the layout
/// thread runs one layout at a time in order, so a request's view waits behind a whole-graph layout already running.
/// Off with <see cref="ServerLayoutOptions.PrepareWholeGraph"/> = false. The workspace is resolved when it starts, on a
/// pool thread (see <see cref="Hosting.GraphStartup"/>: resolving it waits for the store being opened).
/// </summary>
public sealed class WholeGraphLayout(
    Func<GraphWorkspace> resolveWorkspace,
    ServerLayout layout,
    IOptions<ServerLayoutOptions> options,
    ILogger<WholeGraphLayout> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    // The running preparation's own cancellation: a refresh supersedes it (its content is gone).
    private CancellationTokenSource? _preparation;
    private bool _disposed;
    private GraphWorkspace? _workspace;

    /// <summary>The latest background layout (for tests and for shutdown); completed when there is none.</summary>
    public Task Current { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.PrepareWholeGraph)
            return Task.CompletedTask;
        return Task.Run(() =>
        {
            var workspace = resolveWorkspace();
            lock (_gate)
            {
                if (_disposed || _stopping.IsCancellationRequested)
                    return;
                _workspace = workspace;
                workspace.Refreshed += Prepare;
            }
            Prepare();
        }, CancellationToken.None).WaitAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task running;
        lock (_gate)
        {
            if (_disposed)
                return;
            StopPreparing();
            running = Current;
        }
        await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // The host may dispose its services before it stops them (a test host being torn down): stop first.
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            StopPreparing();
        }
        _stopping.Dispose();
    }

    /// <summary>
    /// Cancels and unsubscribes in one step under the gate: the start subscribes under it only while not stopped, so a
    /// stop that comes while the start resolves the workspace leaves no subscription behind (one taken between the
    /// unsubscribe and the cancel did, when they were two steps).
    /// </summary>
    private void StopPreparing()
    {
        _stopping.Cancel();
        if (_workspace is { } workspace)
            workspace.Refreshed -= Prepare;
    }

    /// <summary>Cancels the layout of the content before (unless a request waits for it) and lays out the current.</summary>
    private void Prepare()
    {
        lock (_gate)
        {
            if (_disposed || _stopping.IsCancellationRequested)
                return;
            _preparation?.Cancel();
            var preparation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _preparation = preparation;
            Current = Task.Run(() => LayOutAsync(preparation));
        }
    }

    private async Task LayOutAsync(CancellationTokenSource preparation)
    {
        var cancellationToken = preparation.Token;
        try
        {
            var graph = await _workspace!.GetAsync();
            // Totals first: a graph too large to lay out is not read whole for nothing.
            var (nodes, relationships) = await graph.Reader.TotalsAsync(cancellationToken);
            if (layout.TooLarge(nodes, relationships))
                return;
            var elements = await graph.Reader.WholeGraphAsync(cancellationToken);
            await layout.PrepareAsync(elements, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded by a refresh, or the app is stopping.
        }
        catch (Exception error)
        {
            // A failed start or read is reported by /health and by the request itself; this only prepares.
            Log.WholeGraphNotPrepared(logger, error);
        }
        finally
        {
            lock (_gate)
            {
                if (_preparation == preparation)
                    _preparation = null;
            }
            preparation.Dispose();
        }
    }
}
