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
}
