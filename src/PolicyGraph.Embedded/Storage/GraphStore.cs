using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The in-process graph: the current committed snapshot plus a lock that serialises writers. Readers never
/// block: they take the snapshot reference current when they start. A writer works on a private transaction
/// and publishes its snapshot with one reference swap, so a failing write changes nothing. With a commit log
/// (a store on disk) the commit is made durable before the swap; if that fails, the store stays as it was.
/// </summary>
public sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly InternPool _pool;
    private readonly ICommitLog? _log;
    private volatile GraphSnapshot _current;

    public GraphStore()
        : this(GraphSnapshot.Empty, new InternPool(), null)
    {
    }

    internal GraphStore(GraphSnapshot initial, InternPool pool, ICommitLog? log)
    {
        _current = initial;
        _pool = pool;
        _log = log;
    }

    public GraphSnapshot Current => _current;

    internal InternPool Pool => _pool;

    /// <summary>A read-only view of the current snapshot.</summary>
    public GraphTransaction BeginRead() => new(_current, null);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it when it returns; if it throws (or the
    /// commit fails a constraint, or the log cannot be written) the store keeps its previous snapshot.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<GraphTransaction, T> work, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return RunAndCommit(work, _log);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public T Write<T>(Func<GraphTransaction, T> work) => Exclusive(() => RunAndCommit(work, _log));

    /// <summary>Applies commits another process logged (a reader following the writer), without logging them again.</summary>
    internal void ApplyLogged(IEnumerable<CommitRecord> commits) => Exclusive(() =>
    {
        foreach (var commit in commits) RunAndCommit(t => { t.Apply(commit); return true; }, log: null);
        return true;
    });

    /// <summary>Replaces the whole state (a reader reloading after the writer's checkpoint removed the log it followed).</summary>
    internal void Replace(GraphSnapshot snapshot) => Exclusive(() => _current = snapshot);

    /// <summary>Runs <paramref name="action"/> under the writer lock with the current snapshot (checkpoints).</summary>
    internal T Exclusive<T>(Func<T> action)
    {
        _writeLock.Wait();
        try
        {
            return action();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose() => _writeLock.Dispose();

    private T RunAndCommit<T>(Func<GraphTransaction, T> work, ICommitLog? log)
    {
        var transaction = new GraphTransaction(_current, _pool);
        var result = work(transaction);
        if (!transaction.HasChanges) return result;
        var next = transaction.Commit();
        log?.Append(transaction, next);
        _current = next;
        return result;
    }
}

/// <summary>Where committed transactions are made durable before they become visible.</summary>
internal interface ICommitLog
{
    /// <summary>Records the commit of <paramref name="transaction"/> that produced <paramref name="committed"/>; throws to refuse it.</summary>
    void Append(GraphTransaction transaction, GraphSnapshot committed);
}
