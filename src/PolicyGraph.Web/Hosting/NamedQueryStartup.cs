using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Reads the named queries as part of the host's start, on a pool thread beside the server's own start (the host
/// starts its services concurrently, <see cref="WebServiceRegistration"/>): a malformed file still fails the start with
/// its name and line, so the process stops, but the read no longer delays everything that follows it.
/// </summary>
internal sealed class NamedQueryStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => services.GetRequiredService<NamedQueryCatalog>(), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
