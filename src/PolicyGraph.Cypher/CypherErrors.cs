using PolicyGraph.Cypher.Ast;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher;

/// <summary>Builds the compile-time errors the front end raises, always with the query line and column.</summary>
public static class CypherErrors
{
    public const string SyntaxError = "SyntaxError";

    public static CypherException Syntax(string detail, string message, SourcePosition position) =>
        Compile(SyntaxError, detail, message, position);

    public static CypherException Compile(string category, string detail, string message, SourcePosition position) =>
        new(category, detail, QueryPhase.CompileTime, $"{message} (line {position.Line}, column {position.Column})",
            position.Line, position.Column);
}
