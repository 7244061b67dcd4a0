using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Layout;

/// <summary>
/// Lays the whole graph out in the background once the graph is ready and again after each upload or removal, so the
/// first GET /api/graph finds its positions cached (<see cref="ServerLayout"/> keys them by content) instead of
/// waiting for them. Off with <see cref="ServerLayoutOptions.PrepareWholeGraph"/> = false.
/// </summary>
public sealed class WholeGraphLayout(
    GraphWorkspace workspace,
    ServerLayout layout,
    IOptions<ServerLayoutOptions> options,
    ILogger<WholeGraphLayout> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _disposed;

    /// <summary>The latest background layout (for tests and for shutdown); completed when there is none.</summary>
    public Task Current { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.PrepareWholeGraph)
            return Task.CompletedTask;
        workspace.Refreshed += Prepare;
        Prepare();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        workspace.Refreshed -= Prepare;
        if (_disposed)
            return;
        await _stopping.CancelAsync();
        await Current.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // The host may dispose its services before it stops them (a test host being torn down).
    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    private void Prepare() => Current = Task.Run(LayOutAsync);

    private async Task LayOutAsync()
    {
        try
        {
            var graph = await workspace.GetAsync();
            var elements = await graph.Reader.WholeGraphAsync(_stopping.Token);
            // Waits at most the configured Wait; a layout still running then finishes on its own thread and is cached.
            await layout.LayOutAsync(elements, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The app is stopping.
        }
        catch (Exception error)
        {
            // A failed start or read is reported by /health and by the request itself; this only prepares.
            Log.WholeGraphNotPrepared(logger, error);
        }
    }
}
