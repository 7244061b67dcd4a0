using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// The property maps written in a pattern (<c>(n {k: v})</c>), evaluated once per input row when they do not
/// depend on the pattern's own variables, otherwise per candidate.
/// </summary>
internal sealed class PatternProperties
{
    private readonly PatternPlan _plan;
    private readonly ExecutionContext _context;
    private readonly IReadOnlyDictionary<string, object?>?[] _nodeMaps;
    private readonly IReadOnlyDictionary<string, object?>?[] _relationshipMaps;

    public PatternProperties(PatternPlan plan, Row row, ExecutionContext context)
    {
        _plan = plan;
        _context = context;
        var unbound = plan.Variables().Where(v => !row.Has(v)).ToHashSet(StringComparer.Ordinal);
        _nodeMaps = plan.Nodes.Select(n => Precompute(n.Properties, row, unbound)).ToArray();
        _relationshipMaps = plan.Relationships.Select(r => Precompute(r.Properties, row, unbound)).ToArray();
    }

    /// <summary>The node's map when it could be evaluated up front (only those may drive an index lookup).</summary>
    public IReadOnlyDictionary<string, object?>? PrecomputedNodeMap(int position) => _nodeMaps[position];

    public IReadOnlyDictionary<string, object?>? NodeMap(int position, Row current) =>
        _nodeMaps[position] ?? Evaluate(_plan.Nodes[position].Properties, current);

    public IReadOnlyDictionary<string, object?>? RelationshipMap(int index, Row current) =>
        _relationshipMaps[index] ?? Evaluate(_plan.Relationships[index].Properties, current);

    /// <summary>Whether every entry of <paramref name="expected"/> equals the entity's property (Cypher =).</summary>
    public static bool Satisfies(IReadOnlyDictionary<string, object?>? expected, Func<string, object?> property)
    {
        if (expected is null) return true;
        foreach (var (key, value) in expected)
            if (CypherEquality.AreEqual(property(key), value) != true) return false;
        return true;
    }

    private IReadOnlyDictionary<string, object?>? Precompute(Expression? properties, Row row, IReadOnlySet<string> unbound) =>
        properties is null || ExpressionScan.MayReference(properties, unbound) ? null : Evaluate(properties, row);

    private IReadOnlyDictionary<string, object?>? Evaluate(Expression? properties, Row row)
    {
        if (properties is null) return null;
        return _context.Evaluate(properties, row) switch
        {
            IReadOnlyDictionary<string, object?> map => map,
            null => new Dictionary<string, object?>(),
            var other => throw ExecutionErrors.At(properties, "TypeError", "InvalidArgumentType",
                $"Pattern properties must be a map, got {CypherValues.TypeName(other)}"),
        };
    }
}

/// <summary>
/// Equalities from a MATCH's WHERE (<c>n.key = constant</c>) that can pick an index for the anchor. The WHERE is
/// still evaluated in full afterwards, so hints only narrow the candidates.
/// </summary>
internal sealed class EqualityHints
{
    private readonly Dictionary<string, List<(string Key, object? Value)>> _byVariable;
    private readonly Dictionary<string, List<(string Key, string Needle)>> _textByVariable;

    private EqualityHints(
        Dictionary<string, List<(string Key, object? Value)>> byVariable, Dictionary<string, List<(string Key, string Needle)>> textByVariable)
    {
        _byVariable = byVariable;
        _textByVariable = textByVariable;
    }

    public static EqualityHints None { get; } = new([], []);

    /// <summary>Whether the WHERE gave no hint at all (the anchor is then scanned in id order).</summary>
    public bool IsEmpty => _byVariable.Count == 0 && _textByVariable.Count == 0;

    public IReadOnlyList<(string Key, object? Value)> For(string variable) =>
        _byVariable.TryGetValue(variable, out var hints) ? hints : [];

    /// <summary>The <c>n.key CONTAINS / STARTS WITH / ENDS WITH 'text'</c> conjuncts on a variable, for a TEXT index.</summary>
    public IReadOnlyList<(string Key, string Needle)> TextFor(string variable) =>
        _textByVariable.TryGetValue(variable, out var hints) ? hints : [];

    public static EqualityHints From(Expression? where, IEnumerable<PatternPlan> plans, Row row, ExecutionContext context)
    {
        var nodeVariables = plans.SelectMany(p => p.Nodes).Select(n => n.Variable?.Name).OfType<string>()
            .Where(v => !row.Has(v)).ToHashSet(StringComparer.Ordinal);
        var hints = new Dictionary<string, List<(string, object?)>>(StringComparer.Ordinal);
        var textHints = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var conjunct in ExpressionScan.Conjuncts(where))
        {
            if (conjunct is BinaryExpression { Operator: BinaryOperator.Contains or BinaryOperator.StartsWith or BinaryOperator.EndsWith } text &&
                text.Left is PropertyLookup { Subject: Variable searched } property && nodeVariables.Contains(searched.Name) &&
                text.Right is Literal or Parameter && context.Evaluate(text.Right, row) is string needle)
            {
                if (!textHints.TryGetValue(searched.Name, out var needles)) textHints[searched.Name] = needles = [];
                needles.Add((property.Key, needle));
                continue;
            }
            if (conjunct is not BinaryExpression { Operator: BinaryOperator.Equal } equal) continue;
            if (TryHint(equal.Left, equal.Right, nodeVariables, row, out var variable, out var key, out var valueExpression) ||
                TryHint(equal.Right, equal.Left, nodeVariables, row, out variable, out key, out valueExpression))
            {
                if (!hints.TryGetValue(variable, out var list)) hints[variable] = list = [];
                list.Add((key, context.Evaluate(valueExpression, row)));
            }
        }
        return new EqualityHints(hints, textHints);
    }

    private static bool TryHint(
        Expression side, Expression other, IReadOnlySet<string> nodeVariables, Row row,
        out string variable, out string key, out Expression value)
    {
        variable = key = "";
        value = other;
        if (side is not PropertyLookup { Subject: Variable subject } lookup || !nodeVariables.Contains(subject.Name)) return false;
        var safe = other is Literal or Parameter ||
                   (other is PropertyLookup { Subject: Variable bound } && row.Has(bound.Name) && !nodeVariables.Contains(bound.Name));
        if (!safe) return false;
        variable = subject.Name;
        key = lookup.Key;
        return true;
    }
}
