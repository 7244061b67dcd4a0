using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Which Cypher backend serves every read (Graph:Backend = embedded, the default, or neo4j with Neo4j:Uri or
/// NEO4J_URI …), whether the app loads the seeds into it (embedded without Graph:DataDirectory only), and the name registry search uses.
/// </summary>
public static class GraphBackendRegistration
{
    /// <param name="configuration">The settings known while registering: a store they name starts opening now (<see cref="EarlyStoreOpen"/>).</param>
    public static IServiceCollection AddPolicyGraphBackend(this IServiceCollection services, IConfiguration configuration)
    {
        var early = EarlyStoreOpen.Start(key => configuration[key]);
        // Made by a factory, so the container owns and disposes it (closing a store never taken); a hosted service, so
        // the host resolves it at the start of its start even when the backend is never asked for.
        if (early is not null)
        {
            services.AddSingleton(_ => early);
            services.AddHostedService(provider => provider.GetRequiredService<EarlyStoreOpen>());
        }
        services.AddSingleton<IPolicyGraphLoader, CorpusGraphLoader>();
        services.AddSingleton<IGraphBackend>(provider =>
        {
            var settings = provider.GetRequiredService<IConfiguration>();
            var loggers = provider.GetService<ILoggerFactory>();
            return provider.GetService<EarlyStoreOpen>()?.Take(key => settings[key], loggers?.CreateLogger(typeof(EarlyStoreOpen))) is { } opened
                ? GraphBackendFactory.Opened(opened, loggers)
                : GraphBackendFactory.Create(key => settings[key], loggers);
        });
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return new GraphBackendMode(LoadsSeeds: GraphBackendFactory.LoadsSeeds(key => configuration[key]));
        });
        services.AddSingleton(provider => NameRegistry.FromGazetteer(CorpusGraphLoader.LoadGazetteer(
            provider.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value, provider.GetRequiredService<IHostEnvironment>())));
        return services;
    }
}
