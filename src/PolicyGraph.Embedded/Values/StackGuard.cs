using System.Runtime.CompilerServices;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// A query can build lists and maps nested as deep as it likes (reduce(acc = [], x IN range(1, 1000000) | [acc])).
/// Every recursive walk over a value checks the stack first, so such a value fails its query with a clear error
/// instead of overflowing the stack, which would end the whole process.
/// </summary>
public static class StackGuard
{
    /// <exception cref="Core.Querying.CypherException">ArgumentError.ValueNestedTooDeeply.</exception>
    public static void EnsureStack(string operation)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw CypherErrors.ArgumentError("ValueNestedTooDeeply", $"A list or map is nested too deeply for {operation}.");
    }
}
