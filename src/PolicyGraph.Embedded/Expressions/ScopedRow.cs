using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>
/// A row extended by one local variable (list comprehension, quantifier, reduce). The value is reassigned per
/// iteration so a loop allocates one scope, not one per element. Aggregate lookups pass through to the parent.
/// </summary>
internal sealed class ScopedRow(IRow parent, string name) : IAggregateRow
{
    public object? Value { get; set; }

    public bool TryGetValue(string variable, out object? value)
    {
        if (string.Equals(variable, name, StringComparison.Ordinal))
        {
            value = Value;
            return true;
        }
        return parent.TryGetValue(variable, out value);
    }

    public IReadOnlyCollection<string> VariableNames() => [name, .. parent.VariableNames()];

    public bool TryGetAggregate(Expression aggregateCall, out object? value)
    {
        if (parent is IAggregateRow aggregates) return aggregates.TryGetAggregate(aggregateCall, out value);
        value = null;
        return false;
    }
}
