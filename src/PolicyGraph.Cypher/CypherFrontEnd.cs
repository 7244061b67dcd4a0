using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;
using PolicyGraph.Cypher.Parsing;
using PolicyGraph.Cypher.Semantics;

namespace PolicyGraph.Cypher;

/// <summary>The Cypher front end: text to a checked syntax tree. Errors are <c>CypherException</c>s (CompileTime).</summary>
public static class CypherFrontEnd
{
    /// <summary>Syntax only: any query that is grammatically valid parses.</summary>
    public static Query Parse(string text) => Parser.Parse(text);

    /// <summary>
    /// Parses and runs semantic analysis, so every compile-time error is raised before execution. The returned
    /// tree has ORDER BY after DISTINCT or aggregation refer to projected columns (see <see cref="ProjectionNormalizer"/>).
    /// </summary>
    public static Query Compile(string text)
    {
        var query = Parser.Parse(text);
        SemanticAnalyzer.Analyze(query);
        return ProjectionNormalizer.Normalize(query);
    }

    /// <summary>
    /// Every compile-time problem of a query, in query order, for editors and consoles that show them all:
    /// the syntax error if it does not parse (parsing stops there), else every semantic problem; empty when the
    /// query compiles. <see cref="Compile"/> throws the first of them.
    /// </summary>
    public static IReadOnlyList<CypherException> Diagnose(string text)
    {
        Query query;
        try
        {
            query = Parser.Parse(text);
        }
        catch (CypherException syntaxError)
        {
            return [syntaxError];
        }

        return SemanticAnalyzer.Diagnose(query);
    }

    /// <summary>
    /// Splits a script into its statements at the ';' between them (not those inside strings, quoted names or
    /// comments), trimmed and without empty ones, so each can be run on any backend.
    /// </summary>
    public static IReadOnlyList<string> SplitStatements(string script)
    {
        var statements = new List<string>();
        var start = 0;
        foreach (var separator in Lexer.Tokenize(script).Where(token => token.IsSymbol(";")))
        {
            statements.Add(script[start..separator.Position.Offset]);
            start = separator.Position.Offset + 1;
        }

        statements.Add(script[start..]);
        return statements.Select(statement => statement.Trim()).Where(IsNotBlank).ToList();
    }

    /// <summary>A piece holding only whitespace or comments is not a statement.</summary>
    private static bool IsNotBlank(string statement) => Lexer.Tokenize(statement).Count > 1;
}
