using PolicyGraph.Core.Model;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Export;

/// <summary>One entry point for every export format; "csv" goes to the neo4j-admin CSV writer.</summary>
public static class GraphExporters
{
    public static IGraphExporter For(ExportFormat format) => format switch
    {
        ExportFormat.Json => new JsonGraphExporter(),
        ExportFormat.GraphMl => new GraphMlExporter(),
        ExportFormat.Cypher => new CypherScriptExporter(),
        ExportFormat.Csv => new CsvDirectoryExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>Writes <paramref name="graph"/> as <paramref name="format"/> to a file (or, for CSV, a directory).</summary>
    public static void Export(PropertyGraph graph, ExportFormat format, string outPath) =>
        For(format).Export(graph, outPath);

    private sealed class CsvDirectoryExporter : IGraphExporter
    {
        public ExportFormat Format => ExportFormat.Csv;

        public void Export(PropertyGraph graph, string outPath)
        {
            ArgumentNullException.ThrowIfNull(graph);
            ArgumentException.ThrowIfNullOrWhiteSpace(outPath);
            CsvGraphWriter.Write(graph, outPath);
        }
    }
}
