using PolicyGraph.Core.Schema;
using PolicyGraph.Cypher;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>The statements of <c>cypher/schema</c> (<see cref="GraphSchemaScripts"/>), in file order.</summary>
public static class SchemaScripts
{
    // The front end's splitter knows strings and comments, so a ';' inside them does not end a statement.
    public static IReadOnlyList<string> Statements() =>
        GraphSchemaScripts.Files.SelectMany(file => CypherFrontEnd.SplitStatements(file.Text)).ToArray();
}
