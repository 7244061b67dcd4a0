using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;

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
}
