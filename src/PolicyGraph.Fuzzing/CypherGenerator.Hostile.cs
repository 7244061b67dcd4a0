namespace PolicyGraph.Fuzzing;

// Hostile shapes: numbers past their types' range where they are converted, values that grow without bound (doubling strings, long ranges, huge splits and replacements),
// values nested past any walk's limit, and patterns whose matches explode. Each is then used by a random walk.
public sealed partial class CypherGenerator
{
    private static readonly string[] DeepWalks =
    [
        "RETURN l < l AS c", "RETURN l = l AS c", "RETURN valueType(l) AS c", "RETURN [x IN [l] WHERE x < l] AS c",
        "RETURN {k: l}.k < {k: l}.k AS c", "RETURN l AS c", "RETURN DISTINCT l AS c", "RETURN l AS c ORDER BY l",
        "RETURN collect(DISTINCT l) AS c", "RETURN l IN [l] AS c", "RETURN min(l) AS c", "RETURN toString(l) AS c",
        "RETURN {k: l} AS c", "RETURN [l, l] = [l, l] AS c", "UNWIND [l, l] AS m RETURN m, count(*) AS c",
    ];

    private static readonly string[] NumericEdges = [.. NumericEdgeQueries.All()];

    private string Hostile() => random.Next(8) switch
    {
        0 => $"WITH reduce(acc = [], x IN range(1, {Pick(DeepCounts)}) | [acc]) AS l {Pick(DeepWalks)}",
        1 => $"WITH reduce(s = {StringLiteral()}, i IN range(1, {random.Next(20, 45)}) | s + s) AS s RETURN {StringWalk()} AS c",
        2 => $"UNWIND range(1, {Pick(EdgeIntegers)}) AS i RETURN range(1, {Pick(EdgeIntegers)}) AS r",
        3 => $"RETURN size([x IN range(1, {Pick(EdgeIntegers)}) | {Expression(3, ["x"])}]) AS c",
        4 => $"MATCH (a), (b), (c) RETURN count(*) AS c",
        5 => $"MATCH p = ()-[*]-() RETURN count(p) AS c",
        6 => Pick(NumericEdges),
        _ => $"UNWIND range(1, {Pick(EdgeIntegers)}) AS i WITH collect(i) AS l RETURN size(l) AS c",
    };

    private static readonly int[] DeepCounts = [10, 47, 48, 49, 64, 1000, 100_000];

    private string StringWalk() => random.Next(6) switch
    {
        0 => "size(split(s, ''))",
        1 => $"size(replace(s, 'x', {StringLiteral()} + s))",
        2 => "size(s + s)",
        3 => "reverse(s)",
        4 => "size(toUpper(s))",
        _ => "s",
    };
}
