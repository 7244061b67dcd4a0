using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Turns a query's rows into result values, stopping at <see cref="QueryOptions.MaxRows"/> (the result is marked
/// truncated) and failing past <see cref="QueryOptions.MaxResultBytes"/>: the row cap alone does not bound bytes.
/// </summary>
internal static class ResultRows
{
    public static (List<IReadOnlyList<object?>> Rows, bool Truncated) Convert(
        IEnumerable<Row> rows, IReadOnlyList<string> columns, IGraphReader view, QueryOptions options, QueryBudget budget, AstNode resultClause)
    {
        var result = new List<IReadOnlyList<object?>>();
        var allowance = new ResultAllowance(options.MaxResultBytes, budget);
        using var rowEnumerator = rows.GetEnumerator();
        while (rowEnumerator.MoveNext())
        {
            budget.Poll();
            if (options.MaxRows is { } cap && result.Count >= cap) return (result, true);
            var row = rowEnumerator.Current;
            var values = new object?[columns.Count];
            try
            {
                for (var i = 0; i < values.Length; i++) values[i] = ResultValueConverter.ToResultValue(row.Get(columns[i]), view, allowance);
            }
            catch (CypherException error) when (error.Line is null)
            {
                throw CypherErrors.Located(error, resultClause);
            }
            result.Add(values);
        }
        return (result, false);
    }
}
