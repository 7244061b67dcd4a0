using System.Collections.Concurrent;
using PolicyGraph.Web.Layout;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// A layout the test holds: each run records its view's node count, then waits until the test opens the gate or its
/// token fires (recorded too), so a test decides which layouts are queued, running or done. Optionally fails its first
/// run.
/// </summary>
public sealed class HeldLayout
{
    private readonly SemaphoreSlim _gate = new(0);
    private readonly SemaphoreSlim _started = new(0);
    private readonly SemaphoreSlim _cancelled = new(0);
    private int _failures;

    public HeldLayout(int failures = 0) => _failures = failures;

    /// <summary>Node counts of the views whose layouts started, in order.</summary>
    public ConcurrentQueue<int> Started { get; } = new();

    /// <summary>Node counts of the views whose layouts were cancelled.</summary>
    public ConcurrentQueue<int> Cancelled { get; } = new();

    public Task<bool> WaitUntilStartedAsync() => _started.WaitAsync(TimeSpan.FromMinutes(1));

    public Task<bool> WaitUntilCancelledAsync() => _cancelled.WaitAsync(TimeSpan.FromMinutes(1));

    public void Open(int layouts) => _gate.Release(layouts);

    public (double X, double Y)[] Compute(LayoutGraph graph, CancellationToken cancellationToken)
    {
        Started.Enqueue(graph.NodeCount);
        _started.Release();
        try
        {
            _gate.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.Enqueue(graph.NodeCount);
            _cancelled.Release();
            throw;
        }
        if (Interlocked.Decrement(ref _failures) >= 0)
            throw new InvalidOperationException("A layout failing as the test asked.");
        return Enumerable.Range(0, graph.NodeCount).Select(i => ((double)i, 0.0)).ToArray();
    }
}
