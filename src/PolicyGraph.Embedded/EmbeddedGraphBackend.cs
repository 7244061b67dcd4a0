using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded;

/// <summary>
/// The default backend: an in-process graph queried with openCypher. Reads run concurrently on immutable
/// snapshots; updating queries are serialised and commit atomically, so a failed query changes nothing.
/// </summary>
public sealed partial class EmbeddedGraphBackend : IGraphBackend
{
    private readonly GraphStore _store = new();
    private readonly QueryCache _queries = new();

    public string Name => "embedded";

    /// <summary>Procedures available to CALL: the built-in db.labels(), db.relationshipTypes(), db.propertyKeys() and any registered.</summary>
    public ProcedureRegistry Procedures { get; } = new();

    /// <summary>The committed state right now (for statistics, tests and export).</summary>
    public GraphSnapshot CurrentSnapshot => _store.Current;

    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        return QueryRunner.RunAsync(_store, _queries, Procedures, cypher, parameters, options ?? QueryOptions.Default, cancellationToken);
    }

    public Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return _store.WriteAsync(transaction =>
        {
            GraphImporter.Import(transaction, graph, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The whole committed graph as a model graph; ids are the internal element ids (as in result values), so tests can
    /// compare states before and after a query.
    /// </summary>
    public PropertyGraph ExportGraph() => SnapshotExport.ToPropertyGraph(_store.BeginRead());

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        return ValueTask.CompletedTask;
    }
}
