using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>point(), point.distance() and point.withinBBox(); null in, null out.</summary>
internal static class SpatialFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add("point", 1, static (a, _) => a[0] switch
        {
            null => null,
            _ when CypherValues.KindOf(a[0]) == CypherValueKind.Map => SpatialPoints.FromMap(CypherValues.AsMap(a[0]!)),
            _ => throw CypherErrors.InvalidArgumentType("point()", a[0]),
        });
        registry.Add("point.distance", 2, static (a, _) =>
            a[0] is null || a[1] is null ? null : SpatialPoints.Distance(Point("point.distance()", a[0]), Point("point.distance()", a[1])));
        registry.Add("point.withinBBox", 3, static (a, _) =>
            a[0] is null || a[1] is null || a[2] is null
                ? null
                : SpatialPoints.WithinBoundingBox(Point("point.withinBBox()", a[0]), Point("point.withinBBox()", a[1]), Point("point.withinBBox()", a[2])));
    }

    private static SpatialPoint Point(string function, object? value) =>
        value as SpatialPoint ?? throw CypherErrors.InvalidArgumentType(function, value);
}
