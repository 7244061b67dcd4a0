using Microsoft.Extensions.Logging;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Neo4j;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// The composition of the web app's backend (here, not in the Neo4j project, so Core and Neo4j know nothing of
/// the embedded engine). Picks the backend named by <c>Graph:Backend</c> (<c>embedded</c>, the default, or <c>neo4j</c>).
/// Settings are read through a lookup so any configuration source fits: pass <c>key =&gt; configuration[key]</c>
/// for an IConfiguration (environment variables <c>Graph__Backend</c>, <c>Neo4j__Uri</c> map onto those keys);
/// the Neo4j settings also fall back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. With
/// <c>Graph:DataDirectory</c> the embedded engine reads a store on disk that <c>policygraph load --data DIR</c> writes,
/// and follows its new commits while running; without it the app fills an in-memory engine with the seeds itself.
/// </summary>
public static class GraphBackendFactory
{
    public const string BackendKey = "Graph:Backend";
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";
    public const string DataDirectoryKey = "Graph:DataDirectory";
    public const string WriterKey = "Graph:Writer";

    /// <summary>Whether the configured backend is the embedded engine.</summary>
    public static bool IsEmbedded(Func<string, string?> setting) =>
        setting(BackendKey)?.Trim() is not { Length: > 0 } name || name.Equals(Embedded, StringComparison.OrdinalIgnoreCase);

    /// <summary>The store the embedded engine reads, when one is configured.</summary>
    public static string? DataDirectory(Func<string, string?> setting) =>
        setting(DataDirectoryKey)?.Trim() is { Length: > 0 } directory ? directory : null;

    /// <summary>Whether the app opens its store as the writer (<c>Graph:Writer=true</c>): then it may load uploads, and no CLI may write the store meanwhile.</summary>
    public static bool HoldsStore(Func<string, string?> setting) =>
        IsEmbedded(setting) && DataDirectory(setting) is not null && bool.TryParse(setting(WriterKey), out var writer) && writer;

    /// <summary>The web app fills the backend with the seeds itself only for an in-memory embedded engine.</summary>
    public static bool LoadsSeeds(Func<string, string?> setting) => IsEmbedded(setting) && DataDirectory(setting) is null;

    public static IGraphBackend Create(Func<string, string?> setting, ILoggerFactory? loggerFactory = null) =>
        Create(setting, Environment.GetEnvironmentVariable, loggerFactory);

    /// <param name="environment">The environment-variable lookup (replaceable in tests).</param>
    public static IGraphBackend Create(Func<string, string?> setting, Func<string, string?> environment, ILoggerFactory? loggerFactory = null)
    {
        if (IsEmbedded(setting))
            return DataDirectory(setting) is { } store ? OpenStore(store, HoldsStore(setting), loggerFactory) : new EmbeddedGraphBackend();
        var name = setting(BackendKey)!.Trim();
        if (!name.Equals(Neo4j, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{BackendKey} must be '{Embedded}' or '{Neo4j}', not '{name}'.");

        var options = Neo4jOptions.FromSettings(setting, environment)
            ?? throw new ArgumentException($"{BackendKey} is '{Neo4j}' but no server is configured: set Neo4j:Uri (or NEO4J_URI).");
        return new Neo4jGraphBackend(options, loggerFactory?.CreateLogger<Neo4jGraphBackend>());
    }

    /// <summary>
    /// Read-only by default: the CLI is the writer, and this reader picks up each commit it makes (polled every
    /// second). As the writer the app itself loads uploaded documents into it.
    /// </summary>
    private static EmbeddedGraphBackend OpenStore(string directory, bool writer, ILoggerFactory? loggerFactory) =>
        Opened(EmbeddedGraphBackend.Open(directory, writer ? StoreOptions.Writer : StoreOptions.Reader), loggerFactory);

    /// <summary>Logs what opening <paramref name="backend"/>'s store reported (its warnings and phases) and returns it.</summary>
    public static EmbeddedGraphBackend Opened(EmbeddedGraphBackend backend, ILoggerFactory? loggerFactory)
    {
        var logger = loggerFactory?.CreateLogger(typeof(GraphBackendFactory));
        var directory = backend.OpenReport?.Directory;
        foreach (var warning in backend.OpenReport?.Warnings ?? [])
            logger?.LogWarning("Store {Directory}: {Warning}", directory, warning);
        // Where opening spent its time, for start-up measurements (tools/web-startup/run.sh shows these lines).
        foreach (var phase in backend.OpenReport?.Phases ?? [])
            if (logger is not null) Log.StartupStep(logger, "open store: " + phase.Name, (long)phase.Wall.TotalMilliseconds, (long)phase.Cpu.TotalMilliseconds);
        return backend;
    }
}
