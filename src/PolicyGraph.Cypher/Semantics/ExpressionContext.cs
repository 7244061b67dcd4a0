using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// Where an expression is being checked: its scope, whether aggregates or pattern predicates are allowed there,
/// and (for ORDER BY after a projection) the projected expressions that may be referred to as a whole.
/// </summary>
internal sealed record ExpressionContext(
    Scope Scope,
    bool AllowAggregates = false,
    bool InsideAggregate = false,
    bool AllowPatternPredicates = false,
    IReadOnlyDictionary<Expression, CypherType>? Projected = null)
{
    /// <summary>The context for the body of a comprehension, quantifier or reduce: its own variables, no aggregates.</summary>
    public ExpressionContext Inner(Scope scope) => this with { Scope = scope, AllowAggregates = false };
}
