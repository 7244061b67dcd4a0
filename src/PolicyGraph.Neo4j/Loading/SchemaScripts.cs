using System.Reflection;
using PolicyGraph.Cypher;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>The statements of <c>cypher/schema</c> as compiled into this assembly, in file order.</summary>
public static class SchemaScripts
{
    private const string ResourcePrefix = "PolicyGraph.Neo4j.Schema.";

    /// <summary>
    /// Runs every statement on <paramref name="backend"/> (each is idempotent). The Neo4j backend does this as part
    /// of its import; the embedded engine needs it called, so its indexes and full-text search match Neo4j's.
    /// </summary>
    public static async Task ApplyAsync(Core.Querying.IGraphBackend backend, CancellationToken cancellationToken = default)
    {
        foreach (var statement in Statements())
            await backend.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public static IReadOnlyList<string> Statements()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            // The front end's splitter knows strings and comments, so a ';' inside them does not end a statement.
            .SelectMany(n => CypherFrontEnd.SplitStatements(Read(assembly, n)))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
