using System.Reflection;
using PolicyGraph.Cypher;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>The statements of <c>cypher/schema</c> as compiled into this assembly, in file order.</summary>
public static class SchemaScripts
{
    private const string ResourcePrefix = "PolicyGraph.Neo4j.Schema.";

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
