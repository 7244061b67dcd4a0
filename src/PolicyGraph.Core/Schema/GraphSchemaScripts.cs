using System.Reflection;

namespace PolicyGraph.Core.Schema;

/// <summary>
/// The files of <c>cypher/schema</c> (constraints, lookup indexes, the full-text index) as compiled into Core, in
/// file order. Every backend applies them through <see cref="Querying.IGraphBackend.ApplySchemaAsync"/>; each
/// backend splits them into statements with its own Cypher front end.
/// </summary>
public static class GraphSchemaScripts
{
    private const string ResourcePrefix = "PolicyGraph.Core.Schema.";

    /// <summary>(file name, script text) for every schema file.</summary>
    public static IReadOnlyList<(string Name, string Text)> Files { get; } = Load();

    private static (string Name, string Text)[] Load()
    {
        var assembly = typeof(GraphSchemaScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
