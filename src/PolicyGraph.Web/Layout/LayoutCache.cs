using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Layout;

/// <summary>One view's layout, queued, running or done, and the requests waiting for it.</summary>
internal sealed class LayoutJob(string key, int nodeCount)
{
    public string Key => key;

    public int NodeCount => nodeCount;

    /// <summary>Cancelled when the job is evicted or its last waiter's request is aborted before it finished.</summary>
    public CancellationTokenSource Cancellation { get; } = new();

    public Task<IReadOnlyDictionary<string, CyPosition>> Positions { get; set; } = null!;

    /// <summary>Requests awaiting <see cref="Positions"/> now (changed under the owner's lock).</summary>
    public int Waiters { get; set; }
}

/// <summary>
/// Layouts by view key, least recently used dropped first once the cached views hold more than a bound of nodes (a
/// count of views would let 256 views of 25,000 nodes each stay). Not thread-safe: the owner locks around it.
/// </summary>
internal sealed class LayoutCache(long maxNodes)
{
    private readonly Dictionary<string, LinkedListNode<LayoutJob>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<LayoutJob> _recency = new();
    private long _nodes;

    public long Nodes => _nodes;

    public int Count => _byKey.Count;

    /// <summary>The job of <paramref name="key"/>, now the most recently used, or null.</summary>
    public LayoutJob? Touch(string key)
    {
        if (!_byKey.TryGetValue(key, out var entry))
            return null;
        _recency.Remove(entry);
        _recency.AddFirst(entry);
        return entry.Value;
    }

    /// <summary>Adds <paramref name="job"/> as the most recently used; returns the jobs dropped to stay in bound
    /// (never the one added).</summary>
    public IReadOnlyList<LayoutJob> Add(LayoutJob job)
    {
        _byKey[job.Key] = _recency.AddFirst(job);
        _nodes += job.NodeCount;
        var evicted = new List<LayoutJob>();
        while (_nodes > maxNodes && _recency.Last is { } oldest && oldest.Value != job)
        {
            Remove(oldest.Value);
            evicted.Add(oldest.Value);
        }
        return evicted;
    }

    /// <summary>Drops <paramref name="job"/> if it is still the one cached under its key.</summary>
    public void Remove(LayoutJob job)
    {
        if (!_byKey.TryGetValue(job.Key, out var entry) || entry.Value != job)
            return;
        _byKey.Remove(job.Key);
        _recency.Remove(entry);
        _nodes -= job.NodeCount;
    }
}
