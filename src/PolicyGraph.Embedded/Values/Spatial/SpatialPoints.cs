using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Values;

/// <summary>Building points from maps, reading their fields, and Neo4j's distance and bounding-box tests.</summary>
public static class SpatialPoints
{
    /// <summary>The Earth radius Neo4j's haversine distance uses, in metres.</summary>
    public const double EarthRadiusMetres = 6378140.0;

    /// <summary>
    /// point({x, y[, z]}) or point({longitude, latitude[, height]}), optionally with crs or srid: null when a
    /// coordinate is null; a bad key set, a non-numeric coordinate or an unknown CRS is an argument error.
    /// </summary>
    public static SpatialPoint? FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var geographic = map.ContainsKey("longitude") || map.ContainsKey("latitude");
        var (xKey, yKey, zKey) = geographic ? ("longitude", "latitude", "height") : ("x", "y", "z");
        if (!map.ContainsKey(xKey) || !map.ContainsKey(yKey))
            throw Invalid("A point needs x and y, or longitude and latitude");
        var coordinates = new[] { xKey, yKey, zKey }.Where(map.ContainsKey).Select(key => map[key]).ToArray();
        if (coordinates.Any(c => c is null)) return null;
        var values = coordinates.Select(c => CypherValues.IsNumber(c) ? Convert.ToDouble(c, System.Globalization.CultureInfo.InvariantCulture)
            : throw Invalid($"A point coordinate must be a number, not {CypherValues.TypeName(c)}")).ToArray();
        var srid = ExplicitSrid(map) ?? DefaultSrid(geographic, values.Length);
        if (SpatialPoint.Dimensions(srid) != values.Length)
            throw Invalid($"A point in {SpatialPoint.CrsName(srid)} needs {SpatialPoint.Dimensions(srid)} coordinates, got {values.Length}");
        if ((srid is SpatialPoint.Wgs84Srid or SpatialPoint.Wgs843DSrid) && Math.Abs(values[1]) > 90)
            throw Invalid($"Cannot create a WGS-84 point with latitude {CypherValues.FormatFloat(values[1])}: it must lie within [-90, 90]");
        return values.Length == 2 ? SpatialPoint.Create(srid, values[0], values[1]) : SpatialPoint.Create(srid, values[0], values[1], values[2]);
    }

    private static int? ExplicitSrid(IReadOnlyDictionary<string, object?> map)
    {
        if (map.TryGetValue("crs", out var crs) && crs is not null)
            return crs is string name && SpatialPoint.SridOf(name) is { } named ? named : throw Invalid($"Unknown coordinate reference system: {crs}");
        if (map.TryGetValue("srid", out var srid) && srid is not null)
            return srid is long code && SpatialPoint.Dimensions((int)code) is not null ? (int)code : throw Invalid($"Unknown SRID: {srid}");
        return null;
    }

    private static int DefaultSrid(bool geographic, int dimensions) => (geographic, dimensions) switch
    {
        (true, 2) => SpatialPoint.Wgs84Srid,
        (true, _) => SpatialPoint.Wgs843DSrid,
        (false, 2) => SpatialPoint.CartesianSrid,
        _ => SpatialPoint.Cartesian3DSrid,
    };

    /// <summary>point.x, .y, .z, .longitude, .latitude, .height, .crs, .srid; a field the point lacks is an error.</summary>
    public static object? Get(SpatialPoint point, string key) => key switch
    {
        "x" => point.X,
        "y" => point.Y,
        "z" => point.Z ?? throw Unavailable(key, point),
        "longitude" when point.IsGeographic => point.X,
        "latitude" when point.IsGeographic => point.Y,
        "height" when point.IsGeographic => point.Z ?? throw Unavailable(key, point),
        "crs" => point.Crs,
        "srid" => (long)point.Srid,
        _ => throw Unavailable(key, point),
    };

    /// <summary>
    /// Euclidean for Cartesian points; for WGS-84 the haversine great-circle distance in metres, as Neo4j computes
    /// it (in 3D at the mean height, combined with the height difference). Null across reference systems.
    /// </summary>
    public static double? Distance(SpatialPoint a, SpatialPoint b)
    {
        if (a.Srid != b.Srid) return null;
        if (!a.IsGeographic)
        {
            var dz = (a.Z ?? 0) - (b.Z ?? 0);
            return Math.Sqrt(Square(a.X - b.X) + Square(a.Y - b.Y) + Square(dz));
        }
        var angle = CentralAngle(a, b);
        if (a.Z is not { } h1 || b.Z is not { } h2) return EarthRadiusMetres * angle;
        var surface = (EarthRadiusMetres + (h1 + h2) / 2) * angle;
        return Math.Sqrt(Square(surface) + Square(h2 - h1));
    }

    /// <summary>The haversine central angle between two WGS-84 points, in radians.</summary>
    private static double CentralAngle(SpatialPoint a, SpatialPoint b)
    {
        var latitude1 = Radians(a.Y);
        var latitude2 = Radians(b.Y);
        var haversine = Square(Math.Sin((latitude2 - latitude1) / 2)) +
                        Math.Cos(latitude1) * Math.Cos(latitude2) * Square(Math.Sin(Radians(b.X - a.X) / 2));
        return 2 * Math.Atan2(Math.Sqrt(haversine), Math.Sqrt(1 - haversine));
    }

    /// <summary>
    /// Whether the point lies in the box (edges included). Null across reference systems, or for a WGS-84 box whose
    /// lower latitude is above its upper one; a WGS-84 box whose left longitude is east of its right one crosses the
    /// 180th meridian.
    /// </summary>
    public static bool? WithinBoundingBox(SpatialPoint point, SpatialPoint lowerLeft, SpatialPoint upperRight)
    {
        if (point.Srid != lowerLeft.Srid || point.Srid != upperRight.Srid) return null;
        if (point.IsGeographic && lowerLeft.Y > upperRight.Y) return null;
        var x = point.IsGeographic && lowerLeft.X > upperRight.X
            ? point.X >= lowerLeft.X || point.X <= upperRight.X
            : point.X >= lowerLeft.X && point.X <= upperRight.X;
        var y = point.Y >= lowerLeft.Y && point.Y <= upperRight.Y;
        var z = point.Z is not { } height || (height >= lowerLeft.Z && height <= upperRight.Z);
        return x && y && z;
    }

    private static double Square(double value) => value * value;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static CypherException Invalid(string message) => CypherErrors.ArgumentError("InvalidArgumentValue", message);

    private static CypherException Unavailable(string key, SpatialPoint point) =>
        CypherErrors.ArgumentError("InvalidArgumentValue", $"Field '{key}' is not available on a {point.Crs} point");
}
