using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Neo4j.Json;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>Points in the Query API's typed JSON: extended well-known text both ways.</summary>
public sealed class PointTypedValueTests
{
    [Theory]
    [InlineData("SRID=4326;POINT (12.3 45.6)", 4326, 12.3, 45.6, null)]
    [InlineData("SRID=9157;POINT Z (1.0 2.0 3.0)", 9157, 1.0, 2.0, 3.0)]
    [InlineData("SRID=7203;POINT(1 2)", 7203, 1.0, 2.0, null)]
    public void A_point_reads_as_a_spatial_point(string wkt, int srid, double x, double y, double? z)
    {
        var json = new JObject { ["$type"] = "Point", ["_value"] = wkt };

        var point = Assert.IsType<SpatialPoint>(TypedValueReader.Read(json));

        Assert.Equal(z is null ? SpatialPoint.Create(srid, x, y) : SpatialPoint.Create(srid, x, y, z), point);
    }

    [Fact]
    public void A_point_that_is_not_well_known_text_is_a_clear_error()
    {
        var json = new JObject { ["$type"] = "Point", ["_value"] = "somewhere" };

        var error = Assert.Throws<CypherException>(() => TypedValueReader.Read(json));

        Assert.Contains("SRID=n;POINT (x y)", error.Message);
    }

    [Fact]
    public void A_point_parameter_is_written_as_the_query_api_expects()
    {
        var written = TypedValueWriter.Write(SpatialPoint.Create(SpatialPoint.Wgs843DSrid, -0.1, 51.5, 35.0), "$p");

        Assert.Equal("Point", written["$type"]!.Value<string>());
        Assert.Equal("SRID=4979;POINT Z (-0.1 51.5 35.0)", written["_value"]!.Value<string>());
    }
}
