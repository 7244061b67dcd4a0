using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Healthy once the seed graph is loaded into the backend. A failed load throws here, which the health check
/// service reports as unhealthy with the exception.
/// </summary>
public sealed class GraphHealthCheck(GraphWorkspace workspace) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var graph = await workspace.GetAsync();
        return HealthCheckResult.Healthy(
            $"{graph.Index.Graph.Nodes.Count} nodes, {graph.Index.Graph.Relationships.Count} relationships on {graph.Backend.Name}");
    }
}
