using PolicyGraph.Core.Schema;
using PolicyGraph.Cypher;

namespace PolicyGraph.Embedded;

public sealed partial class EmbeddedGraphBackend
{
    /// <summary>
    /// Runs every statement of <see cref="GraphSchemaScripts"/> (all IF NOT EXISTS), so the embedded engine has the
    /// same constraints, indexes and full-text index (<c>db.index.fulltext.queryNodes</c>) as Neo4j.
    /// </summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in GraphSchemaScripts.Files.SelectMany(file => CypherFrontEnd.SplitStatements(file.Text)))
            await RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
