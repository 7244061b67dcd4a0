using System.Collections.Concurrent;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// The embedded engine, counting each query text it runs; the runs of <see cref="HeldQuery"/> wait until the test
/// opens <see cref="Open"/>, so a test sees how many reads requests start while one is still running.
/// </summary>
public sealed class CountingBackend(EmbeddedGraphBackend engine) : IGraphBackend
{
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CountingBackend()
        : this(new EmbeddedGraphBackend())
    {
    }

    public EmbeddedGraphBackend Engine => engine;

    /// <summary>A query text whose runs are held until <see cref="Open"/>; none when null.</summary>
    public string? HeldQuery { get; set; }

    public string Name => engine.Name;

    public int Runs(string cypher) => _runs.GetValueOrDefault(cypher);

    public void Open() => _open.TrySetResult();

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        _runs.AddOrUpdate(cypher, 1, (_, count) => count + 1);
        if (cypher == HeldQuery)
            await _open.Task.WaitAsync(cancellationToken);
        return await engine.RunAsync(cypher, parameters, options, cancellationToken);
    }

    public Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default) => engine.ImportAsync(graph, cancellationToken);

    public Task ApplySchemaAsync(CancellationToken cancellationToken = default) => engine.ApplySchemaAsync(cancellationToken);

    public ValueTask DisposeAsync() => engine.DisposeAsync();
}
