using System.Collections.Concurrent;
using PolicyGraph.Embedded.Search;

namespace PolicyGraph.Embedded.Storage;

/// <summary>Node summaries of one request for one snapshot version, in id order: a base later versions build on.</summary>
internal sealed record SummaryBase(long Version, IReadOnlyList<NodeSummary> Rows);

/// <summary>
/// The node summaries a store's snapshots build on, one per request (shared by every snapshot of one store through
/// <see cref="SnapshotLineage"/>): those persisted beside the snapshot the store opened from (read once, on first
/// use), or the last ones read. A later snapshot's summaries are that base with only the nodes changed since read
/// again, so neither the first read after a start nor the first after a commit decodes every node.
/// </summary>
internal sealed class StoredSummaries(
    Func<NodeSummaryRequest, (SummaryBase? Base, string? Problem)>? stored = null, Func<(SearchableNameTable? Names, string? Problem)>? storedNames = null, long storedVersion = 0)
{
    /// <summary>
    /// The summaries (and searchable names) persisted at <paramref name="path"/> for snapshot <paramref name="version"/>;
    /// a request not among <paramref name="persisted"/> is read from the graph without opening the file (which would be
    /// mapped and hashed whole only to find the request absent).
    /// </summary>
    public static StoredSummaries FromFile(string path, long version, IReadOnlyList<NodeSummaryRequest> persisted)
    {
        var held = persisted.Select(request => request.Describe()).ToHashSet(StringComparer.Ordinal);
        return new(
            request => held.Contains(request.Describe()) ? Persistence.NodeSummaryFile.Read(path, version, request) : (null, null),
            () => held.Contains(NodeSummaryRequest.Searchable.Describe()) ? Persistence.NodeSummaryFile.ReadNames(path, version) : (null, null),
            version);
    }

    private readonly object _namesLock = new();
    private (bool Read, SearchableNameTable? Table) _names;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, SummaryBase> _latest = new(StringComparer.Ordinal);
    // One read of the file per request, shared: a read started at open (to warm it) and a search's read wait for the same one.
    private readonly ConcurrentDictionary<string, Lazy<(SummaryBase? Base, string? Problem)>> _storedReads = new(StringComparer.Ordinal);
    private int _fullReads;

    /// <summary>Summaries read from every node so far (for tests: neither the file nor a base served).</summary>
    internal int FullReads => _fullReads;

    /// <summary>Why persisted summaries were not used (refused or missing), for hosts to log.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>The summaries of <paramref name="request"/> for the committed <paramref name="snapshot"/>.</summary>
    public IReadOnlyList<NodeSummary> For(GraphSnapshot snapshot, NodeSummaryRequest request)
    {
        var key = request.Describe();
        if (_latest.TryGetValue(key, out var latest) && OnTopOf(latest, snapshot, request) is { } layered) return Keep(key, snapshot, layered);
        if (stored is not null)
        {
            var read = _storedReads.GetOrAdd(key, _ => StoredRead(key, request));
            var (loaded, _) = read.Value;
            var fromDisk = loaded is null ? null : OnTopOf(loaded, snapshot, request);
            if (fromDisk is not null) Keep(key, snapshot, fromDisk);
            // Read once: later versions build on the latest summaries (kept first), so the file's rows are not held here.
            _storedReads[key] = Used;
            if (fromDisk is not null) return fromDisk;
        }
        Interlocked.Increment(ref _fullReads);
        return Keep(key, snapshot, NodeSummaries.Read(snapshot, request).ToList());
    }

    private static readonly Lazy<(SummaryBase? Base, string? Problem)> Used = new((null, null));

    /// <summary>The shared read of the file; one that fails is replaced by <see cref="Used"/> (a Lazy keeps its exception), so later calls read the graph.</summary>
    private Lazy<(SummaryBase? Base, string? Problem)> StoredRead(string key, NodeSummaryRequest request)
    {
        Lazy<(SummaryBase?, string?)>? read = null;
        read = new(() =>
        {
            try
            {
                return ReadStored(request);
            }
            catch
            {
                _storedReads.TryUpdate(key, Used, read!);
                throw;
            }
        });
        return read;
    }

    private (SummaryBase? Base, string? Problem) ReadStored(NodeSummaryRequest request)
    {
        var (loaded, problem) = stored!(request);
        Report(problem);
        return (loaded, problem);
    }

    /// <summary>A problem once: the names and the rows of one file are refused for the same reason.</summary>
    private void Report(string? problem)
    {
        if (problem is not null && _reported.TryAdd(problem, true)) Problems.Enqueue(problem);
    }

    /// <summary>
    /// The searchable names persisted at the checkpoint the store opened from, brought up to <paramref name="snapshot"/>:
    /// the nodes changed since (to mask) and their summaries read again; null when there are none (no file, refused,
    /// or more changes than <see cref="FullTextBases.MaxLayered"/>: read the summaries instead). The file is read once.
    /// </summary>
    public SearchableNamesInPlace? NamesFor(GraphSnapshot snapshot)
    {
        if (StoredNames() is not { } table || snapshot.Version < storedVersion) return null;
        int[] changed = [];
        if (snapshot.Version > storedVersion)
        {
            if (snapshot.Lineage?.ChangedSince(storedVersion, FullTextBases.MaxLayered) is not { } since)
            {
                // Changes only grow from here: the table is never of use again, its ~10^8 bytes are let go.
                lock (_namesLock) _names = (true, null);
                return null;
            }
            changed = since.Nodes;
        }
        return new SearchableNamesInPlace(table, changed, [.. NodeSummaries.ReadIds(snapshot, changed, NodeSummaryRequest.Searchable)]);
    }

    /// <summary>Whether the searchable names table is held (for tests: let go once past <see cref="FullTextBases.MaxLayered"/> changes).</summary>
    internal bool HoldsNames => _names.Table is not null;

    private SearchableNameTable? StoredNames()
    {
        if (storedNames is null) return null;
        lock (_namesLock)
        {
            if (_names.Read) return _names.Table;
            // Marked read first: a read that throws is not tried again, later searches read the summaries instead.
            _names = (true, null);
            var (table, problem) = storedNames();
            Report(problem);
            _names = (true, table);
            return table;
        }
    }

    private IReadOnlyList<NodeSummary> Keep(string key, GraphSnapshot snapshot, IReadOnlyList<NodeSummary> rows)
    {
        var made = new SummaryBase(snapshot.Version, rows);
        _latest.AddOrUpdate(key, made, (_, current) => current.Version > made.Version ? current : made);
        return rows;
    }

    /// <summary>The base brought up to <paramref name="snapshot"/>: unchanged nodes kept, changed ones read again, in id order.</summary>
    private static IReadOnlyList<NodeSummary>? OnTopOf(SummaryBase known, GraphSnapshot snapshot, NodeSummaryRequest request)
    {
        if (known.Version > snapshot.Version) return null;
        if (known.Version == snapshot.Version) return known.Rows;
        if (snapshot.Lineage?.ChangedSince(known.Version, FullTextBases.MaxLayered) is not { } changed) return null;
        var fresh = NodeSummaries.ReadIds(snapshot, changed.Nodes, request).ToList();
        var merged = new List<NodeSummary>(known.Rows.Count + fresh.Count);
        var (next, skip) = (0, 0);
        foreach (var row in known.Rows)
        {
            for (; next < fresh.Count && fresh[next].Id < row.Id; next++) merged.Add(fresh[next]);
            while (skip < changed.Nodes.Length && changed.Nodes[skip] < row.Id) skip++;
            if (skip < changed.Nodes.Length && changed.Nodes[skip] == row.Id) continue;
            merged.Add(row);
        }
        merged.AddRange(fresh.Skip(next));
        return merged;
    }
}
