using System.Globalization;

namespace PolicyGraph.Core.Querying;

/// <summary>
/// A Cypher POINT: two or three coordinates in one of Neo4j's coordinate reference systems — Cartesian (SRID 7203,
/// 3D 9157) or WGS-84 (4326, 3D 4979; x is the longitude, y the latitude, z the height in metres). The one
/// definition of a point for the engine, the exports and the Neo4j connector: its text forms are here.
/// </summary>
public sealed record SpatialPoint
{
    public const int CartesianSrid = 7203;
    public const int Cartesian3DSrid = 9157;
    public const int Wgs84Srid = 4326;
    public const int Wgs843DSrid = 4979;

    private SpatialPoint(int srid, double x, double y, double? z)
    {
        Srid = srid;
        X = x;
        Y = y;
        Z = z;
    }

    public int Srid { get; }

    public double X { get; }

    public double Y { get; }

    /// <summary>The third coordinate of a 3D point, else null.</summary>
    public double? Z { get; }

    /// <summary>Neo4j's name of the reference system: cartesian, cartesian-3d, wgs-84 or wgs-84-3d.</summary>
    public string Crs => CrsName(Srid);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsGeographic => Srid is Wgs84Srid or Wgs843DSrid;

    /// <summary>A point, checking that the reference system and the number of coordinates agree.</summary>
    public static SpatialPoint Create(int srid, double x, double y, double? z = null)
    {
        var dimensions = Dimensions(srid) ?? throw new ArgumentException($"Unknown coordinate reference system: SRID {srid}", nameof(srid));
        if ((z is null ? 2 : 3) != dimensions)
            throw new ArgumentException($"A point in {CrsName(srid)} has {dimensions} coordinates", nameof(z));
        return new SpatialPoint(srid, x, y, z);
    }

    /// <summary>How many coordinates a point of the reference system has, or null for an SRID Neo4j does not know.</summary>
    public static int? Dimensions(int srid) => srid switch
    {
        CartesianSrid or Wgs84Srid => 2,
        Cartesian3DSrid or Wgs843DSrid => 3,
        _ => null,
    };

    /// <summary>The SRID of a reference system name (case-insensitive), or null for a name Neo4j does not know.</summary>
    public static int? SridOf(string crs) => crs.ToLowerInvariant() switch
    {
        "cartesian" => CartesianSrid,
        "cartesian-3d" => Cartesian3DSrid,
        "wgs-84" => Wgs84Srid,
        "wgs-84-3d" => Wgs843DSrid,
        _ => null,
    };

    public static string CrsName(int srid) => srid switch
    {
        CartesianSrid => "cartesian",
        Cartesian3DSrid => "cartesian-3d",
        Wgs84Srid => "wgs-84",
        Wgs843DSrid => "wgs-84-3d",
        _ => throw new ArgumentOutOfRangeException(nameof(srid), srid, "Unknown coordinate reference system"),
    };

    /// <summary>Extended well-known text, as Neo4j's Query API writes points: <c>SRID=4326;POINT (x y)</c>, <c>POINT Z (x y z)</c> in 3D.</summary>
    public string ToWkt()
    {
        var coordinates = Z is { } z ? $"Z ({Number(X)} {Number(Y)} {Number(z)})" : $"({Number(X)} {Number(Y)})";
        return $"SRID={Srid.ToString(CultureInfo.InvariantCulture)};POINT {coordinates}";
    }

    /// <summary>Reads <see cref="ToWkt"/>'s form back; null when the text is not a point.</summary>
    public static SpatialPoint? FromWkt(string text)
    {
        var parts = text.Split(';', 2);
        if (parts.Length != 2 || !parts[0].StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) ||
            !int.TryParse(parts[0][5..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var srid)) return null;
        var body = parts[1].Trim();
        var open = body.IndexOf('(');
        if (!body.StartsWith("POINT", StringComparison.OrdinalIgnoreCase) || open < 0 || !body.EndsWith(')')) return null;
        var numbers = body[(open + 1)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new double[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
            if (!double.TryParse(numbers[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])) return null;
        if (Dimensions(srid) != values.Length) return null;
        return values.Length == 2 ? Create(srid, values[0], values[1]) : Create(srid, values[0], values[1], values[2]);
    }

    /// <summary>The map point() takes back: <c>{srid: 4326, x: 1.0, y: 2.0}</c> (Cypher scripts, CSV import columns).</summary>
    public string ToMapLiteral()
    {
        var z = Z is { } height ? $", z: {Number(height)}" : "";
        return $"{{srid: {Srid.ToString(CultureInfo.InvariantCulture)}, x: {Number(X)}, y: {Number(Y)}{z}}}";
    }

    /// <summary>Reads <see cref="ToMapLiteral"/>'s form back (spaces optional); null when the text is not one.</summary>
    public static SpatialPoint? FromMapLiteral(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('{') || !trimmed.EndsWith('}')) return null;
        var fields = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in trimmed[1..^1].Split(','))
        {
            var pair = entry.Split(':', 2);
            if (pair.Length != 2 || !double.TryParse(pair[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return null;
            fields[pair[0].Trim()] = number;
        }
        if (!fields.TryGetValue("srid", out var srid) || !fields.TryGetValue("x", out var x) || !fields.TryGetValue("y", out var y)) return null;
        var z = fields.TryGetValue("z", out var third) ? third : (double?)null;
        return Dimensions((int)srid) == (z is null ? 2 : 3) ? Create((int)srid, x, y, z) : null;
    }

    /// <summary>The Cypher form Neo4j's toString() gives: <c>point({x: 1.0, y: 2.0, crs: 'cartesian'})</c>.</summary>
    public override string ToString()
    {
        var z = Z is { } height ? $", z: {Number(height)}" : "";
        return $"point({{x: {Number(X)}, y: {Number(Y)}{z}, crs: '{Crs}'}})";
    }

    private static string Number(double value) => ResultValueText.FormatFloat(value);
}
