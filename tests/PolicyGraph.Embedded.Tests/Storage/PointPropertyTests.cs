using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>A point is a property value like any other (Neo4j stores points and lists of points), and survives a reopen.</summary>
public sealed class PointPropertyTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_point_and_a_list_of_points_are_stored_and_read_back_after_a_reopen_from_the_log_and_a_snapshot()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
            await graph.RunAsync(
                "CREATE (:Station {at: point({longitude: 119.3, latitude: 26.08}), " +
                "route: [point({x: 1, y: 2}), point({x: 3, y: 4})]})");

        await using (var fromLog = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await AssertPointsAsync(fromLog);
            fromLog.Checkpoint();
        }
        await using var fromSnapshot = EmbeddedGraphBackend.Open(_directory.Path);
        await AssertPointsAsync(fromSnapshot);
    }

    [Fact]
    public async Task A_list_mixing_a_point_and_a_number_is_refused_as_a_property()
    {
        await using var graph = new EmbeddedGraphBackend();
        var error = await Assert.ThrowsAsync<CypherException>(() => graph.RunAsync("CREATE (:S {p: [point({x: 1, y: 2}), 3]})"));
        Assert.Equal("InvalidPropertyType", error.Detail);
    }

    private static async Task AssertPointsAsync(EmbeddedGraphBackend graph)
    {
        var row = (await graph.RunAsync("MATCH (s:Station) RETURN s.at, s.route, s.at.latitude")).Rows.Single();
        Assert.Equal(SpatialPoint.Create(SpatialPoint.Wgs84Srid, 119.3, 26.08), row[0]);
        Assert.Equal(
            new object[] { SpatialPoint.Create(SpatialPoint.CartesianSrid, 1, 2), SpatialPoint.Create(SpatialPoint.CartesianSrid, 3, 4) },
            Assert.IsAssignableFrom<IEnumerable<object?>>(row[1]));
        Assert.Equal(26.08, row[2]);
    }
}
