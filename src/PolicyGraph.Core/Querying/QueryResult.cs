namespace PolicyGraph.Core.Querying;

/// <summary>The rows of a query, in the order the query produced them.</summary>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    bool Truncated = false);

/// <summary>What an updating query changed (zero for read queries).</summary>
public sealed record QueryCounters(
    int NodesCreated = 0,
    int NodesDeleted = 0,
    int RelationshipsCreated = 0,
    int RelationshipsDeleted = 0,
    int PropertiesSet = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0)
{
    public static QueryCounters None { get; } = new();

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved > 0;
}

/// <summary>
/// Limits for one query. <see cref="ReadOnly"/> rejects any updating clause before execution;
/// <see cref="MaxRows"/> stops production after that many rows (the result is marked truncated);
/// <see cref="Timeout"/> aborts the query with a <see cref="CypherException"/> of detail <c>QueryTimeout</c>;
/// <see cref="MaxValueBytes"/> bounds the bytes of values the query builds (strings, lists, maps, paths, rows held
/// for sorting and grouping) and <see cref="MaxResultBytes"/> the bytes of the result it returns — exceeding either
/// is a query error, never an exhausted process. <see cref="MaxSingleValueBytes"/> caps one string or list on its
/// own (same estimate): a single operation runs as long as its value is big and cannot be interrupted everywhere, so
/// this cap is what keeps one operation well inside a short timeout. Null means no limit beyond the engine's own.
/// <see cref="Workers"/> is how many threads one read query may split its large scans across (1 or more; null: the
/// engine's default, every core); servers that protect request handling pass 1.
/// </summary>
public sealed record QueryOptions(
    bool ReadOnly = false,
    TimeSpan? Timeout = null,
    int? MaxRows = null,
    long? MaxValueBytes = null,
    long? MaxResultBytes = null,
    long? MaxSingleValueBytes = null,
    int? Workers = null)
{
    private readonly int? _workers = ValidWorkers(Workers);

    public static QueryOptions Default { get; } = new();

    /// <summary>Threads one read query may use (null: the engine's default); fewer than 1 is refused.</summary>
    public int? Workers
    {
        get => _workers;
        init => _workers = ValidWorkers(value);
    }

    private static int? ValidWorkers(int? workers) =>
        workers is < 1 ? throw new ArgumentOutOfRangeException(nameof(Workers), workers, "A query needs at least one worker thread.") : workers;

    public static QueryOptions Console { get; } = new(
        ReadOnly: true,
        Timeout: TimeSpan.FromSeconds(5),
        MaxRows: 10_000,
        MaxValueBytes: 256L * 1024 * 1024,
        MaxResultBytes: 16L * 1024 * 1024,
        MaxSingleValueBytes: 4L * 1024 * 1024);
}
