using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Parsing;
using PolicyGraph.Cypher.Semantics;

namespace PolicyGraph.Cypher;

/// <summary>The Cypher front end: text to a checked syntax tree. Errors are <c>CypherException</c>s (CompileTime).</summary>
public static class CypherFrontEnd
{
    /// <summary>Syntax only: any query that is grammatically valid parses.</summary>
    public static Query Parse(string text) => Parser.Parse(text);

    /// <summary>Parses and runs semantic analysis, so every compile-time error is raised before execution.</summary>
    public static Query Compile(string text)
    {
        var query = Parser.Parse(text);
        SemanticAnalyzer.Analyze(query);
        return query;
    }
}
