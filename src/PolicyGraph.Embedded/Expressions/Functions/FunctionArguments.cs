using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>Argument checks shared by the function implementations; failures are TypeError.InvalidArgumentValue.</summary>
internal static class FunctionArguments
{
    public static string String(string function, object? value) =>
        value as string ?? throw CypherErrors.InvalidArgumentValue(function, value);

    public static long Integer(string function, object? value) =>
        value is long l ? l : throw CypherErrors.InvalidArgumentValue(function, value);

    public static double Number(string function, object? value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw CypherErrors.InvalidArgumentValue(function, value),
    };

    public static IReadOnlyList<object?> List(string function, object? value) =>
        value is not null && CypherValues.KindOf(value) == CypherValueKind.List
            ? CypherValues.AsList(value)
            : throw CypherErrors.InvalidArgumentValue(function, value);

    public static bool AnyNull(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is null) return true;
        }
        return false;
    }
}
