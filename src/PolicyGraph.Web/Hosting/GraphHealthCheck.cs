using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Healthy once the graph is ready (loaded, or found on the server). A failed start throws here, which the health check
/// service reports as unhealthy with the exception.
/// </summary>
public sealed class GraphHealthCheck(GraphWorkspace workspace) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var graph = await workspace.GetAsync();
        return HealthCheckResult.Healthy($"{graph.Reader.Documents.Count} documents on {graph.Backend.Name}");
    }
}
