namespace PolicyGraph.Core.Querying;

/// <summary>
/// A query can build lists and maps nested as deep as it likes (<c>reduce(acc = [], x IN range(1, 100000) | [acc])</c>).
/// Every recursive walk over a value (comparison, equality, hashing, ordering, type naming, result conversion,
/// printing) passes its depth here before descending, so a deep value fails its query with a clear error instead
/// of overflowing the stack, which would end the whole process. The limit leaves room below the 64 levels JSON
/// writers accept for the envelope around a result value.
/// </summary>
public static class ValueNesting
{
    public const int MaxDepth = 48;

    /// <exception cref="CypherException">ArgumentError.ValueNestedTooDeeply when <paramref name="depth"/> passes the limit.</exception>
    public static void Check(int depth, string operation)
    {
        if (depth > MaxDepth) throw TooDeep(operation);
    }

    public static CypherException TooDeep(string operation) =>
        new("ArgumentError", "ValueNestedTooDeeply", QueryPhase.Runtime,
            $"A list or map nested more than {MaxDepth} levels deep cannot be used for {operation}.",
            statusCode: "Neo.ClientError.Statement.ArgumentError");
}
