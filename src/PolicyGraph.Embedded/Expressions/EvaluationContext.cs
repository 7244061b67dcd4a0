using System.Text.RegularExpressions;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>
/// Everything one query's expressions may consult besides the row: the graph, the parameters, cancellation,
/// and per-query state (statement time for timestamp(), the random source for rand(), caches of compiled
/// expressions and regexes). Create one per query execution; it is not thread-safe.
/// </summary>
public sealed class EvaluationContext
{
    private readonly Dictionary<Expression, CompiledExpression> compiled = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Regex> regexes = new(StringComparer.Ordinal);

    public EvaluationContext(
        IGraphReader graph,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellation = default,
        IPatternMatcher? patterns = null,
        DateTimeOffset? statementTime = null,
        Random? random = null,
        QueryBudget? budget = null)
    {
        Graph = graph;
        Patterns = patterns;
        Parameters = parameters ?? new Dictionary<string, object?>();
        Budget = budget ?? new QueryBudget(cancellation);
        StatementTime = statementTime ?? DateTimeOffset.UtcNow;
        Random = random ?? new Random();
    }

    public IGraphReader Graph { get; }

    /// <summary>Query parameters, already normalised to runtime values (see CypherValues.Normalize).</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>Evaluates pattern predicates, pattern comprehensions and EXISTS subqueries; null when unavailable.</summary>
    public IPatternMatcher? Patterns { get; }

    public CancellationToken Cancellation => Budget.Cancellation;

    /// <summary>The query's time and memory budget, which loops poll and value builders reserve from.</summary>
    public QueryBudget Budget { get; }

    /// <summary>The instant timestamp() reports: fixed for the whole statement, as openCypher requires.</summary>
    public DateTimeOffset StatementTime { get; }

    public Random Random { get; }

    /// <summary>How long one regular-expression match may run before the query fails (queries are untrusted).</summary>
    public TimeSpan RegexTimeout => Budget.RegexTimeout;

    internal CompiledExpression GetCompiled(Expression expression)
    {
        if (!compiled.TryGetValue(expression, out var result))
        {
            result = ExpressionCompiler.Compile(expression);
            compiled[expression] = result;
        }
        return result;
    }

    /// <summary>
    /// A regex that must match the whole input, as =~ and Java's Matcher.matches() do; cached by pattern.
    /// The pattern is parsed on its own first, so an unbalanced one ("a)|(b") is rejected instead of
    /// closing the anchoring group early and matching anywhere.
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    internal Regex GetWholeMatchRegex(string pattern)
    {
        if (!regexes.TryGetValue(pattern, out var regex))
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
            regex = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, RegexTimeout);
            regexes[pattern] = regex;
        }
        return regex;
    }
}
