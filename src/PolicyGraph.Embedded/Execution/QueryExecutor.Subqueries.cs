using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Semantics;

namespace PolicyGraph.Embedded.Execution;

// CALL { subquery }: once per incoming row, seeing only what it imports.
internal sealed partial class QueryExecutor
{
    private IEnumerable<Row> CallSubquery(SubqueryCallClause call, IEnumerable<Row> rows, List<string> scope)
    {
        var outerScope = scope.ToArray();
        if (call.InTransactions?.BatchSize is { } size) RequirePositiveBatchSize(_context.Evaluate(size, Row.Empty), size);
        var unit = SemanticAnalyzer.Branches(call.Query).First().Clauses[^1] is not ReturnClause;
        AddToScope(scope, SemanticAnalyzer.SubqueryColumns(call, outerScope));
        return rows.SelectMany(row => CallSubqueryFor(call, row, outerScope, unit));
    }

    private IEnumerable<Row> CallSubqueryFor(SubqueryCallClause call, Row row, string[] outerScope, bool unit)
    {
        var output = Execute(call.Query, Row.Empty, [], branch => BranchStart(call, branch, row, outerScope));
        if (unit)
        {
            // A unit subquery runs for its effects and leaves the row as it was, once.
            foreach (var _ in output.Rows) _context.Tick();
            yield return row;
            yield break;
        }
        var any = false;
        foreach (var result in output.Rows)
        {
            _context.Tick();
            any = true;
            var extended = row;
            foreach (var column in output.Columns) extended = extended.With(column, result.Get(column));
            yield return extended;
        }
        if (!any && call.Optional) yield return WithNulls(row, output.Columns);
    }

    /// <summary>
    /// IN TRANSACTIONS OF n ROWS: n must be a positive integer. The statement is one transaction here, so batches only
    /// matter for this check; the rows and writes are those the batched call gives when no batch fails.
    /// </summary>
    private static void RequirePositiveBatchSize(object? size, Expression at)
    {
        if (size is not long rows || rows <= 0)
            throw ExecutionErrors.At(at, "ArgumentError", "InvalidArgumentValue",
                $"IN TRANSACTIONS OF n ROWS needs a positive integer, not {Values.CypherValues.TypeName(size)} {size}");
    }

    /// <summary>OPTIONAL CALL's row for a call that produced nothing: the call's columns bound to null.</summary>
    private static Row WithNulls(Row row, IEnumerable<string> columns)
    {
        foreach (var column in columns) row = row.With(column, null);
        return row;
    }

    /// <summary>
    /// What a branch starts from: the listed variables of CALL (a, b) { }, the whole row when the branch opens with
    /// an importing WITH (which then keeps only what it names), or nothing for an uncorrelated branch.
    /// </summary>
    private static (Row, IReadOnlyList<string>) BranchStart(SubqueryCallClause call, SingleQuery branch, Row row, string[] outerScope)
    {
        if (call.ScopeVariables is { } variables)
        {
            var imported = Row.Empty;
            foreach (var variable in variables) imported = imported.With(variable.Name, row.Get(variable.Name));
            return (imported, variables.Select(v => v.Name).ToArray());
        }
        return call.ImportsAll || SemanticAnalyzer.ImportsByLeadingWith(branch) ? (row, outerScope) : (Row.Empty, []);
    }
}
