using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Runs one statement against a <see cref="GraphStore"/>: compile, check the options, execute on a snapshot
/// (reads) or in a serialised write transaction (updates), convert the rows to result values.
/// </summary>
internal static class QueryRunner
{
    public static async Task<QueryResult> RunAsync(
        GraphStore store, QueryCache cache, ProcedureRegistry procedures, string cypher, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options,
        CancellationToken cancellationToken)
    {
        var query = cache.Get(cypher);
        var updating = query.IsUpdating;
        if (options.ReadOnly && updating) throw ReadOnlyViolation(query.Query);
        var normalized = NormalizeParameters(parameters);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            if (!updating) return Execute(store.BeginRead(), query, procedures, normalized, options, timeout.Token);
            return await store.WriteAsync(t => Execute(t, query, procedures, normalized, options, timeout.Token), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new CypherException("RuntimeError", "QueryTimeout", QueryPhase.Runtime,
                $"The query did not finish within {options.Timeout!.Value.TotalSeconds:0.###} s and was stopped; no changes were made.");
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
        QueryOptions options, CancellationToken cancellation)
    {
        var updating = query.IsUpdating;
        var executor = new QueryExecutor(query, transaction, parameters, procedures, cancellation);
        var context = executor.Context;
        var output = executor.Run();
        var rows = updating ? output.Rows.ToList() : output.Rows;
        var (converted, truncated) = Convert(rows, output.Columns, new ResultGraphView(transaction), options.MaxRows, context);
        var counters = updating ? transaction.Counters() : QueryCounters.None;
        return new QueryResult(output.Columns, converted, counters, truncated);
    }

    private static (List<IReadOnlyList<object?>> Rows, bool Truncated) Convert(
        IEnumerable<Row> rows, IReadOnlyList<string> columns, IGraphReader view, int? maxRows, ExecutionContext context)
    {
        var result = new List<IReadOnlyList<object?>>();
        foreach (var row in rows)
        {
            context.Tick();
            if (maxRows is { } cap && result.Count >= cap) return (result, true);
            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++) values[i] = ResultValueConverter.ToResultValue(row.Get(columns[i]), view);
            result.Add(values);
        }
        return (result, false);
    }

    private static IReadOnlyDictionary<string, object?> NormalizeParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        var normalized = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is null) return normalized;
        foreach (var (name, value) in parameters) normalized[name] = CypherValues.Normalize(value);
        return normalized;
    }
}
