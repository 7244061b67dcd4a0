using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// The embedded engine, except for two queries a test controls: <see cref="BlockingQuery"/> holds its console slot
/// until the test opens the gate (or the request is cancelled), <see cref="OverrunningQuery"/> holds it until the gate
/// opens whatever its token says (an engine overrunning its timeout), <see cref="FailingQuery"/> throws an error that
/// is not a query error. Deterministic: nothing depends on how fast the machine is.
/// </summary>
public sealed class GatedBackend : IGraphBackend
{
    public const string BlockingQuery = "RETURN 'held by the test' AS gate";
    public const string FailingQuery = "RETURN 'an engine bug' AS failure";
    public const string OverrunningQuery = "RETURN 'deaf to cancellation' AS overrun";

    private readonly EmbeddedGraphBackend _engine = new();
    private readonly SemaphoreSlim _gate = new(0);
    private readonly SemaphoreSlim _started = new(0);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "gated";

    /// <summary>Completes when a blocking query saw its cancellation token fire.</summary>
    public Task Cancelled => _cancelled.Task;

    /// <summary>Waits until a blocking query is running (holding its slot).</summary>
    public Task<bool> WaitUntilRunningAsync() => _started.WaitAsync(TimeSpan.FromSeconds(30));

    public void Open(int queries) => _gate.Release(queries);

    /// <summary>The options of the last query the engine was asked to run.</summary>
    public QueryOptions? LastOptions { get; private set; }

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        LastOptions = options;
        if (cypher == FailingQuery)
            throw new InvalidOperationException("A failure that is not a query error.");
        if (cypher == OverrunningQuery)
        {
            await _gate.WaitAsync(CancellationToken.None);
            return new QueryResult(["overrun"], [["finally"]], QueryCounters.None);
        }
        if (cypher != BlockingQuery)
            return await _engine.RunAsync(cypher, parameters, options, cancellationToken);
        _started.Release();
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }
        return new QueryResult(["gate"], [["opened"]], QueryCounters.None);
    }

    public Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default) => _engine.ImportAsync(graph, cancellationToken);

    public Task ApplySchemaAsync(CancellationToken cancellationToken = default) => _engine.ApplySchemaAsync(cancellationToken);

    public ValueTask DisposeAsync() => _engine.DisposeAsync();
}
