using System.Globalization;
using PolicyGraph.Embedded.Expressions.Aggregation;
using PolicyGraph.Embedded.Expressions.Functions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Grammar-based generation of openCypher queries: random expressions (literals at the edges of their types,
/// nested lists and maps, operators, every function the engine knows, comprehensions, reduce, quantifiers, CASE,
/// pattern expressions) inside RETURN / UNWIND / WITH / MATCH queries, plus hostile shapes that build huge or
/// deeply nested values. Deterministic for a given <see cref="Random"/> seed. Split by area into partial files.
/// </summary>
public sealed partial class CypherGenerator(Random random, FuzzVocabulary vocabulary)
{
    private const int MaxExpressionDepth = 5;

    private static readonly (string Name, int MinArity, int MaxArity)[] Functions =
        [.. FunctionRegistry.Default.All.Select(f => (f.Name, f.MinArity, Math.Min(f.MaxArity, f.MinArity + 2))).OrderBy(f => f.Name, StringComparer.Ordinal)];

    private static readonly string[] Aggregates = [.. AggregatorFactory.Names.Order(StringComparer.Ordinal)];

    private static readonly string[] BinaryOperators =
        ["+", "-", "*", "/", "%", "^", "=", "<>", "<", "<=", ">", ">=", "AND", "OR", "XOR", "STARTS WITH", "ENDS WITH", "CONTAINS", "IN", "=~"];

    private static readonly long[] EdgeIntegers = [0, 1, -1, 2, 26, 40, 1000, 100_000, 100_000_000, long.MaxValue, long.MinValue + 1, int.MaxValue];

    private static readonly string[] EdgeStrings = ["", "a", "x", "ab", "福州", "a'b", "\\\\", "\\u0000", "%", ".*", "(a|b)*c", " ", "\\n"];

    /// <summary>One query: usually an ordinary one, sometimes (one in twenty) a hostile shape.</summary>
    public string Next() => random.Next(20) switch
    {
        0 => Hostile(),
        < 6 => ReturnQuery([]),
        < 10 => UnwindQuery(),
        < 16 => MatchQuery(),
        _ => WithChain(),
    };

    /// <summary>One expression on its own, for splicing into other queries.</summary>
    public string NextExpression() => Expression(1, []);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(int percent) => random.Next(100) < percent;

    private string ReturnQuery(IReadOnlyList<string> scope)
    {
        var count = 1 + random.Next(3);
        var items = Enumerable.Range(0, count).Select(i => $"{Expression(0, scope)} AS c{i}");
        var distinct = Chance(15) ? "DISTINCT " : "";
        return $"RETURN {distinct}{string.Join(", ", items)}{Ordering(count)}";
    }

    private string Ordering(int columns)
    {
        var order = Chance(30) ? $" ORDER BY c{random.Next(columns)}{(Chance(50) ? " DESC" : "")}" : "";
        var skip = Chance(10) ? $" SKIP {random.Next(5)}" : "";
        var limit = Chance(25) ? $" LIMIT {random.Next(20)}" : "";
        return order + skip + limit;
    }

    private string UnwindQuery()
    {
        var source = Chance(50) ? $"range({Integer()}, {Integer()})" : Expression(1, []);
        var aggregate = Chance(40) ? $", {Aggregate(["x"])} AS g" : "";
        return $"UNWIND {source} AS x WITH x{aggregate} {ReturnQuery(aggregate.Length > 0 ? ["x", "g"] : ["x"])}";
    }

    private string WithChain()
    {
        var first = Expression(0, []);
        var where = Chance(40) ? $" WHERE {Expression(1, ["a"])}" : "";
        return $"WITH {first} AS a{where} WITH a, {Expression(1, ["a"])} AS b {ReturnQuery(["a", "b"])}";
    }

    private string MatchQuery()
    {
        var pattern = Pattern("n", "m");
        var where = Chance(50) ? $" WHERE {Expression(1, ["n", "m"])}" : "";
        var optional = Chance(15) ? "OPTIONAL " : "";
        if (Chance(40)) return $"{optional}MATCH {pattern}{where} RETURN {Aggregate(["n", "m"])} AS c0";
        return $"{optional}MATCH {pattern}{where} {ReturnQuery(["n", "m"])}";
    }

    private string Pattern(string from, string to)
    {
        var label = Chance(70) ? ":" + Pick(vocabulary.Labels) : "";
        var type = Chance(70) ? ":" + Pick(vocabulary.RelationshipTypes) : "";
        var length = random.Next(12) switch
        {
            0 => "*",
            1 or 2 => $"*{random.Next(3)}..{random.Next(4)}",
            _ => "",
        };
        var arrow = random.Next(3) switch { 0 => ("-", "->"), 1 => ("<-", "-"), _ => ("-", "-") };
        var target = Chance(50) ? ":" + Pick(vocabulary.Labels) : "";
        return $"({from}{label}){arrow.Item1}[{type}{length}]{arrow.Item2}({to}{target})";
    }

    private string Aggregate(IReadOnlyList<string> scope)
    {
        var name = Pick(Aggregates);
        if (name.Equals("count", StringComparison.OrdinalIgnoreCase) && Chance(30)) return "count(*)";
        var distinct = Chance(20) ? "DISTINCT " : "";
        var argument = Expression(2, scope);
        return AggregatorFactory.ArityOf(name) > 1
            ? $"{name}({distinct}{argument}, {FloatLiteral()})"
            : $"{name}({distinct}{argument})";
    }

    private string Integer() => Chance(60) ? random.Next(-3, 30).ToString(CultureInfo.InvariantCulture) : Pick(EdgeIntegers).ToString(CultureInfo.InvariantCulture);

    private string FloatLiteral() => random.Next(8) switch
    {
        0 or 1 => Pick(NumericEdgeQueries.EdgeNumbers),
        2 => "-0.0",
        _ => (random.NextDouble() * 2 - 0.5).ToString("0.0##", CultureInfo.InvariantCulture),
    };

    private string StringLiteral() => Chance(50) ? $"'{Pick(EdgeStrings)}'" : $"'{(char)('a' + random.Next(26))}{random.Next(100)}'";
}
