using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A <see cref="GraphStore"/> kept in a directory. The writer holds <c>writer.lock</c>, logs and syncs every commit
/// before publishing it, and checkpoints when the log grows past <see cref="StoreOptions.CheckpointBytes"/>.
/// A read-only instance takes no lock and follows the writer's logs (<see cref="Refresh"/>).
/// </summary>
internal sealed class DurableStore : ICommitLog, IDisposable
{
    private readonly string _directory;
    private readonly StoreOptions _options;
    private readonly FileStream? _lock;
    private readonly Lock _refreshLock = new();
    private Timer? _poll;
    private volatile bool _disposed;
    private GraphStore _store = null!;
    private LogWriter? _writer;
    private LogPosition _followed = new(1, StoreFormat.HeaderLength);

    private DurableStore(string directory, StoreOptions options)
    {
        _directory = directory;
        _options = options;
        if (options.ReadOnly) return;
        Directory.CreateDirectory(directory);
        _lock = WriterLock.Acquire(directory);
    }

    public GraphStore Store => _store;

    public StoreOpenReport Report { get; private set; } = null!;

    /// <summary>The last failure of an automatic checkpoint or poll (the commit itself had succeeded), for hosts to log.</summary>
    public string? LastBackgroundError { get; private set; }

    public static DurableStore Open(string directory, StoreOptions options)
    {
        var durable = new DurableStore(Path.GetFullPath(directory), options);
        try
        {
            durable.Load();
            if (options.ReadOnly && options.PollInterval is { } interval)
                durable._poll = new Timer(_ => durable.PollQuietly(), null, interval, interval);
            return durable;
        }
        catch
        {
            durable.Dispose();
            throw;
        }
    }

    void ICommitLog.Append(GraphTransaction transaction, GraphSnapshot committed)
    {
        if (_writer is null)
            throw new StoreException(StoreErrorCode.ReadOnly, $"{_directory}: the store is open read-only; the change was not applied.");
        _writer.Append(CommitRecord.From(transaction, committed));
        if (_writer.Length < _options.CheckpointBytes) return;
        // The commit is durable now: a failed checkpoint must not fail it, whatever the failure (its version would
        // be reused by the next commit, which replay then drops).
        try
        {
            Checkpoint(committed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastBackgroundError = ex.Message;
        }
    }

    /// <summary>Writes the current graph to a snapshot and starts a new log (the writer only).</summary>
    public void Checkpoint()
    {
        if (_writer is null)
            throw new StoreException(StoreErrorCode.ReadOnly, $"{_directory}: the store is open read-only; only the writer checkpoints.");
        _store.Exclusive(() =>
        {
            Checkpoint(_store.Current);
            return true;
        });
    }

    /// <summary>Called after a follower read a log, before it moves on (tests interleave a writer's commit here).</summary>
    internal Action? AfterLogReadForTesting { get; set; }

    /// <summary>Applies commits the writer logged since the last look; returns how many (a read-only store).</summary>
    public int Refresh()
    {
        if (_writer is not null) return 0;
        lock (_refreshLock)
        {
            // A checkpoint of the writer can delete the files being read; reading again from the newer files settles it.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return FollowLogs();
                }
                catch (FileNotFoundException) when (attempt < 5)
                {
                }
            }
        }
    }

    private int FollowLogs()
    {
        var applied = 0;
        while (true)
        {
            var path = StoreFormat.LogPath(_directory, _followed.Generation);
            if (!File.Exists(path)) return applied + ReloadIfCheckpointed();
            // Looked at before reading: once the next log exists this one gets no more commits, so reading it to the end misses none.
            var final = File.Exists(StoreFormat.LogPath(_directory, _followed.Generation + 1));
            var (count, contents, gap) = StoreLoader.ApplyFrom(_store, path, Math.Max(_followed.GoodLength, StoreFormat.HeaderLength));
            applied += count;
            if (gap) return applied + Reload();
            _followed = _followed with { GoodLength = contents.GoodLength };
            AfterLogReadForTesting?.Invoke();
            if (!final) return applied;
            _followed = new LogPosition(_followed.Generation + 1, StoreFormat.HeaderLength);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _poll?.Dispose();
        _writer?.Dispose();
        _lock?.Dispose();
        _store?.Dispose();
    }

    private void Load()
    {
        if (!Directory.Exists(_directory))
        {
            _store = new GraphStore(GraphSnapshot.Empty, new InternPool(), this);
            Report = new StoreOpenReport(_directory, 0, 0, 0, 0, 0, [$"{_directory} does not exist yet; the graph is empty until a writer creates it."], TimeSpan.Zero);
            return;
        }
        var (store, position, report, gapIn) = StoreLoader.Load(_directory, this, _options.PersistedSummaries);
        (_store, _followed, Report) = (store, position, report);
        if (_options.ReadOnly) return;
        // A writer waits for the adjacency rows built beside the open: a store whose rows cannot be built fails its open
        // here (with the build's error) instead of accepting commits.
        store.Current.Nodes.WaitForFileAdjacency();
        if (gapIn is not null)
            throw new StoreException(StoreErrorCode.Corrupt,
                $"{gapIn}: a commit is missing before version {store.Current.Version + 1}; commits logged after it would never be replayed, " +
                "so the store is not opened for writing. Open it read-only to read it up to the gap.");
        RemoveLeftovers(position.Generation);
        _writer = LogWriter.Open(StoreFormat.LogPath(_directory, position.Generation), position.Generation, position.GoodLength, _options.WriteFilter);
        DirectorySync.Flush(_directory);
    }

    private void Checkpoint(GraphSnapshot snapshot)
    {
        var generation = _writer!.Generation + 1;
        var next = OpenNextLog(generation);
        DirectorySync.Flush(_directory);
        _writer.Dispose();
        _writer = next;
        // Before the snapshot: a follower that reloads once the snapshot appears finds its index beside it.
        WriteFullTextIndexes(snapshot, generation);
        WriteSummaries(snapshot, generation);
        SnapshotFile.Write(_directory, generation, snapshot, _options.WriteFilter);
        foreach (var old in StoreFormat.LogGenerations(_directory).Where(g => g < generation)) File.Delete(StoreFormat.LogPath(_directory, old));
        foreach (var old in StoreFormat.SnapshotGenerations(_directory).Where(g => g < generation)) DeleteOldSnapshot(StoreFormat.SnapshotPath(_directory, old));
        foreach (var old in StoreFormat.Generations(_directory, "fulltext-", ".pgx").Where(g => g < generation))
            File.Delete(Search.FullTextIndexFile.PathOf(_directory, old));
        foreach (var old in StoreFormat.Generations(_directory, "summaries-", ".pgn").Where(g => g < generation))
            File.Delete(NodeSummaryFile.PathOf(_directory, old));
    }

    /// <summary>
    /// Writes the snapshot's persisted node summaries for generation <paramref name="generation"/> (from the base
    /// the store keeps, else read from the graph now). Only a cache, like the full-text file: a failure is recorded
    /// and the checkpoint goes on; the next open reads the summaries from the graph.
    /// </summary>
    private void WriteSummaries(GraphSnapshot snapshot, long generation)
    {
        var path = NodeSummaryFile.PathOf(_directory, generation);
        try
        {
            if (_options.PersistedSummaries.Count == 0) return;
            var summaries = _options.PersistedSummaries.Select(request => (request, NodeSummaries.Committed(snapshot, request))).ToList();
            NodeSummaryFile.Write(path, snapshot.Version, summaries, _options.WriteFilter);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastBackgroundError = $"{path}: writing the node summaries failed ({ex.Message}); they are read from the graph at the next open.";
        }
    }

    /// <summary>
    /// Writes the snapshot's full-text indexes for generation <paramref name="generation"/> (built now if no search
    /// built them yet). Only a cache: whatever fails here (a full disk, no memory for the build, a bad value) is
    /// recorded and the checkpoint goes on; the next open builds the indexes from the graph.
    /// </summary>
    private void WriteFullTextIndexes(GraphSnapshot snapshot, long generation)
    {
        try
        {
            var read = new GraphTransaction(snapshot, null);
            var indexes = snapshot.Schema.Definitions.Where(d => d.FullText is not null)
                .Select(d => (d.Name, Index: Search.FullTextProcedures.IndexFor(read, d.Name, d.FullText!).Flatten())).ToList();
            foreach (var (name, index) in indexes) snapshot.Lineage?.Bases.Offer(name, index);
            if (indexes.Count > 0)
                Search.FullTextIndexFile.Write(Search.FullTextIndexFile.PathOf(_directory, generation), snapshot.Version, indexes, _options.WriteFilter);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastBackgroundError = $"{Search.FullTextIndexFile.PathOf(_directory, generation)}: writing the full-text index failed ({ex.Message}); it is built from the graph at the next open.";
        }
    }

    /// <summary>A log the writer failed to switch to is removed again: a follower takes an existing next log for the sign that the current one is final.</summary>
    private LogWriter OpenNextLog(long generation)
    {
        var path = StoreFormat.LogPath(_directory, generation);
        try
        {
            return LogWriter.Open(path, generation, 0, _options.WriteFilter);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreException)
        {
            if (File.Exists(path)) File.Delete(path);
            throw;
        }
    }

    /// <summary>Temporary snapshot files of an interrupted checkpoint, and logs past the one loading stopped in (unreachable after damage).</summary>
    private void RemoveLeftovers(long generation)
    {
        foreach (var temporary in Directory.EnumerateFiles(_directory, "*.tmp")) File.Delete(temporary);
        foreach (var later in StoreFormat.LogGenerations(_directory).Where(g => g > generation)) File.Delete(StoreFormat.LogPath(_directory, later));
    }

    private int ReloadIfCheckpointed() =>
        StoreFormat.SnapshotGenerations(_directory).Any(g => g > _followed.Generation) ? Reload() : 0;

    private int Reload()
    {
        var (store, position, _, _) = StoreLoader.Load(_directory, null, _options.PersistedSummaries);
        _store.Replace(store.Current);
        _followed = position;
        store.Dispose();
        return 1;
    }

    private void PollQuietly()
    {
        if (_disposed) return;
        try
        {
            Refresh();
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // The store closed while this poll ran.
        }
        catch (Exception ex) when (ex is IOException or StoreException or UnauthorizedAccessException)
        {
            LastBackgroundError = ex.Message;
        }
    }

    /// <summary>
    /// Deletes a superseded snapshot. Records not yet read are still decoded from the mapped file, which Windows
    /// refuses to delete while mapped: it is then left for a later checkpoint (opening always takes the newest).
    /// </summary>
    private static void DeleteOldSnapshot(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still mapped (Windows); harmless, as only the newest snapshot is ever loaded.
        }
    }
}

/// <summary>The exclusive lock that makes one process at a time the writer of a directory (released by the OS if the process dies).</summary>
internal static class WriterLock
{
    public static FileStream Acquire(string directory)
    {
        var path = Path.Combine(directory, StoreFormat.LockFile);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new StoreException(StoreErrorCode.Locked,
                $"{path}: another writer has this store open (a running load or web app with write access). " +
                $"Stop it, or open the store read-only. ({ex.Message})", ex);
        }
    }
}
