using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// One reused row for all the tuples of a factorised match: the tuple's entities, then the input row. An
/// aggregation consumes each tuple before the next is bound, so nothing is allocated per tuple; a group that
/// must keep its first row takes an immutable copy (<see cref="ToRow"/>).
/// </summary>
internal sealed class TupleRow(Row input, string[] names) : IRow
{
    private readonly object?[] _values = new object?[names.Length];

    public void Bind(int index, object value) => _values[index] = value;

    public bool TryGetValue(string variable, out object? value)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (!string.Equals(names[i], variable, StringComparison.Ordinal)) continue;
            value = _values[i];
            return true;
        }
        return input.TryGetValue(variable, out value);
    }

    public IReadOnlyCollection<string> VariableNames() => [.. names, .. input.VariableNames()];

    public Row ToRow()
    {
        var row = input;
        for (var i = 0; i < names.Length; i++) row = row.With(names[i], _values[i]);
        return row;
    }
}
