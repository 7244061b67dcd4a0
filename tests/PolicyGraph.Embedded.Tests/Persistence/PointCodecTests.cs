using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>The store's value codec keeps a point's reference system and every coordinate.</summary>
public sealed class PointCodecTests
{
    [Theory]
    [InlineData(SpatialPoint.CartesianSrid, 1.5, -2.0, null)]
    [InlineData(SpatialPoint.Cartesian3DSrid, 0.0, 0.1, 7.25)]
    [InlineData(SpatialPoint.Wgs84Srid, 119.3, 26.08, null)]
    [InlineData(SpatialPoint.Wgs843DSrid, -0.1, 51.5, 35.0)]
    public void A_point_reads_back_as_written(int srid, double x, double y, double? z)
    {
        var point = z is null ? SpatialPoint.Create(srid, x, y) : SpatialPoint.Create(srid, x, y, z);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ValueCodec.Write(writer, new object[] { point, "after" }, "location");
        stream.Position = 0;

        var read = Assert.IsType<object[]>(ValueCodec.Read(new BinaryReader(stream)));

        Assert.Equal(point, read[0]);
        Assert.Equal("after", read[1]);
    }
}
