using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Kuzu;
using PolicyGraph.Core.Model;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Benchmarks.Tests.Kuzu;

public sealed class KuzuCsvExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-kuzu-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static GraphNode Node(string id, string[] labels, params (string Key, object Value)[] properties) =>
        new(id, labels, properties.ToDictionary(p => p.Key, p => p.Value));

    private static readonly PropertyGraph Graph = new(
        [
            Node("s1", ["Section"], ("level", 1L)),
            Node("d1", ["Document"], ("title", "他说\"好\",然后")),
            Node("m1", ["Measure"], ("title", "一"), ("score", 1L)),
            Node("m2", ["Measure", "Innovation"], ("title", ""), ("score", 2.5), ("novelty", "全国首创")),
        ],
        [
            new GraphRelationship("c1", "CONTAINS", "s1", "m1", new Dictionary<string, object> { ["order"] = 1L }),
            new GraphRelationship("c2", "CONTAINS", "d1", "m2", new Dictionary<string, object> { ["sources"] = new[] { "body", "table" } }),
        ]);

    [Fact]
    public void Schema_has_a_node_table_per_first_label_and_flags_for_the_other_labels()
    {
        var schema = KuzuSchema.Of(Graph);
        Assert.Equal(["Document", "Measure", "Section"], schema.NodeTables.Select(t => t.Label));
        var measure = schema.NodeTables.Single(t => t.Label == "Measure");
        Assert.Equal(["Innovation"], measure.ExtraLabels);
        // long and double values of one key widen to DOUBLE, as in the neo4j-admin writer.
        Assert.Equal(["novelty STRING", "score DOUBLE", "title STRING"], measure.Properties.Select(c => $"{c.Name} {c.TypeName}"));
        var contains = Assert.Single(schema.RelTables);
        Assert.Equal([("Document", "Measure"), ("Section", "Measure")], contains.Pairs);
        Assert.Equal(["order INT64", "sources STRING[]"], contains.Properties.Select(c => $"{c.Name} {c.TypeName}"));
    }

    [Fact]
    public void Statements_create_tables_with_quoted_names_then_copy_each_file()
    {
        var statements = KuzuCsvExport.Write(Graph, _directory);
        Assert.Contains("CREATE NODE TABLE `Measure`(`id` STRING, `label_Innovation` BOOLEAN, `novelty` STRING, `score` DOUBLE, `title` STRING, PRIMARY KEY(`id`))",
            statements);
        Assert.Contains("CREATE REL TABLE `CONTAINS`(FROM `Document` TO `Measure`, FROM `Section` TO `Measure`, `id` STRING, `order` INT64, `sources` STRING[])",
            statements);
        var sectionCopy = Path.Combine(_directory, "rels_CONTAINS_Section_Measure.csv");
        Assert.Contains($"COPY `CONTAINS` FROM '{sectionCopy}' (HEADER=true, from='Section', to='Measure')", statements);
        Assert.True(statements.ToList().FindIndex(s => s.StartsWith("COPY", StringComparison.Ordinal))
            > statements.ToList().FindLastIndex(s => s.StartsWith("CREATE", StringComparison.Ordinal)));
        var saved = JObject.Parse(File.ReadAllText(Path.Combine(_directory, KuzuCsvExport.StatementsFile)));
        Assert.Equal(statements, saved["statements"]!.Values<string>());
    }

    [Fact]
    public void Files_hold_quoted_values_empty_fields_for_absent_properties_and_bracketed_lists()
    {
        KuzuCsvExport.Write(Graph, _directory);
        var measures = ReadCsv("nodes_Measure.csv");
        Assert.Equal(["id", "label_Innovation", "novelty", "score", "title"], measures[0]);
        Assert.Equal(["m1", "false", "", "1", "一"], measures[1]);
        Assert.Equal(["m2", "true", "全国首创", "2.5", ""], measures[2]);
        var documents = ReadCsv("nodes_Document.csv");
        Assert.Equal("他说\"好\",然后", documents[1][1]);
        var fromDocuments = ReadCsv("rels_CONTAINS_Document_Measure.csv");
        Assert.Equal(["from", "to", "id", "order", "sources"], fromDocuments[0]);
        Assert.Equal(["d1", "m2", "c2", "", "[body,table]"], fromDocuments[1]);
        // An absent property is an empty unquoted field (NULL in Kuzu), an empty string a quoted one.
        var raw = File.ReadAllLines(Path.Combine(_directory, "nodes_Measure.csv"), System.Text.Encoding.UTF8);
        Assert.EndsWith(",\"\"", raw[2]);
        Assert.Contains("\"m1\",false,,\"1\"", raw[1]);
    }

    [Fact]
    public void A_list_element_Kuzu_would_split_or_trim_is_refused_naming_the_entity()
    {
        var graph = new PropertyGraph([Node("n1", ["Thing"], ("tags", new[] { "a,b" }))], []);
        var error = Assert.Throws<ArgumentException>(() => KuzuCsvExport.Write(graph, _directory));
        Assert.Contains("'n1'", error.Message);
        Assert.Contains("tags", error.Message);
    }

    [Fact]
    public void A_file_with_a_value_spanning_lines_is_copied_without_the_parallel_reader()
    {
        var graph = new PropertyGraph([Node("n1", ["Thing"], ("text", "line one\nline two")), Node("n2", ["Other"], ("text", "one line"))], []);
        var statements = KuzuCsvExport.Write(graph, _directory);
        Assert.Contains(statements, s => s.Contains("nodes_Thing.csv", StringComparison.Ordinal) && s.Contains("PARALLEL=false", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("nodes_Other.csv", StringComparison.Ordinal) && !s.Contains("PARALLEL", StringComparison.Ordinal));
    }

    private List<string[]> ReadCsv(string name)
    {
        using var reader = new StreamReader(Path.Combine(_directory, name));
        return Rfc4180.Read(reader, name).Select(r => r.Fields.Select(f => f.Text).ToArray()).ToList();
    }
}
