using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Querying;

/// <summary>
/// A graph database the product can run on: the embedded engine (default) or Neo4j.
/// The same Cypher text must give the same result model on both.
/// </summary>
public interface IGraphBackend : IAsyncDisposable
{
    /// <summary>"embedded" or "neo4j".</summary>
    string Name { get; }

    Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds or updates the graph's nodes and relationships by their stable ids (idempotent).</summary>
    Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the schema of <c>cypher/schema</c> (<see cref="Schema.GraphSchemaScripts"/>): uniqueness constraints,
    /// lookup indexes and the full-text index that search reads. Idempotent. A backend that cannot hold a schema
    /// (a test double) says so instead of pretending.
    /// </summary>
    Task ApplySchemaAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"The {Name} backend does not apply the graph schema.");
}
