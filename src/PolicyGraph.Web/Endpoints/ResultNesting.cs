using System.Collections;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Endpoints;

/// <summary>
/// The JSON writer stops at 64 levels (System.Text.Json's default depth); a result nested deeper would fail half-way
/// through the response as a 500. Checked before answering (with an explicit stack, not recursion), it is a query error.
/// </summary>
internal static class ResultNesting
{
    /// <summary>Levels a cell may use: 64 minus the envelope ({answer: {rows: [[cell]]}}) and a margin for cell records.</summary>
    public const int MaxCellDepth = 56;

    public static CypherException? Check(QueryAnswer answer)
    {
        var pending = new Stack<(object? Value, int Depth, int Column)>();
        foreach (var row in answer.Rows)
        {
            for (var column = 0; column < row.Count; column++)
                pending.Push((row[column], 1, column));
            while (pending.TryPop(out var item))
            {
                if (item.Depth > MaxCellDepth)
                    return TooDeep(answer.Columns[item.Column]);
                foreach (var child in Children(item.Value))
                    pending.Push((child, item.Depth + 1, item.Column));
            }
        }
        return null;
    }

    private static IEnumerable Children(object? value) => value switch
    {
        null or string => Array.Empty<object?>(),
        IDictionary map => map.Values,
        PathCell path => path.Nodes,
        IEnumerable list => list,
        _ => Array.Empty<object?>(),
    };

    private static CypherException TooDeep(string column) =>
        new("RuntimeError", "ResultNestedTooDeeply", QueryPhase.Runtime,
            $"Column '{column}' holds a value nested more than {MaxCellDepth} levels deep (lists or maps inside each other); " +
            "the console cannot send it as JSON. Return a flatter value, e.g. with size() or a list comprehension.");
}
