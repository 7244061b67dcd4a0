using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Loads the graph as part of the host's start, side by side with the server's own start (the host starts its
/// services concurrently, <see cref="WebServiceRegistration"/>): a request that comes first waits for the graph, and
/// a failed load fails the start with its error, as when the graph was loaded before listening. A shutdown during the
/// load ends the wait (the load itself runs on; its result is left unread). The workspace is resolved on a pool
/// thread, not in the constructor: the host resolves every hosted service before it starts any, and resolving the
/// workspace waits for the store being opened (<see cref="EarlyStoreOpen"/>), which held back the server's own start.
/// </summary>
internal sealed class GraphStartup(Func<GraphWorkspace> workspace, ILogger<GraphStartup>? logger = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // When the host got here, beside when the store was open (EarlyStoreOpen): which of the two the graph waited for.
        if (logger is not null)
        {
            var (sinceStart, cpu) = StartupFigures.SinceProcessStart();
            Log.StartupStep(logger, "process start until the host starts its services", sinceStart, cpu);
        }
        return Task.Run(() => workspace().GetAsync(), CancellationToken.None).WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
