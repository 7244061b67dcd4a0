using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>List functions: size, head, last, tail, range, reverse, coalesce, isEmpty.</summary>
internal static class ListFunctions
{
    /// <summary>range() refuses to build lists longer than this, so a typo cannot exhaust memory.</summary>
    public const long MaxRangeLength = 100_000_000;

    public static void Register(FunctionRegistry registry)
    {
        registry.Add("size", 1, static (a, _) => Size(a[0]));
        registry.Add("head", 1, static (a, _) => a[0] is null ? null : FirstOrNull(FunctionArguments.List("head", a[0])));
        registry.Add("last", 1, static (a, _) => a[0] is null ? null : LastOrNull(FunctionArguments.List("last", a[0])));
        registry.Add("tail", 1, static (a, c) => a[0] is null ? null : Tail(FunctionArguments.List("tail", a[0]), c.Budget));
        registry.Add("range", 2, 3, static (a, _) => Range(a));
        registry.Add("reverse", 1, static (a, c) => Reverse(a[0], c.Budget));
        registry.Add("coalesce", 1, int.MaxValue, static (a, _) => Coalesce(a));
        registry.Add("isEmpty", 1, static (a, _) => IsEmpty(a[0]));
    }

    private static object? Size(object? value) => value switch
    {
        null => null,
        string text => (long)text.Length,
        _ when CypherValues.KindOf(value) == CypherValueKind.List => (long)CypherValues.AsList(value).Count,
        _ => throw CypherErrors.InvalidArgumentValue("size", value),
    };

    private static object? FirstOrNull(IReadOnlyList<object?> list) => list.Count == 0 ? null : list[0];

    private static object? LastOrNull(IReadOnlyList<object?> list) => list.Count == 0 ? null : list[^1];

    private static IReadOnlyList<object?> Tail(IReadOnlyList<object?> list, QueryBudget budget)
    {
        if (list.Count <= 1) return CypherValues.EmptyList;
        budget.EnsureList(list.Count - 1);
        var result = new object?[list.Count - 1];
        for (var i = 1; i < list.Count; i++)
        {
            budget.Poll();
            result[i - 1] = list[i];
        }
        return result;
    }

    private static IReadOnlyList<object?> Range(object?[] arguments)
    {
        var start = RangeBound(arguments[0]);
        var end = RangeBound(arguments[1]);
        var step = arguments.Length > 2 ? RangeBound(arguments[2]) : 1;
        if (step == 0) throw CypherErrors.NumberOutOfRange("range() step must not be zero.");
        var span = (Int128)end - start;
        if (span != 0 && (span > 0) != (step > 0)) return CypherValues.EmptyList;
        var count = span / step + 1;
        if (count > MaxRangeLength)
            throw CypherErrors.NumberOutOfRange($"range() would produce {count} elements; the limit is {MaxRangeLength}.");
        return new RangeList(start, step, (int)count);
    }

    /// <summary>
    /// range()'s result, computed on access: UNWIND range(1, 100000000) streams instead of first boxing
    /// a hundred million numbers (several gigabytes) into an array.
    /// </summary>
    private sealed class RangeList(long start, long step, int count) : IReadOnlyList<object?>
    {
        public int Count => count;

        public object? this[int index] =>
            (uint)index < (uint)count ? At(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<object?> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return At(i);
        }

        // Every element lies between start and end, but step * index alone can leave the long range.
        private long At(int index) => (long)(start + (Int128)step * index);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static long RangeBound(object? value) =>
        value is long l
            ? l
            : throw CypherErrors.ArgumentError(
                "InvalidArgumentType", $"range() needs INTEGER arguments, not {CypherValues.TypeName(value)}.");

    private static object? Reverse(object? value, QueryBudget budget)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return StringFunctions.ReverseText(text, budget);
        }
        var list = FunctionArguments.List("reverse", value);
        budget.EnsureList(list.Count);
        var result = new object?[list.Count];
        for (var i = 0; i < result.Length; i++)
        {
            budget.Poll();
            result[i] = list[list.Count - 1 - i];
        }
        return result;
    }

    private static object? Coalesce(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not null) return argument;
        }
        return null;
    }

    private static object? IsEmpty(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0,
        _ => CypherValues.KindOf(value) switch
        {
            CypherValueKind.List => CypherValues.AsList(value).Count == 0,
            CypherValueKind.Map => CypherValues.AsMap(value).Count == 0,
            _ => throw CypherErrors.InvalidArgumentValue("isEmpty", value),
        },
    };
}
