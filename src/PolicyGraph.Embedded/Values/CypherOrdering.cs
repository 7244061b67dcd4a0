using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// The total order ORDER BY and min()/max() use. Ascending, across types:
/// maps &lt; nodes &lt; relationships &lt; lists &lt; paths &lt; points &lt; datetimes &lt; local datetimes &lt; dates &lt; times
/// &lt; local times &lt; durations &lt; strings &lt; booleans &lt; numbers &lt; NaN &lt; null.
/// Within a type: numbers numerically (1 and 1.0 tie), strings ordinally, false &lt; true,
/// lists lexicographically, entities by id, maps by their sorted keys and then values, points by SRID and then
/// coordinates.
/// </summary>
public sealed class CypherOrdering : IComparer<object?>
{
    public static CypherOrdering Instance { get; } = new();

    private CypherOrdering()
    {
    }

    public int Compare(object? x, object? y) => CompareValues(x, y);

    public static int CompareValues(object? x, object? y) => CompareValues(x, y, 0);

    private static int CompareValues(object? x, object? y, int depth)
    {
        var xRank = Rank(x);
        var yRank = Rank(y);
        if (xRank != yRank) return xRank.CompareTo(yRank);
        return xRank switch
        {
            RankNumber => NumberComparison.Compare(x!, y!),
            RankString => Math.Sign(string.CompareOrdinal((string)x!, (string)y!)),
            RankBoolean => ((bool)x!).CompareTo((bool)y!),
            RankList => CompareLists(CypherValues.AsList(x!), CypherValues.AsList(y!), depth + 1),
            RankNode => ((NodeRef)x!).Id.CompareTo(((NodeRef)y!).Id),
            RankRelationship => ((RelationshipRef)x!).Id.CompareTo(((RelationshipRef)y!).Id),
            RankPath => ComparePaths((PathRef)x!, (PathRef)y!),
            RankPoint => ComparePoints((SpatialPoint)x!, (SpatialPoint)y!),
            RankMap => CompareMaps(CypherValues.AsMap(x!), CypherValues.AsMap(y!), depth + 1),
            >= RankDateTime and <= RankDuration => TemporalComparison.OrderWithinKind(x!, y!),
            _ => 0, // NaN and null are each a single point of the order.
        };
    }

    private const int RankMap = 0;
    private const int RankNode = 1;
    private const int RankRelationship = 2;
    private const int RankList = 3;
    private const int RankPath = 4;
    private const int RankPoint = 5;
    private const int RankDateTime = 6;
    private const int RankDuration = 11;
    private const int RankString = 12;
    private const int RankBoolean = 13;
    private const int RankNumber = 14;
    private const int RankNaN = 15;
    private const int RankNull = 16;

    private static int Rank(object? value) => CypherValues.KindOf(value) switch
    {
        CypherValueKind.Map => RankMap,
        CypherValueKind.Node => RankNode,
        CypherValueKind.Relationship => RankRelationship,
        CypherValueKind.List => RankList,
        CypherValueKind.Path => RankPath,
        CypherValueKind.Point => RankPoint,
        CypherValueKind.DateTime => RankDateTime,
        CypherValueKind.LocalDateTime => RankDateTime + 1,
        CypherValueKind.Date => RankDateTime + 2,
        CypherValueKind.Time => RankDateTime + 3,
        CypherValueKind.LocalTime => RankDateTime + 4,
        CypherValueKind.Duration => RankDuration,
        CypherValueKind.String => RankString,
        CypherValueKind.Boolean => RankBoolean,
        CypherValueKind.Integer => RankNumber,
        CypherValueKind.Float => NumberComparison.IsNaN(value!) ? RankNaN : RankNumber,
        _ => RankNull,
    };

    private static int CompareLists(IReadOnlyList<object?> x, IReadOnlyList<object?> y, int depth)
    {
        ValueNesting.Check(depth, "ordering");
        var shared = Math.Min(x.Count, y.Count);
        for (var i = 0; i < shared; i++)
        {
            var element = CompareValues(x[i], y[i], depth);
            if (element != 0) return element;
        }
        return x.Count.CompareTo(y.Count);
    }

    private static int ComparePoints(SpatialPoint x, SpatialPoint y)
    {
        var order = x.Srid.CompareTo(y.Srid);
        if (order == 0) order = x.X.CompareTo(y.X);
        if (order == 0) order = x.Y.CompareTo(y.Y);
        return order == 0 ? Nullable.Compare(x.Z, y.Z) : order;
    }

    private static int ComparePaths(PathRef x, PathRef y)
    {
        var shared = Math.Min(x.Relationships.Count, y.Relationships.Count);
        var start = x.Nodes[0].Id.CompareTo(y.Nodes[0].Id);
        if (start != 0) return start;
        for (var i = 0; i < shared; i++)
        {
            var hop = x.Relationships[i].Id.CompareTo(y.Relationships[i].Id);
            if (hop != 0) return hop;
            var node = x.Nodes[i + 1].Id.CompareTo(y.Nodes[i + 1].Id);
            if (node != 0) return node;
        }
        return x.Relationships.Count.CompareTo(y.Relationships.Count);
    }

    private static int CompareMaps(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y, int depth)
    {
        ValueNesting.Check(depth, "ordering");
        var xKeys = SortedKeys(x);
        var yKeys = SortedKeys(y);
        var shared = Math.Min(xKeys.Length, yKeys.Length);
        for (var i = 0; i < shared; i++)
        {
            var key = string.CompareOrdinal(xKeys[i], yKeys[i]);
            if (key != 0) return Math.Sign(key);
            var value = CompareValues(x[xKeys[i]], y[yKeys[i]], depth);
            if (value != 0) return value;
        }
        return xKeys.Length.CompareTo(yKeys.Length);
    }

    private static string[] SortedKeys(IReadOnlyDictionary<string, object?> map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys) keys[i++] = key;
        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }
}
