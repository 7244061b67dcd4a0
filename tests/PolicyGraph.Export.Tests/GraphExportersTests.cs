using System.Xml.Linq;

namespace PolicyGraph.Export.Tests;

public sealed class GraphExportersTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pg-export-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("json", ExportFormat.Json)]
    [InlineData("GraphML", ExportFormat.GraphMl)]
    [InlineData("cypher", ExportFormat.Cypher)]
    [InlineData(" csv ", ExportFormat.Csv)]
    public void Format_names_parse(string name, ExportFormat expected)
    {
        Assert.Equal(expected, ExportFormats.Parse(name));
    }

    [Fact]
    public void Unknown_format_name_lists_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => ExportFormats.Parse("xlsx"));

        Assert.Contains("'xlsx'", error.Message);
        Assert.Contains("graphml", error.Message);
    }

    [Fact]
    public void Each_file_format_writes_a_readable_file_in_a_new_folder()
    {
        var graph = TestGraphs.Policy();
        var folder = Path.Combine(_directory.FullName, "out", "nested");

        GraphExporters.Export(graph, ExportFormat.Json, Path.Combine(folder, "g.json"));
        GraphExporters.Export(graph, ExportFormat.GraphMl, Path.Combine(folder, "g.graphml"));
        GraphExporters.Export(graph, ExportFormat.Cypher, Path.Combine(folder, "g.cypher"));

        Assert.Equal(3, JsonGraphReader.ReadFile(Path.Combine(folder, "g.json")).Nodes.Count);
        Assert.Equal(2, XDocument.Load(Path.Combine(folder, "g.graphml")).Descendants(XName.Get("edge", GraphMlExporter.Namespace)).Count());
        Assert.Equal(2, File.ReadLines(Path.Combine(folder, "g.cypher")).Count(l => l.StartsWith("MATCH")));
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(folder, "g.json"))[0]);
    }

    [Fact]
    public void Csv_goes_to_the_neo4j_admin_writer_directory()
    {
        var folder = Path.Combine(_directory.FullName, "csv");

        GraphExporters.Export(TestGraphs.Policy(), ExportFormat.Csv, folder);

        var files = Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var graph = TestGraphs.Policy();
        var expected = graph.Nodes.Select(n => $"nodes_{n.Labels[0]}.csv")
            .Concat(graph.Relationships.Select(r => $"rels_{r.Type}.csv"))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, files);
    }
}
