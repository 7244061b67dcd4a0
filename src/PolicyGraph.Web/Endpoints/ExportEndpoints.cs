using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Model;
using PolicyGraph.Export;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export/{format}", ExportGraph).WithName("ExportGraph").CacheOutput(QueryEndpoints.CachePolicy)
            .WithSummary("The whole graph as json, graphml, cypher (a script) or csv (neo4j-admin files in a zip).");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportGraph(string format, GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        ExportFormat parsed;
        try
        {
            parsed = ExportFormats.Parse(format);
        }
        catch (ArgumentException error)
        {
            return Problems.BadRequest("Unknown export format", error.Message);
        }
        var graph = await (await workspace.GetAsync()).Reader.ReadGraphAsync(cancellationToken);
        return parsed == ExportFormat.Csv
            ? TypedResults.File(ZipCsv(graph), "application/zip", "policygraph-csv.zip")
            : TypedResults.File(WriteText(graph, parsed), ContentType(parsed), "policygraph" + parsed.Extension());
    }

    private static byte[] WriteText(PropertyGraph graph, ExportFormat format)
    {
        if (GraphExporters.For(format) is not ITextGraphExporter exporter)
            throw new InvalidOperationException($"The {format} exporter does not write a single text stream.");
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            exporter.Write(graph, writer);
        return buffer.ToArray();
    }

    // The CSV exporter writes a folder of files; the browser gets them as one zip.
    private static byte[] ZipCsv(PropertyGraph graph)
    {
        var folder = Directory.CreateTempSubdirectory("policygraph-csv-");
        try
        {
            GraphExporters.Export(graph, ExportFormat.Csv, folder.FullName);
            using var buffer = new MemoryStream();
            ZipFile.CreateFromDirectory(folder.FullName, buffer, CompressionLevel.Fastest, includeBaseDirectory: false);
            return buffer.ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Json => "application/json",
        ExportFormat.GraphMl => "application/graphml+xml",
        _ => "text/plain; charset=utf-8",
    };
}
