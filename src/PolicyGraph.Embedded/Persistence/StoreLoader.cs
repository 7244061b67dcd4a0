using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>Where loading stopped in the logs: the log a writer appends to (or a reader follows) and its good length.</summary>
internal sealed record LogPosition(long Generation, long GoodLength);

/// <summary>
/// Reads a store directory into a <see cref="GraphStore"/>: the newest readable snapshot, then every commit logged
/// after it, stopping at the first torn or corrupt record (with a warning naming the file and byte).
/// </summary>
internal static class StoreLoader
{
    /// <summary>
    /// <c>GapIn</c> names the log where a commit number is missing (replay stopped there), else null.
    /// <paramref name="persisted"/>: the summary requests the checkpoints hold (<see cref="StoreOptions.PersistedSummaries"/>);
    /// a read of any other skips the summaries file (mapping and hashing it would only find it absent).
    /// </summary>
    public static (GraphStore Store, LogPosition Position, StoreOpenReport Report, string? GapIn) Load(
        string directory, ICommitLog? log, IReadOnlyList<NodeSummaryRequest> persisted)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var warnings = new List<string>();
        var pool = new InternPool();
        var clock = new PhaseClock();
        var (snapshot, generation) = LoadSnapshot(directory, persisted, pool, warnings, clock);
        var store = new GraphStore(snapshot, pool, log);
        var (position, replayed, gapIn) = Replay(directory, store, generation, warnings);
        clock.Mark("replay the log");
        var current = store.Current;
        var report = new StoreOpenReport(directory, current.Version, current.NodeCount, current.RelationshipCount, generation, replayed,
            warnings, started.Elapsed) { Phases = clock.Phases };
        return (store, position, report, gapIn);
    }

    /// <summary>The commits logged in <paramref name="path"/> from <paramref name="offset"/> that follow the store's version.</summary>
    public static (int Applied, LogContents Contents, bool Gap) ApplyFrom(GraphStore store, string path, long offset)
    {
        var contents = LogReader.Read(path, offset);
        var next = new List<CommitRecord>();
        var version = store.Current.Version;
        foreach (var record in contents.Records)
        {
            if (record.Version <= version) continue;
            if (record.Version != version + 1) return (Apply(store, next), contents, true);
            next.Add(record);
            version = record.Version;
        }
        return (Apply(store, next), contents, false);
    }

    private static int Apply(GraphStore store, List<CommitRecord> records)
    {
        if (records.Count > 0) store.ApplyLogged(records);
        return records.Count;
    }

    private static (GraphSnapshot Snapshot, long Generation) LoadSnapshot(
        string directory, IReadOnlyList<NodeSummaryRequest> persisted, InternPool pool, List<string> warnings, PhaseClock clock)
    {
        foreach (var generation in Enumerable.Reverse(StoreFormat.SnapshotGenerations(directory)))
        {
            var path = StoreFormat.SnapshotPath(directory, generation);
            try
            {
                var (version, schema, columns) = SnapshotFile.Read(path, clock);
                var bases = new Search.FullTextBases((name, spec) =>
                    Search.FullTextIndexFile.Read(Search.FullTextIndexFile.PathOf(directory, generation), version, name, spec));
                var summaries = StoredSummaries.FromFile(NodeSummaryFile.PathOf(directory, generation), version, persisted);
                var snapshot = SnapshotBuilder.Build(columns, schema, version, pool, clock, SnapshotLineage.Start(version, bases, summaries));
                return (snapshot, generation);
            }
            // Only damaged bytes fall back: a snapshot that is fine but unreadable here (too large, I/O) stops the open,
            // since the logs it replaced are gone and the next checkpoint would delete it.
            catch (StoreException ex) when (ex.Code == StoreErrorCode.Corrupt)
            {
                warnings.Add($"{ex.Message} Trying the previous snapshot.");
            }
        }
        return (GraphSnapshot.Empty, 0);
    }

    private static (LogPosition Position, int Replayed, string? GapIn) Replay(string directory, GraphStore store, long snapshotGeneration, List<string> warnings)
    {
        var replayed = 0;
        var position = new LogPosition(Math.Max(snapshotGeneration, 1), 0);
        foreach (var generation in StoreFormat.LogGenerations(directory).Where(g => g >= snapshotGeneration))
        {
            var path = StoreFormat.LogPath(directory, generation);
            var (applied, contents, gap) = ApplyFrom(store, path, StoreFormat.HeaderLength);
            replayed += applied;
            position = new LogPosition(generation, contents.GoodLength);
            if (gap)
            {
                warnings.Add($"{path}: a commit is missing before version {store.Current.Version + 1}; the store opened at commit {store.Current.Version}.");
                return (position, replayed, path);
            }
            if (!contents.HasDamagedTail) continue;
            warnings.Add($"{path}: {contents.DamageReason} at byte {contents.GoodLength}; the {contents.FileLength - contents.GoodLength} bytes " +
                $"from there on never committed and are dropped; the store opened at commit {store.Current.Version}.");
            break;
        }
        return (position, replayed, null);
    }
}
