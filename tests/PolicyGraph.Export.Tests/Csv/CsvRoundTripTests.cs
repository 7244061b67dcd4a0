using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Export.Tests.Csv;

public sealed class CsvRoundTripTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pg-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static PropertyGraph SampleGraph()
    {
        var agency = new GraphNode("agency:福州市商务局", ["Agency"], new Dictionary<string, object>
        {
            ["name"] = "福州市商务局",
            ["aliases"] = new[] { "市商务局", "商务局;外经贸", "", @"back\slash" },
            ["level"] = "municipal",
        });
        var measure = new GraphNode("measure:doc1:3", ["Measure", "Innovation"], new Dictionary<string, object>
        {
            ["seq"] = 3L,
            ["title"] = "He said \"yes\", then\nleft",
            ["score"] = double.NaN,
            ["weights"] = new[] { 1.5, -0.25, 1e300 },
            ["counts"] = new[] { 1L, long.MaxValue },
            ["flags"] = new[] { true, false },
            ["concernsTaiwan"] = false,
            ["empty"] = "",
            ["none"] = Array.Empty<string>(),
        });
        var bare = new GraphNode("x", [], new Dictionary<string, object>());
        var responsible = new GraphRelationship("RESPONSIBLE_FOR:agency:福州市商务局->measure:doc1:3", "RESPONSIBLE_FOR",
            agency.Id, measure.Id, new Dictionary<string, object> { ["order"] = 1L, ["sources"] = new[] { "body", "table" } });
        var loop = new GraphRelationship("SIMILAR_TO:x->x", "SIMILAR_TO", bare.Id, bare.Id, new Dictionary<string, object>());
        return new PropertyGraph([agency, measure, bare], [responsible, loop]);
    }

    [Fact]
    public void Writes_one_file_per_first_label_and_per_type()
    {
        var files = CsvGraphWriter.Write(SampleGraph(), _dir).Select(Path.GetFileName);
        Assert.Equal(["nodes.csv", "nodes_Agency.csv", "nodes_Measure.csv", "rels_RESPONSIBLE_FOR.csv", "rels_SIMILAR_TO.csv"], files);
    }

    [Fact]
    public void Headers_follow_neo4j_admin()
    {
        CsvGraphWriter.Write(SampleGraph(), _dir);
        Assert.Equal("id:ID,:LABEL,aliases:string[],level:string,name:string",
            File.ReadLines(Path.Combine(_dir, "nodes_Agency.csv")).First());
        Assert.Equal(":START_ID,:END_ID,:TYPE,id:string,order:long,sources:string[]",
            File.ReadLines(Path.Combine(_dir, "rels_RESPONSIBLE_FOR.csv")).First());
        Assert.StartsWith("id:ID,:LABEL,concernsTaiwan:boolean,counts:long[],empty:string,flags:boolean[],none:string[],score:double,",
            File.ReadLines(Path.Combine(_dir, "nodes_Measure.csv")).First());
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_quoted_strings()
    {
        CsvGraphWriter.Write(SampleGraph(), _dir);
        var bytes = File.ReadAllBytes(Path.Combine(_dir, "nodes_Agency.csv"));
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"agency:福州市商务局\",\"Agency\",\"市商务局;商务局\\;外经贸;\\e;back\\\\slash\"", text);
    }

    [Fact]
    public void Round_trip_keeps_ids_labels_types_and_values()
    {
        var graph = SampleGraph();
        var files = CsvGraphWriter.Write(graph, _dir);
        var back = CsvGraphReader.Read(files.Where(f => Path.GetFileName(f).StartsWith("nodes")),
            files.Where(f => Path.GetFileName(f).StartsWith("rels")));
        Assert.Equal(Describe(graph), Describe(back));
        var measure = back.FindNode("measure:doc1:3")!;
        Assert.IsType<long>(measure["seq"]);
        Assert.True(double.IsNaN((double)measure["score"]!));
        Assert.Equal("", measure["empty"]);
        Assert.Empty((IEnumerable<string>)measure["none"]!);
    }

    /// <summary>A type-aware text of the whole graph, independent of dictionary order.</summary>
    private static string Describe(PropertyGraph graph)
    {
        static string Value(object v) => v is string s ? $"s'{s}'" : v is System.Collections.IEnumerable list
            ? "[" + string.Join(",", list.Cast<object>().Select(Value)) + "]"
            : $"{v.GetType().Name}:{Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)}";
        static string Props(IReadOnlyDictionary<string, object> p) =>
            string.Join(";", p.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={Value(e.Value)}"));
        var nodes = graph.Nodes.Select(n => $"{n.Id}|{string.Join(":", n.Labels)}|{Props(n.Properties)}");
        var rels = graph.Relationships.Select(r => $"{r.Id}|{r.Type}|{r.StartId}|{r.EndId}|{Props(r.Properties)}");
        return string.Join("\n", nodes.Concat(rels).Order(StringComparer.Ordinal));
    }
}
