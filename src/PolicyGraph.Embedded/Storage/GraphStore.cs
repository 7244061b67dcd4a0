namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The in-process graph: the current committed snapshot plus a lock that serialises writers. Readers never
/// block: they take the snapshot reference current when they start. A writer works on a private transaction
/// and publishes its snapshot with one reference swap, so a failing write changes nothing.
/// </summary>
public sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly InternPool _pool = new();
    private volatile GraphSnapshot _current = GraphSnapshot.Empty;

    public GraphSnapshot Current => _current;

    /// <summary>A read-only view of the current snapshot.</summary>
    public GraphTransaction BeginRead() => new(_current, null);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it when it returns; if it throws (or the
    /// commit fails a constraint) the store keeps its previous snapshot.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<GraphTransaction, T> work, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return RunAndCommit(work);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public T Write<T>(Func<GraphTransaction, T> work)
    {
        _writeLock.Wait();
        try
        {
            return RunAndCommit(work);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose() => _writeLock.Dispose();

    private T RunAndCommit<T>(Func<GraphTransaction, T> work)
    {
        var transaction = new GraphTransaction(_current, _pool);
        var result = work(transaction);
        if (transaction.HasChanges) _current = transaction.Commit();
        return result;
    }
}
