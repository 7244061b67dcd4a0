using Microsoft.AspNetCore.Hosting;
using PolicyGraph.Neo4j;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>A fact that needs a Neo4j server: reported skipped with the reason when NEO4J_URI is not set.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: start Neo4j (docker compose up -d neo4j) and set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the web API on Neo4j.";
    }
}

/// <summary>
/// The sample app reading from Neo4j: the test plays the loader (empties the database, applies the schema, imports
/// <see cref="SampleGraph"/>), then the app starts with Graph:Backend=neo4j and only reads.
/// </summary>
public sealed class Neo4jSampleAppFactory : SampleAppFactory
{
    private readonly Lazy<bool> _loaded = new(LoadSampleGraph);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        _ = _loaded.Value;
        builder.UseSetting("Graph:Backend", "neo4j");
    }

    private static bool LoadSampleGraph()
    {
        var options = Neo4jOptions.FromSettings(_ => null) ?? throw new InvalidOperationException("NEO4J_URI is not set.");
        var backend = new Neo4jGraphBackend(options);
        try
        {
            backend.RunAsync("MATCH (n) DETACH DELETE n").GetAwaiter().GetResult();
            backend.ApplySchemaAsync().GetAwaiter().GetResult();
            backend.ImportAsync(SampleGraph.Build()).GetAwaiter().GetResult();
        }
        finally
        {
            backend.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return true;
    }
}
