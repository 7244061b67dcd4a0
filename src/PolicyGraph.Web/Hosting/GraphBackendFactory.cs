using Microsoft.Extensions.Logging;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Neo4j;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// The composition of the web app's backend (here, not in the Neo4j project, so Core and Neo4j know nothing of
/// the embedded engine). Picks the backend named by <c>Graph:Backend</c> (<c>embedded</c>, the default, or <c>neo4j</c>).
/// Settings are read through a lookup so any configuration source fits: pass <c>key =&gt; configuration[key]</c>
/// for an IConfiguration (environment variables <c>Graph__Backend</c>, <c>Neo4j__Uri</c> map onto those keys);
/// the Neo4j settings also fall back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
/// </summary>
public static class GraphBackendFactory
{
    public const string BackendKey = "Graph:Backend";
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";

    /// <summary>Whether the configured backend is the embedded engine, which the web app fills with the seeds itself.</summary>
    public static bool IsEmbedded(Func<string, string?> setting) =>
        setting(BackendKey)?.Trim() is not { Length: > 0 } name || name.Equals(Embedded, StringComparison.OrdinalIgnoreCase);

    public static IGraphBackend Create(Func<string, string?> setting, ILoggerFactory? loggerFactory = null) =>
        Create(setting, Environment.GetEnvironmentVariable, loggerFactory);

    /// <param name="environment">The environment-variable lookup (replaceable in tests).</param>
    public static IGraphBackend Create(Func<string, string?> setting, Func<string, string?> environment, ILoggerFactory? loggerFactory = null)
    {
        if (IsEmbedded(setting)) return new EmbeddedGraphBackend();
        var name = setting(BackendKey)!.Trim();
        if (!name.Equals(Neo4j, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{BackendKey} must be '{Embedded}' or '{Neo4j}', not '{name}'.");

        var options = Neo4jOptions.FromSettings(setting, environment)
            ?? throw new ArgumentException($"{BackendKey} is '{Neo4j}' but no server is configured: set Neo4j:Uri (or NEO4J_URI).");
        return new Neo4jGraphBackend(options, loggerFactory?.CreateLogger<Neo4jGraphBackend>());
    }
}
