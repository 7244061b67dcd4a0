using System.Reflection;

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
            .SelectMany(n => Split(Read(assembly, n)))
            .ToArray();
    }

    /// <summary>Splits a script into statements at lines ending with ';', dropping comment lines.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            current.Add(line);
            if (!line.TrimEnd().EndsWith(';')) continue;
            statements.Add(string.Join('\n', current).Trim().TrimEnd(';').Trim());
            current.Clear();
        }
        var rest = string.Join('\n', current).Trim();
        if (rest.Length > 0) statements.Add(rest);
        return statements.Where(s => s.Length > 0).ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
