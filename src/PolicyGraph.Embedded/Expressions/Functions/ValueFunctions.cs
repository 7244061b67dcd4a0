using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>valueType, nullIf, randomUUID and the list conversions toBooleanList / toIntegerList / ...</summary>
internal static class ValueFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add("valueType", 1, static (a, _) => ValueType(a[0]));
        registry.Add("nullIf", 2, static (a, _) => CypherEquality.AreEqual(a[0], a[1]) == true ? null : a[0]);
        registry.Add("randomUUID", 0, static (_, c) => RandomUuid(c.Random));
        registry.Add("toBooleanList", 1, static (a, c) => ConvertList("toBooleanList", "toBooleanOrNull", a[0], c));
        registry.Add("toIntegerList", 1, static (a, c) => ConvertList("toIntegerList", "toIntegerOrNull", a[0], c));
        registry.Add("toFloatList", 1, static (a, c) => ConvertList("toFloatList", "toFloatOrNull", a[0], c));
        registry.Add("toStringList", 1, static (a, c) => ConvertList("toStringList", "toStringOrNull", a[0], c));
    }

    /// <summary>The Cypher type of a value as valueType() spells it, e.g. "INTEGER NOT NULL", "LIST&lt;STRING NOT NULL&gt; NOT NULL".</summary>
    public static string ValueType(object? value) => ValueType(value, 0);

    private static string ValueType(object? value, int depth)
    {
        if (value is null) return "NULL";
        if (CypherValues.KindOf(value) != CypherValueKind.List) return CypherValues.TypeName(value) + " NOT NULL";
        return $"LIST<{ElementType(CypherValues.AsList(value), depth + 1)}> NOT NULL";
    }

    private static string ElementType(IReadOnlyList<object?> list, int depth)
    {
        ValueNesting.Check(depth, "valueType()");
        string? shared = null;
        var sawNull = false;
        foreach (var item in list)
        {
            if (item is null)
            {
                sawNull = true;
                continue;
            }
            var type = ValueType(item, depth);
            if (shared is not null && shared != type) return "ANY";
            shared = type;
        }
        if (shared is null) return sawNull ? "NULL" : "NOTHING";
        return sawNull ? shared[..^" NOT NULL".Length] : shared;
    }

    // Drawn from the query's Random so tests can seed it; formatted as a version-4 UUID.
    private static string RandomUuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private static object? ConvertList(string function, string elementConversion, object? value, EvaluationContext context)
    {
        if (value is null) return null;
        var list = FunctionArguments.List(function, value);
        FunctionRegistry.Default.TryGet(elementConversion, out var convert);
        context.Budget.EnsureList(list.Count);
        var result = new object?[list.Count];
        var argument = new object?[1];
        for (var i = 0; i < result.Length; i++)
        {
            context.Budget.Poll();
            argument[0] = list[i];
            result[i] = convert.Invoke(argument, context);
        }
        return result;
    }
}
