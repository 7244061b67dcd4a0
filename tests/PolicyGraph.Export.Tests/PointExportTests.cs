using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Export.Tests;

/// <summary>How each export format writes a point property, and that the readers take it back.</summary>
public sealed class PointExportTests
{
    private static readonly SpatialPoint Fuzhou = SpatialPoint.Create(SpatialPoint.Wgs84Srid, 119.3, 26.08);
    private static readonly SpatialPoint Tower = SpatialPoint.Create(SpatialPoint.Cartesian3DSrid, 1.0, -2.5, 30.0);

    private static PropertyGraph Graph() => new(
        [new GraphNode("zone:x", ["Zone"], new Dictionary<string, object> { ["location"] = Fuzhou, ["site"] = Tower })],
        []);

    [Fact]
    public void The_cypher_script_writes_a_point_call_point_reads_back()
    {
        var script = new CypherScriptExporter().WriteToString(Graph());

        Assert.Contains("location: point({srid: 4326, x: 119.3, y: 26.08})", script);
        Assert.Contains("site: point({srid: 9157, x: 1.0, y: -2.5, z: 30.0})", script);
    }

    [Fact]
    public void Json_writes_an_srid_and_coordinates_object_and_reads_the_same_point_back()
    {
        var json = new JsonGraphExporter().WriteToString(Graph());

        Assert.Contains("\"location\":{\"srid\":4326,\"x\":119.3,\"y\":26.08}", json.Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        var node = JsonGraphReader.Read(new StringReader(json)).FindNode("zone:x")!;
        Assert.Equal(Fuzhou, node.Properties["location"]);
        Assert.Equal(Tower, node.Properties["site"]);
    }

    [Fact]
    public void Json_refuses_an_object_that_is_not_a_point()
    {
        var json = """{"nodes": [{"id": "a", "labels": [], "properties": {"p": {"srid": 1, "x": 1, "y": 2}}}], "relationships": []}""";

        var error = Assert.Throws<FormatException>(() => JsonGraphReader.Read(new StringReader(json), "graph.json"));

        Assert.Contains("must be a point", error.Message);
    }

    [Fact]
    public void GraphMl_writes_the_extended_well_known_text_in_a_string_attribute()
    {
        var graphMl = new GraphMlExporter().WriteToString(Graph());

        Assert.Contains("SRID=4326;POINT (119.3 26.08)", graphMl);
        Assert.Contains("SRID=9157;POINT Z (1.0 -2.5 30.0)", graphMl);
    }

    [Fact]
    public void Csv_has_a_point_column_holding_the_map_point_takes()
    {
        var column = CsvColumn.Property("location", CsvValueKind.Point, isArray: false);

        var field = CsvValueCodec.Format(Fuzhou, column);

        Assert.Equal("location:point", column.HeaderText);
        Assert.Equal("{srid: 4326, x: 119.3, y: 26.08}", field.Text);
        Assert.Equal(Fuzhou, CsvValueCodec.Parse(field, column));
        Assert.Equal(CsvValueKind.Point, CsvColumn.Parse("location:point").Kind);
        Assert.Throws<FormatException>(() => CsvValueCodec.Parse(new CsvField("{x: 1}", false), column));
    }
}
