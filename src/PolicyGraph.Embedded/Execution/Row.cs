using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// One row of variable bindings flowing between operators. Immutable and persistent: binding a variable adds
/// one link in front of the row it extends (the newest binding of a name wins), so extending a row is a single
/// small allocation and rows produced from the same input share their common part.
/// </summary>
public sealed class Row : IRow
{
    private readonly Row? _previous;
    private readonly string? _name;
    private readonly object? _value;
    private readonly IRow? _outer;

    public static Row Empty { get; } = new(null, null, null, null);

    private Row(Row? previous, string? name, object? value, IRow? outer)
    {
        _previous = previous;
        _name = name;
        _value = value;
        _outer = outer;
    }

    /// <summary>
    /// An empty row that falls back to <paramref name="outer"/> for variables it does not bind itself: how a
    /// pattern inside an expression (or an EXISTS subquery) sees the variables of the row it is evaluated for.
    /// </summary>
    public static Row Nested(IRow outer) => new(null, null, null, outer);

    public bool TryGetValue(string variable, out object? value)
    {
        for (var link = this; link._name is not null; link = link._previous!)
        {
            if (string.Equals(link._name, variable, StringComparison.Ordinal))
            {
                value = link._value;
                return true;
            }
        }
        if (_outer is not null) return _outer.TryGetValue(variable, out value);
        value = null;
        return false;
    }

    public bool Has(string variable) => TryGetValue(variable, out _);

    public object? Get(string variable) => TryGetValue(variable, out var value) ? value : null;

    /// <summary>This row with <paramref name="variable"/> bound (shadowing any previous binding).</summary>
    public Row With(string variable, object? value) => new(this, variable, value, _outer);

    /// <summary>The names this row binds, its own and those of the row it falls back to, each once.</summary>
    public IReadOnlyCollection<string> VariableNames()
    {
        // Rows bind a handful of names; a list scanned for repeats is cheaper than a set (this runs per subquery call).
        var names = new List<string>();
        for (var link = this; link._name is not null; link = link._previous!)
            if (!names.Contains(link._name)) names.Add(link._name);
        if (_outer is not null)
            foreach (var name in _outer.VariableNames())
                if (!names.Contains(name)) names.Add(name);
        return names;
    }

    /// <summary>The values of the bindings in the order they were made (shadowed ones included).</summary>
    public object?[] ValuesInOrder()
    {
        var count = 0;
        for (var link = this; link._name is not null; link = link._previous!) count++;
        var values = new object?[count];
        for (var link = this; link._name is not null; link = link._previous!) values[--count] = link._value;
        return values;
    }
}
