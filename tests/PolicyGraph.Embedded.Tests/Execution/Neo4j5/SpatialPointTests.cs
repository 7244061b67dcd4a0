using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Points as values: construction rules, fields, distances worked out by hand, comparison and ordering.</summary>
public sealed class SpatialPointTests : QueryTestBase
{
    [Fact]
    public async Task A_point_is_a_value_with_its_reference_system()
    {
        var point = Assert.IsType<SpatialPoint>(await Scalar("RETURN point({x: 3, y: 4}) AS p"));

        Assert.Equal(SpatialPoint.Create(SpatialPoint.CartesianSrid, 3, 4), point);
        Assert.Equal("POINT NOT NULL", await Scalar("RETURN valueType(point({x: 3, y: 4})) AS t"));
        Assert.Equal(true, await Scalar("RETURN point({latitude: 1, longitude: 2}) IS :: POINT AS t"));
        Assert.Equal("point({x: 3.0, y: 4.0, crs: 'cartesian'})", await Scalar("RETURN toString(point({x: 3, y: 4})) AS s"));
    }

    [Theory]
    [InlineData("x", 2.0)]
    [InlineData("longitude", 2.0)]
    [InlineData("latitude", 1.0)]
    [InlineData("height", 5.0)]
    [InlineData("crs", "wgs-84-3d")]
    [InlineData("srid", 4979L)]
    public async Task Fields_of_a_geographic_point(string field, object expected)
    {
        Assert.Equal(expected, await Scalar($"RETURN point({{latitude: 1, longitude: 2, height: 5}}).{field} AS v"));
    }

    [Theory]
    [InlineData("RETURN point({x: 1, y: 2}).latitude AS v")]
    [InlineData("RETURN point({x: 1, y: 2}).z AS v")]
    [InlineData("RETURN point({x: 1}) AS v")]
    [InlineData("RETURN point({x: 1, y: 'a'}) AS v")]
    [InlineData("RETURN point({x: 1, y: 2, crs: 'mars'}) AS v")]
    [InlineData("RETURN point({x: 1, y: 2, crs: 'cartesian-3d'}) AS v")]
    [InlineData("RETURN point({latitude: 91, longitude: 0}) AS v")]
    public async Task Malformed_points_and_missing_fields_are_argument_errors(string query)
    {
        var error = await Fails(() => Run(query));

        Assert.Equal("InvalidArgumentValue", error.Detail);
    }

    [Fact]
    public async Task A_null_coordinate_gives_null()
    {
        Assert.Null(await Scalar("RETURN point({x: null, y: 2}) AS p"));
    }

    [Fact]
    public async Task Distances_follow_pythagoras_and_the_haversine_formula()
    {
        Assert.Equal(5.0, await Scalar("RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d"));
        Assert.Equal(13.0, await Scalar("RETURN point.distance(point({x: 0, y: 0, z: 0}), point({x: 3, y: 4, z: 12})) AS d"));
        // A quarter of the equator: pi / 2 times Neo4j's Earth radius of 6,378,140 m.
        var quarter = (double)(await Scalar("RETURN point.distance(point({latitude: 0, longitude: 0}), point({latitude: 0, longitude: 90})) AS d"))!;
        Assert.Equal(Math.PI / 2 * 6378140.0, quarter, 6);
        Assert.Null(await Scalar("RETURN point.distance(point({x: 0, y: 0}), point({latitude: 0, longitude: 0})) AS d"));
    }

    [Fact]
    public async Task Equality_needs_the_same_reference_system_and_inequalities_give_null()
    {
        Assert.Equal(true, await Scalar("RETURN point({x: 1, y: 2}) = point({x: 1.0, y: 2.0, crs: 'cartesian'}) AS e"));
        Assert.Equal(false, await Scalar("RETURN point({x: 1, y: 2}) = point({x: 1, y: 2, crs: 'wgs-84'}) AS e"));
        Assert.Null(await Scalar("RETURN point({x: 1, y: 2}) < point({x: 3, y: 4}) AS e"));
        Assert.Equal(1L, await Scalar("UNWIND [point({x: 1, y: 2}), point({x: 1, y: 2})] AS p RETURN count(DISTINCT p) AS n"));
    }

    [Fact]
    public async Task Order_by_sorts_points_by_reference_system_then_coordinates()
    {
        var order = await Column("""
            UNWIND [point({latitude: 0, longitude: 1}), point({x: 2, y: 0}), point({x: 1, y: 5}), point({x: 1, y: 3})] AS p
            RETURN toString(p) AS s ORDER BY p
            """);

        Assert.Equal(
            ["point({x: 1.0, y: 0.0, crs: 'wgs-84'})", "point({x: 1.0, y: 3.0, crs: 'cartesian'})",
             "point({x: 1.0, y: 5.0, crs: 'cartesian'})", "point({x: 2.0, y: 0.0, crs: 'cartesian'})"],
            order);
    }

    [Fact]
    public async Task A_bounding_box_includes_its_edges()
    {
        Assert.Equal(true, await Scalar("RETURN point.withinBBox(point({x: 0, y: 10}), point({x: 0, y: 0}), point({x: 10, y: 10})) AS b"));
        Assert.Equal(false, await Scalar("RETURN point.withinBBox(point({x: 11, y: 5}), point({x: 0, y: 0}), point({x: 10, y: 10})) AS b"));
        Assert.Null(await Scalar("RETURN point.withinBBox(point({latitude: 1, longitude: 1}), point({latitude: 5, longitude: 0}), point({latitude: 0, longitude: 5})) AS b"));
    }
}
