using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>The variable bindings an expression is evaluated against (implemented by the executor's row type).</summary>
public interface IRow
{
    /// <summary>The runtime value bound to <paramref name="variable"/>; false when the variable is not bound.</summary>
    bool TryGetValue(string variable, out object? value);

    /// <summary>The variables this row binds, as far as it can tell (a subquery's scope starts from them).</summary>
    IReadOnlyCollection<string> VariableNames() => [];
}

/// <summary>
/// Optionally implemented by rows produced by an aggregation: supplies the finished value of an aggregate call
/// (a <see cref="FunctionCall"/> of an aggregate function, or <see cref="CountStar"/>) found inside a projection,
/// e.g. the <c>count(*)</c> in <c>RETURN count(*) + 1</c>. Calls are matched by reference.
/// </summary>
public interface IAggregateRow : IRow
{
    bool TryGetAggregate(Expression aggregateCall, out object? value);
}

/// <summary>A row with no bindings (e.g. for constant expressions such as SKIP/LIMIT values).</summary>
public sealed class EmptyRow : IRow
{
    public static EmptyRow Instance { get; } = new();

    private EmptyRow()
    {
    }

    public bool TryGetValue(string variable, out object? value)
    {
        value = null;
        return false;
    }
}

/// <summary>An IRow over a dictionary: handy for tests and simple callers.</summary>
public sealed class DictionaryRow(IReadOnlyDictionary<string, object?> bindings) : IRow
{
    public bool TryGetValue(string variable, out object? value) => bindings.TryGetValue(variable, out value);
}
