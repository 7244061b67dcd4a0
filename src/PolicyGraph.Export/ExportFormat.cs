namespace PolicyGraph.Export;

/// <summary>The formats <see cref="GraphExporters"/> can write.</summary>
public enum ExportFormat
{
    /// <summary>{"nodes":[…],"relationships":[…]} — one file.</summary>
    Json,

    /// <summary>GraphML for Gephi, yEd and networkx — one file.</summary>
    GraphMl,

    /// <summary>An idempotent Cypher script (constraints, MERGE … SET) — one file.</summary>
    Cypher,

    /// <summary>neo4j-admin import CSV files — a directory.</summary>
    Csv,
}

public static class ExportFormats
{
    /// <summary>Parses a format name as typed on a command line: json, graphml, cypher, csv (any case).</summary>
    /// <exception cref="ArgumentException">The name is not one of those.</exception>
    public static ExportFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "json" => ExportFormat.Json,
            "graphml" => ExportFormat.GraphMl,
            "cypher" or "cql" => ExportFormat.Cypher,
            "csv" => ExportFormat.Csv,
            _ => throw new ArgumentException(
                $"Unknown export format '{name}'; expected json, graphml, cypher or csv.", nameof(name)),
        };
    }

    /// <summary>The usual file extension (with dot), or "" for directory formats.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Json => ".json",
        ExportFormat.GraphMl => ".graphml",
        ExportFormat.Cypher => ".cypher",
        _ => "",
    };
}
