using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>The labels, types or property key a dynamic expression ($(…), n[key]) gives, checked as Neo4j checks them.</summary>
internal static class DynamicNames
{
    /// <summary>A string or a list of strings, none of them null or empty.</summary>
    public static IReadOnlyList<string> Of(Expression at, object? value)
    {
        IReadOnlyList<object?> items = value switch
        {
            string name => [name],
            IReadOnlyList<object?> list => list,
            _ => throw Invalid(at, value),
        };
        var names = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
            names[i] = items[i] is string { Length: > 0 } name ? name : throw Invalid(at, items[i]);
        return names;
    }

    /// <summary>The one type a relationship to be created gets from $(…).</summary>
    public static string SingleType(Expression at, object? value)
    {
        var names = Of(at, value);
        return names.Distinct(StringComparer.Ordinal).Count() == 1
            ? names[0]
            : throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType", "A relationship to be created needs exactly one type");
    }

    public static string PropertyKey(Expression at, object? value) =>
        value as string ?? throw ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
            $"A dynamic property key must be a STRING, not {CypherValues.TypeName(value)}");

    private static Exception Invalid(Expression at, object? value) =>
        ExecutionErrors.At(at, "TypeError", "InvalidArgumentType",
            $"A dynamic label or type must be a non-empty STRING or a LIST<STRING> of them, not {(value is null ? "null" : CypherValues.TypeName(value))}");
}
