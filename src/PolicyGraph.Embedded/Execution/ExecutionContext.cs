using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Per-query state shared by all operators: the transaction, expression evaluation and the cancellation
/// (caller token and timeout), which long loops check through <see cref="Tick"/>.
/// </summary>
internal sealed class ExecutionContext
{
    /// <param name="createPatterns">Builds the pattern matcher expressions use; it receives this context under construction.</param>
    public ExecutionContext(
        CompiledQuery query,
        GraphTransaction graph,
        IReadOnlyDictionary<string, object?> parameters,
        QueryBudget budget,
        Func<ExecutionContext, IPatternMatcher> createPatterns,
        QueryParallelism? parallelism = null)
    {
        Parallelism = parallelism ?? QueryParallelism.Serial;
        Query = query;
        Graph = graph;
        Budget = budget;
        Evaluation = new EvaluationContext(graph, parameters, budget.Cancellation, createPatterns(this), budget: budget);
    }

    public CompiledQuery Query { get; }

    public GraphTransaction Graph { get; }

    public EvaluationContext Evaluation { get; }

    public CancellationToken Cancellation => Budget.Cancellation;

    public QueryBudget Budget { get; }

    /// <summary>How scans may be split across threads (serial unless the runner says otherwise).</summary>
    public QueryParallelism Parallelism { get; }

    public object? Evaluate(Expression expression, IRow row) => Query.Expression(expression)(row, Evaluation);

    /// <summary>The compiled form of an expression, for operators that evaluate it once per row.</summary>
    public CompiledExpression Compile(Expression expression) => Query.Expression(expression);

    public object? Evaluate(CompiledExpression compiled, IRow row) => compiled(row, Evaluation);

    /// <summary>Evaluates a predicate: only true passes (null and false filter the row out).</summary>
    public bool IsTrue(Expression expression, IRow row) => Evaluate(expression, row) is true;

    /// <summary>Counts a unit of work and, every thousand or so, honours cancellation and the timeout.</summary>
    public void Tick() => Budget.Poll();

    public void RequireWritable(string clause)
    {
        if (!Graph.IsWritable)
            throw new CypherException("AccessModeError", "WriteInReadOnlyQuery", QueryPhase.CompileTime,
                $"{clause} is not allowed in a read-only query.");
    }
}
