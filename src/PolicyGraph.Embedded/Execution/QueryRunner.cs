using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Runs one statement against a <see cref="GraphStore"/>: compile, check the options, execute on a snapshot
/// (reads) or in a serialised write transaction (updates), convert the rows to result values.
/// Whatever the query does, only a <see cref="CypherException"/> leaves (or the caller's own cancellation).
/// </summary>
internal static class QueryRunner
{
    public static async Task<QueryResult> RunAsync(
        GraphStore store, QueryCache cache, ProcedureRegistry procedures, string cypher, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options,
        CancellationToken cancellationToken, Action<QueryBudget>? observeBudget = null, int morselSize = QueryParallelism.DefaultMorselSize)
    {
        var query = cache.Get(cypher);
        var updating = query.IsUpdating;
        if (options.ReadOnly && updating) throw ReadOnlyViolation(query.Query);
        var normalized = NormalizeParameters(parameters);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = new QueryBudget(timeout.Token, options.MaxValueBytes, options.Timeout, options.MaxSingleValueBytes);
        // Armed after the budget fixed its deadline, so the timer cannot fire before the deadline the polls check.
        if (options.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            observeBudget?.Invoke(budget);
            // Options without a worker count get every core; a server passes 1 to keep its request threads free.
            var parallelism = new QueryParallelism(options.Workers ?? Environment.ProcessorCount, morselSize);
            if (!updating) return Execute(store.BeginRead(), query, procedures, normalized, options, budget, parallelism);
            // A write transaction stays on one thread: its drafts are not shared with workers.
            return await store.WriteAsync(t => Execute(t, query, procedures, normalized, options, budget, QueryParallelism.Serial), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw QueryBudget.TimedOut(options.Timeout!.Value);
        }
        catch (CypherException error) when (error.Line is null && error.Phase == QueryPhase.Runtime)
        {
            throw Values.CypherErrors.Located(error, query.Query);
        }
        catch (Exception error) when (error is not (CypherException or OperationCanceledException))
        {
            throw Values.CypherErrors.Located(Values.CypherErrors.Internal(error), query.Query);
        }
    }

    private static CypherException ReadOnlyViolation(Query ast)
    {
        var (node, description) = QueryInspection.FirstUpdate(ast)!.Value;
        return new CypherException("AccessModeError", "WriteInReadOnlyQuery", QueryPhase.CompileTime,
            $"{description} at {node.Position} may modify the graph, but this query must be read-only.",
            node.Position.Line, node.Position.Column);
    }

    private static QueryResult Execute(
        GraphTransaction transaction, CompiledQuery query, ProcedureRegistry procedures, IReadOnlyDictionary<string, object?> parameters,
        QueryOptions options, QueryBudget budget, QueryParallelism parallelism)
    {
        var updating = query.IsUpdating;
        var executor = new QueryExecutor(query, transaction, parameters, procedures, budget, parallelism);
        var output = executor.Run();
        var rows = updating ? output.Rows.ToList() : output.Rows;
        var (converted, truncated) = ResultRows.Convert(rows, output.Columns, new ResultGraphView(transaction), options, budget, ResultClause(query.Query));
        var counters = updating ? transaction.Counters() : QueryCounters.None;
        return new QueryResult(output.Columns, converted, counters, truncated);
    }

    /// <summary>Where errors in turning rows into results are reported: the final RETURN, else the statement.</summary>
    private static AstNode ResultClause(Query query) => query switch
    {
        SingleQuery { Clauses: [.., ReturnClause last] } => last,
        UnionQuery union => ResultClause(union.Right),
        _ => query,
    };

    private static IReadOnlyDictionary<string, object?> NormalizeParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        var normalized = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is null) return normalized;
        foreach (var (name, value) in parameters) normalized[name] = CypherValues.Normalize(value);
        return normalized;
    }
}
