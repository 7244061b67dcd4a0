using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Evaluates the grouping key of each row into one reused array. A key that only reads one variable (<c>n</c> or
/// <c>n.name</c>) keeps its previous value while that variable holds the very same object as in the previous row:
/// rows expanded from one node arrive together (and committed nodes are shared boxes), so the common "per node"
/// grouping skips most evaluations and, when the whole key is unchanged, the group lookup too.
/// </summary>
internal sealed class GroupingKeys
{
    private readonly ExecutionContext _context;
    private readonly CompiledExpression[] _compiled;
    private readonly string?[] _sources;
    private readonly object?[] _lastSources;
    private bool _started;

    public GroupingKeys(ExecutionContext context, IReadOnlyList<Expression> keys)
    {
        _context = context;
        _compiled = keys.Select(context.Compile).ToArray();
        _sources = keys.Select(SourceVariable).ToArray();
        _lastSources = new object?[keys.Count];
        Current = new object?[keys.Count];
    }

    /// <summary>The key of the row last passed to <see cref="Evaluate"/>.</summary>
    public object?[] Current { get; }

    /// <summary>Computes the key of <paramref name="row"/>; true when it is known to equal the previous row's key.</summary>
    public bool Evaluate(IRow row)
    {
        var unchanged = _started;
        for (var i = 0; i < Current.Length; i++)
        {
            if (_sources[i] is { } variable)
            {
                row.TryGetValue(variable, out var source);
                if (_started && ReferenceEquals(source, _lastSources[i])) continue;
                _lastSources[i] = source;
            }
            Current[i] = _context.Evaluate(_compiled[i], row);
            unchanged = false;
        }
        _started = true;
        return unchanged;
    }

    private static string? SourceVariable(Expression key) => key switch
    {
        Variable variable => variable.Name,
        PropertyLookup { Subject: Variable variable } => variable.Name,
        _ => null,
    };
}
