using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Where the graph comes from (the extractor) and which Cypher backend serves views and the console:
/// Graph:Backend = embedded (default) or neo4j (with Neo4j:Uri, or NEO4J_URI, …).
/// </summary>
public static class GraphBackendRegistration
{
    public static IServiceCollection AddPolicyGraphBackend(this IServiceCollection services)
    {
        services.AddSingleton<IPolicyGraphLoader, CorpusGraphLoader>();
        services.AddSingleton<IGraphBackend>(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return GraphBackendFactory.Create(key => configuration[key], provider.GetService<ILoggerFactory>());
        });
        return services;
    }
}
