using System.Collections.Concurrent;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// A checked query plus its expressions compiled to delegates. Shared by every run of the same text, so a
/// repeated query (the console, the benchmark, an application) skips parsing, analysis and compilation.
/// </summary>
internal sealed class CompiledQuery
{
    private readonly ConcurrentDictionary<Expression, CompiledExpression> _expressions = new(ReferenceEqualityComparer.Instance);

    public CompiledQuery(Query query)
    {
        Query = query;
        IsUpdating = QueryInspection.IsUpdating(query);
    }

    public Query Query { get; }

    public bool IsUpdating { get; }

    public CompiledExpression Expression(Expression expression) => _expressions.GetOrAdd(expression, ExpressionCompiler.Compile);
}

/// <summary>Compiled queries by their exact text. Bounded: when full it starts over rather than tracking recency.</summary>
internal sealed class QueryCache
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, CompiledQuery> _queries = new(StringComparer.Ordinal);

    public CompiledQuery Get(string text)
    {
        if (_queries.TryGetValue(text, out var cached)) return cached;
        var compiled = new CompiledQuery(CypherFrontEnd.Compile(text));
        if (_queries.Count >= Capacity) _queries.Clear();
        _queries[text] = compiled;
        return compiled;
    }
}
