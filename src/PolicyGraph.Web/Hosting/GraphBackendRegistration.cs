using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>Chooses where the graph comes from (the extractor) and the Cypher backend the web app serves from.</summary>
public static class GraphBackendRegistration
{
    public static IServiceCollection AddPolicyGraphBackend(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPolicyGraphLoader, CorpusGraphLoader>();
        services.AddSingleton<IGraphBackend, EmbeddedGraphBackend>();
        return services;
    }
}
