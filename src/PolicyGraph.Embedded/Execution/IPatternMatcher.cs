// PATTERN MATCHER READY (23:41 UTC) — implemented by the executor; the evaluator receives it through EvaluationContext.
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// What expression evaluation needs from the executor to evaluate patterns inside expressions:
/// pattern predicates (<c>WHERE (a)-[:T]-&gt;()</c>), pattern comprehensions (<c>[(a)--&gt;(b) WHERE .. | b.x]</c>)
/// and <c>EXISTS { ... }</c>, <c>COUNT { ... }</c> and <c>COLLECT { ... }</c> subqueries.
/// </summary>
public interface IPatternMatcher
{
    /// <summary>
    /// Every match of <paramref name="pattern"/> given the bindings of <paramref name="outer"/>: variables already
    /// bound in <paramref name="outer"/> (e.g. <c>a</c>) are taken as fixed, new ones are bound per match. Each
    /// returned row sees the outer bindings plus the pattern's own variables and, when
    /// <paramref name="pathVariable"/> is given, the matched path under that name (a PathRef). Relationship
    /// uniqueness within the pattern applies. Lazily enumerated: stop early for a predicate (use Any()).
    /// A pattern comprehension evaluates its WHERE and projection against each returned row.
    /// </summary>
    IEnumerable<IRow> Match(PatternElement pattern, Variable? pathVariable, IRow outer, EvaluationContext context);

    /// <summary>True when the subquery of <c>EXISTS { ... }</c> yields at least one row, run with the outer row's variables in scope.</summary>
    bool Exists(Query subquery, IRow outer, EvaluationContext context);

    /// <summary>How many rows the subquery of <c>COUNT { ... }</c> yields for the outer row.</summary>
    long Count(Query subquery, IRow outer, EvaluationContext context);

    /// <summary>The values of the single column the subquery of <c>COLLECT { ... }</c> returns for the outer row, in order.</summary>
    IReadOnlyList<object?> Collect(Query subquery, IRow outer, EvaluationContext context);
}
