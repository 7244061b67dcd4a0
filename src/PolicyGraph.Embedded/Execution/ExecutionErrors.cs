using System.Runtime.ExceptionServices;
using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>Errors raised while executing, located at the part of the query that caused them.</summary>
internal static class ExecutionErrors
{
    public static CypherException At(AstNode node, string category, string detail, string message, QueryPhase phase = QueryPhase.Runtime)
    {
        var position = node.Position;
        return position.Line <= 0
            ? new CypherException(category, detail, phase, message)
            : new CypherException(category, detail, phase, $"{message} (line {position.Line}, column {position.Column})",
                position.Line, position.Column);
    }

    /// <summary>
    /// Rows from <paramref name="source"/>, with runtime errors raised outside any expression (comparing sort keys,
    /// hashing grouping keys, aggregate results) located at <paramref name="node"/>. List.Sort wraps a comparer's
    /// exception in an InvalidOperationException; the query error inside is what the caller must see.
    /// </summary>
    public static IEnumerable<T> Locating<T>(IEnumerable<T> source, AstNode node)
    {
        using var rows = source.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (CypherException error) when (error.Line is null)
            {
                throw Values.CypherErrors.Located(error, node);
            }
            catch (InvalidOperationException error) when (error.InnerException is CypherException inner)
            {
                throw Values.CypherErrors.Located(inner, node);
            }
            catch (InvalidOperationException error) when (error.InnerException is OperationCanceledException cancelled)
            {
                ExceptionDispatchInfo.Throw(cancelled);
                throw;
            }
            if (!more) yield break;
            yield return rows.Current;
        }
    }
}
