namespace PolicyGraph.Fuzzing;

// Expressions: the deeper the level, the likelier a leaf, so generated queries stay small but varied.
public sealed partial class CypherGenerator
{
    private string Expression(int depth, IReadOnlyList<string> scope)
    {
        if (depth >= MaxExpressionDepth || Chance(20 + depth * 15)) return Leaf(scope);
        return random.Next(16) switch
        {
            0 or 1 => $"{Expression(depth + 1, scope)} {Pick(BinaryOperators)} {Expression(depth + 1, scope)}",
            2 => Unary(depth, scope),
            3 or 4 => FunctionCall(depth, scope),
            5 => $"[{Items(depth, scope)}]",
            6 => MapLiteral(depth, scope),
            7 => Comprehension(depth, scope),
            8 => Reduce(depth, scope),
            9 => $"{Pick(Quantifiers)}(q IN {Expression(depth + 1, scope)} WHERE {Expression(depth + 1, [.. scope, "q"])})",
            10 => Case(depth, scope),
            11 => $"{Expression(depth + 1, scope)}[{Expression(depth + 1, scope)}]",
            12 => $"{Expression(depth + 1, scope)}[{Integer()}..{Integer()}]",
            13 => $"({Expression(depth + 1, scope)})",
            14 => PatternExpression(scope),
            _ => $"{Expression(depth + 1, scope)}.{Pick(vocabulary.PropertyKeys)}",
        };
    }

    private static readonly string[] Quantifiers = ["all", "any", "none", "single"];

    private string Leaf(IReadOnlyList<string> scope) => random.Next(10) switch
    {
        0 or 1 => Integer(),
        2 => FloatLiteral(),
        3 or 4 => StringLiteral(),
        5 => Chance(50) ? "true" : "false",
        6 => "null",
        7 => $"$p{random.Next(3)}",
        _ when scope.Count > 0 => Chance(40) ? $"{Pick(scope)}.{Pick(vocabulary.PropertyKeys)}" : Pick(scope),
        _ => $"[{Integer()}, {StringLiteral()}]",
    };

    private string Unary(int depth, IReadOnlyList<string> scope) => random.Next(4) switch
    {
        0 => $"NOT {Expression(depth + 1, scope)}",
        1 => $"-{Expression(depth + 1, scope)}",
        2 => $"{Expression(depth + 1, scope)} IS NULL",
        _ => $"{Expression(depth + 1, scope)} IS NOT NULL",
    };

    private string Items(int depth, IReadOnlyList<string> scope) =>
        string.Join(", ", Enumerable.Range(0, random.Next(5)).Select(_ => Expression(depth + 1, scope)));

    private string MapLiteral(int depth, IReadOnlyList<string> scope) =>
        "{" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(i => $"k{i}: {Expression(depth + 1, scope)}")) + "}";

    private string FunctionCall(int depth, IReadOnlyList<string> scope)
    {
        var (name, minArity, maxArity) = Pick(Functions);
        var arity = Chance(5) ? random.Next(5) : random.Next(minArity, maxArity + 1);
        var arguments = Enumerable.Range(0, arity).Select(_ => Expression(depth + 1, scope));
        return $"{name}({string.Join(", ", arguments)})";
    }

    private string Comprehension(int depth, IReadOnlyList<string> scope)
    {
        var inner = (IReadOnlyList<string>)[.. scope, "e"];
        var where = Chance(50) ? $" WHERE {Expression(depth + 1, inner)}" : "";
        var projection = Chance(60) ? $" | {Expression(depth + 1, inner)}" : "";
        return $"[e IN {Expression(depth + 1, scope)}{where}{projection}]";
    }

    private string Reduce(int depth, IReadOnlyList<string> scope) =>
        $"reduce(acc = {Expression(depth + 1, scope)}, e IN {Expression(depth + 1, scope)} | {Expression(depth + 1, [.. scope, "acc", "e"])})";

    private string Case(int depth, IReadOnlyList<string> scope)
    {
        var subject = Chance(50) ? " " + Expression(depth + 1, scope) : "";
        var whens = string.Concat(Enumerable.Range(0, 1 + random.Next(2))
            .Select(_ => $" WHEN {Expression(depth + 1, scope)} THEN {Expression(depth + 1, scope)}"));
        var otherwise = Chance(50) ? $" ELSE {Expression(depth + 1, scope)}" : "";
        return $"CASE{subject}{whens}{otherwise} END";
    }

    private string PatternExpression(IReadOnlyList<string> scope)
    {
        var from = scope.Count > 0 && Chance(50) ? Pick(scope) : "u";
        return random.Next(4) switch
        {
            0 => $"[{Pattern(from, "w")} | w.{Pick(vocabulary.PropertyKeys)}]",
            1 => $"EXISTS {{ MATCH {Pattern(from, "w")} }}",
            2 => $"COUNT {{ {Pattern(from, "w")} }}",
            _ => $"size([{Pattern(from, "w")} | 1])",
        };
    }
}
