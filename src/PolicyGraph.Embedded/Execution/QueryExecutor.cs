using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>The columns of a query and its rows (lazily produced for read queries).</summary>
internal sealed record QueryOutput(IReadOnlyList<string> Columns, IEnumerable<Row> Rows);

/// <summary>
/// Runs a parsed query as a pipeline of clause operators over rows. In an updating query every clause's
/// output is materialised before the next clause runs, so a clause never observes writes of the clause after it
/// and reads never race with writes of the same query.
/// </summary>
internal sealed partial class QueryExecutor
{
    private readonly ExecutionContext _context;
    private readonly PatternMatcher _matcher;
    private readonly bool _eager;
    private readonly ProcedureRegistry _procedures;

    public QueryExecutor(
        CompiledQuery query, GraphTransaction graph, IReadOnlyDictionary<string, object?> parameters, ProcedureRegistry procedures,
        QueryBudget budget, QueryParallelism? parallelism = null)
    {
        _eager = query.IsUpdating;
        _procedures = procedures;
        _context = new ExecutionContext(query, graph, parameters, budget, context => new PatternMatcher(context, RunSubquery), parallelism);
        _matcher = (PatternMatcher)_context.Evaluation.Patterns!;
    }

    public ExecutionContext Context => _context;

    public QueryOutput Run()
    {
        var query = _context.Query.Query;
        if (query is SchemaCommand command) return RunSchemaCommand(command);
        if (query is ExplainedQuery explained) return Explain(explained);
        var output = Execute(query, Row.Empty, []);
        // A statement without RETURN (e.g. CREATE ...) yields no rows, but its clauses must still run.
        return query is SingleQuery { Clauses: [.., not (ReturnClause or CallClause)] } ? output with { Rows = Drain(output.Rows) } : output;
    }

    private static IEnumerable<Row> Drain(IEnumerable<Row> rows)
    {
        foreach (var _ in rows)
        {
        }
        yield break;
    }

    /// <param name="branchStart">For a CALL subquery: the start row and scope of each UNION branch (what it imports).</param>
    /// <param name="carried">For EXISTS / COUNT / COLLECT: the outer row, whose variables every WITH passes on.</param>
    private QueryOutput Execute(
        Query query, Row start, IReadOnlyList<string> scope, Func<SingleQuery, (Row, IReadOnlyList<string>)>? branchStart = null,
        Row? carried = null) => query switch
    {
        SingleQuery single when branchStart is not null => ExecuteBranch(single, branchStart),
        SingleQuery single => ExecuteSingle(single, start, scope, carried),
        UnionQuery union => ExecuteUnion(union, start, scope, branchStart, carried),
        _ => throw new CypherException("SyntaxError", "InvalidClauseComposition", QueryPhase.CompileTime,
            $"A {query.GetType().Name} cannot be used here."),
    };

    private QueryOutput ExecuteBranch(SingleQuery single, Func<SingleQuery, (Row, IReadOnlyList<string>)> branchStart)
    {
        var (start, scope) = branchStart(single);
        return ExecuteSingle(single, start, scope);
    }

    private QueryOutput ExecuteUnion(
        UnionQuery union, Row start, IReadOnlyList<string> scope, Func<SingleQuery, (Row, IReadOnlyList<string>)>? branchStart, Row? carried)
    {
        var left = Execute(union.Left, start, scope, branchStart, carried);
        var right = branchStart is null ? ExecuteSingle(union.Right, start, scope, carried) : ExecuteBranch(union.Right, branchStart);
        if (!left.Columns.SequenceEqual(right.Columns))
            throw CypherErrors.Syntax("DifferentColumnsInUnion", "All sub queries in a UNION must have the same column names.", union.Position);
        var rows = left.Rows.Concat(right.Rows.Select(r => Reorder(r, left.Columns)));
        return new QueryOutput(left.Columns, union.All ? rows : DistinctRows(rows, left.Columns));
    }

    private QueryOutput ExecuteSingle(SingleQuery query, Row start, IReadOnlyList<string> outerScope, Row? carried = null)
    {
        ValidateCalls(query);
        if (query.Clauses is [CallClause standalone])
        {
            var standaloneScope = new List<string>(outerScope);
            var results = Call(standalone, [start], standaloneScope, standalone: true);
            // A standalone call of a void procedure has no result rows at all.
            if (standaloneScope.Count == outerScope.Count) results = Drain(results);
            return new QueryOutput(standaloneScope.Skip(outerScope.Count).ToArray(), _eager ? results.ToList() : results);
        }
        IEnumerable<Row> rows = [start];
        var scope = new List<string>(outerScope);
        IReadOnlyList<string> columns = [];
        var clauses = query.Clauses;
        for (var index = 0; index < clauses.Count; index++)
        {
            var clause = clauses[index];
            _context.Cancellation.ThrowIfCancellationRequested();
            if (!_eager && carried is null && clause is MatchClause match && index + 1 < clauses.Count &&
                FactorisedAggregation(match, clauses[index + 1], rows, scope) is { } aggregated)
            {
                rows = Profiled(clauses[index + 1], aggregated.Rows);
                if (clauses[index + 1] is ReturnClause) columns = aggregated.Columns;
                index++;
                continue;
            }
            rows = clause switch
            {
                ReturnClause @return => Return(@return, rows, scope, out columns),
                WithClause with when carried is not null => WithCarrying(with, rows, scope, carried),
                _ => ApplyClause(clause, rows, scope),
            };
            rows = Profiled(clause, rows);
            if (_eager) rows = rows.ToList();
        }
        return new QueryOutput(columns, rows);
    }

    private IEnumerable<Row> ApplyClause(Clause clause, IEnumerable<Row> rows, List<string> scope) => clause switch
    {
        MatchClause match => Match(match, rows, scope),
        UnwindClause unwind => Unwind(unwind, rows, scope),
        WithClause with => With(with, rows, scope),
        CreateClause create => Create(create, rows, scope),
        MergeClause merge => Merge(merge, rows, scope),
        SetClause set => Set(set, rows),
        RemoveClause remove => Remove(remove, rows),
        DeleteClause delete => Delete(delete, rows),
        ForeachClause @foreach => Foreach(@foreach, rows),
        CallClause call => Call(call, rows, scope, standalone: false),
        SubqueryCallClause subquery => CallSubquery(subquery, rows, scope),
        _ => throw new CypherException("SyntaxError", "UnexpectedSyntax", QueryPhase.CompileTime,
            $"The clause {clause.GetType().Name} is not supported (line {clause.Position.Line}, column {clause.Position.Column}).",
            clause.Position.Line, clause.Position.Column),
    };

    private static void AddToScope(List<string> scope, IEnumerable<string> variables)
    {
        foreach (var variable in variables)
            if (!scope.Contains(variable)) scope.Add(variable);
    }

    private static Row Reorder(Row row, IReadOnlyList<string> columns)
    {
        var ordered = Row.Empty;
        foreach (var column in columns) ordered = ordered.With(column, row.Get(column));
        return ordered;
    }

    private static IEnumerable<Row> DistinctRows(IEnumerable<Row> rows, IReadOnlyList<string> columns)
    {
        var seen = new HashSet<object?[]>(RowValuesComparer.Instance);
        foreach (var row in rows)
            if (seen.Add(columns.Select(row.Get).ToArray())) yield return row;
    }
}
