using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded;

/// <summary>
/// The default backend: an in-process graph queried with openCypher. Reads run concurrently on immutable
/// snapshots; updating queries are serialised and commit atomically, so a failed query changes nothing.
/// In memory by default; <see cref="Open"/> keeps it in a directory (see Persistence/).
/// </summary>
public sealed partial class EmbeddedGraphBackend : IGraphBackend
{
    private readonly DurableStore? _durable;
    private readonly GraphStore _store;
    private readonly QueryCache _queries = new();

    public EmbeddedGraphBackend() => _store = new GraphStore();

    private EmbeddedGraphBackend(DurableStore durable)
    {
        _durable = durable;
        _store = durable.Store;
    }

    /// <summary>
    /// Opens (creating it if needed) the store in <paramref name="directory"/>: the last snapshot plus the commits
    /// logged after it. Throws <see cref="StoreException"/> when another writer holds it, or a file is of another
    /// format version; a torn log tail is dropped and named in <see cref="OpenReport"/>'s warnings.
    /// </summary>
    public static EmbeddedGraphBackend Open(string directory, StoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new EmbeddedGraphBackend(DurableStore.Open(directory, options ?? StoreOptions.Writer));
    }

    public string Name => "embedded";

    /// <summary>What opening the directory found; null for an in-memory backend.</summary>
    public StoreOpenReport? OpenReport => _durable?.Report;

    /// <summary>The last failure of a background checkpoint or poll (commits themselves had succeeded); null if none.</summary>
    public string? LastBackgroundError => _durable?.LastBackgroundError;

    /// <summary>Procedures available to CALL: the built-in db.labels(), db.relationshipTypes(), db.propertyKeys() and any registered.</summary>
    public ProcedureRegistry Procedures { get; } = new();

    /// <summary>
    /// Called with each query's budget as the query starts, on the query's thread: diagnostics (the fuzzer reads how
    /// late a stop was noticed) and tests (that a loop polls). Null by default; must be cheap. Subscribe with += and
    /// unsubscribe with -= so observers do not replace each other; one that throws fails only that query (an error).
    /// </summary>
    public Action<QueryBudget>? BudgetObserver { get; set; }

    /// <summary>The committed state right now (for statistics, tests and export).</summary>
    public GraphSnapshot CurrentSnapshot => _store.Current;

    /// <summary>A read-only store: applies the commits the writer logged since the last call; returns how many.</summary>
    public int Refresh() => _durable?.Refresh() ?? 0;

    /// <summary>Writes the graph to a snapshot file and starts a new log, so the next open replays nothing.</summary>
    public void Checkpoint() => _durable?.Checkpoint();

    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        try
        {
            return await QueryRunner.RunAsync(_store, _queries, Procedures, cypher, parameters, options ?? QueryOptions.Default, cancellationToken, BudgetObserver, _morselSize)
                .ConfigureAwait(false);
        }
        catch (CypherException error) when (CauseIn(error) is { } store)
        {
            throw new CypherException("TransactionError", store.Code.ToString(), QueryPhase.Runtime, store.Message,
                statusCode: "Neo.DatabaseError.Transaction.TransactionCommitFailed", inner: store);
        }
    }

    /// <summary>The store failure under an engine error (a commit the log refused), if that is what it is.</summary>
    private static StoreException? CauseIn(Exception error)
    {
        for (Exception? cause = error; cause is not null; cause = cause.InnerException)
            if (cause is StoreException store) return store;
        return null;
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

    /// <summary>Runs <paramref name="work"/> in one write transaction (committed, and logged, when it returns).</summary>
    public Task<T> WriteAsync<T>(Func<GraphTransaction, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _store.WriteAsync(work, cancellationToken);
    }

    /// <summary>
    /// The whole committed graph as a model graph; ids are the internal element ids (as in result values), so tests can
    /// compare states before and after a query.
    /// </summary>
    public PropertyGraph ExportGraph() => SnapshotExport.ToPropertyGraph(_store.BeginRead());

    public ValueTask DisposeAsync()
    {
        if (_durable is null) _store.Dispose();
        else _durable.Dispose();
        return ValueTask.CompletedTask;
    }
}
