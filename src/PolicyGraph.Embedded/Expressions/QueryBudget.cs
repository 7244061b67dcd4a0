using System.Diagnostics;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>
/// What one query may spend: time (its cancellation, cancelled by the caller or its timeout, which every loop
/// polls) and the bytes of values it builds (strings, lists, maps, rows held for sorting and grouping), counted
/// cumulatively against <see cref="QueryOptions.MaxValueBytes"/>. Builders reserve before they allocate, so a
/// value too large for the budget, or for .NET itself, is a query error and never an exhausted process.
/// Sizes are estimates of the objects' footprint, not exact heap figures. One value may also be capped on its own
/// (<see cref="QueryOptions.MaxSingleValueBytes"/>): the time one operation takes grows with its value, and a poll
/// between operations cannot stop an operation that is already running. The timeout is also checked against the
/// clock at every poll, so a late timer cannot make a query late. Values that go to the large-object heap are also
/// counted on their own (<see cref="LargeObjectBytes"/>), as a measurement only: they start blocking full collections,
/// and the fuzz report tells which queries built them. One per query, used by the query's thread; morsel workers
/// (<see cref="Execution.WorkerBudget"/>) only call <see cref="CheckTime"/>, which is safe from several threads, and
/// <see cref="CountSplitRun"/>.
/// </summary>
public sealed class QueryBudget(
    CancellationToken cancellation = default, long? maxValueBytes = null, TimeSpan? timeout = null, long? maxSingleValueBytes = null)
{
    private static readonly TimeSpan LongestRegexMatch = TimeSpan.FromSeconds(1);

    /// <summary>The longest string .NET can allocate.</summary>
    public const long MaxStringLength = 0x3FFF_FFDF;

    /// <summary>The longest array .NET can allocate.</summary>
    public const long MaxListLength = 0x7FFF_FFC7;

    /// <summary>Objects of this many bytes or more are allocated on the large-object heap.</summary>
    public const long LargeObjectThreshold = 85_000;

    private const long ObjectBytes = 24;
    private const long ReferenceBytes = 8;
    private const long MapEntryBytes = 48;
    /// <summary>Steps between two checks of the clock and cancellation, for the query's thread and each morsel worker.</summary>
    internal const long StepsBetweenTimeChecks = 1024;
    private long _steps;
    private long _stopNoticedAt;
    private int _splitRuns;
    private long _splitItems;

    /// <summary>When the budget was made (the query's start), as a <see cref="Stopwatch"/> timestamp.</summary>
    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>When the timeout ends, as a <see cref="Stopwatch"/> timestamp; <see cref="long.MaxValue"/> without one.</summary>
    public long Deadline => _deadline;

    private readonly long _deadline = timeout is { } span ? Stopwatch.GetTimestamp() + (long)(span.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;

    /// <summary>Loop iterations counted by <see cref="Poll"/>: a test can tell that a loop polls at all.</summary>
    public long Steps => _steps;

    /// <summary>
    /// When a check first found the query cancelled or past its deadline (a <see cref="Stopwatch"/> timestamp), or
    /// null: with <see cref="Deadline"/>, how long the engine took to notice, and with the caller's clock, to return.
    /// </summary>
    public long? StopNoticedAt => Interlocked.Read(ref _stopNoticedAt) is var noticed and not 0 ? noticed : null;

    /// <summary>How many scans of this query were split across threads (a diagnostic: tests tell the parallel path ran).</summary>
    internal int SplitRuns => Volatile.Read(ref _splitRuns);

    /// <summary>Items those split scans covered, all runs together (a diagnostic: tests tell what was scanned).</summary>
    internal long SplitItems => Interlocked.Read(ref _splitItems);

    internal void CountSplitRun(int items)
    {
        Interlocked.Increment(ref _splitRuns);
        Interlocked.Add(ref _splitItems, items);
    }

    public CancellationToken Cancellation { get; } = cancellation;

    public long? MaxValueBytes { get; } = maxValueBytes;

    public long? MaxSingleValueBytes { get; } = maxSingleValueBytes;

    public long BytesBuilt { get; private set; }

    /// <summary>Bytes of values of <see cref="LargeObjectThreshold"/> bytes or more built so far (also in <see cref="BytesBuilt"/>).</summary>
    public long LargeObjectBytes { get; private set; }

    /// <summary>How long one regular-expression match may run: a second, or a quarter of a shorter timeout.</summary>
    public TimeSpan RegexTimeout { get; } = timeout is { } limit && limit / 4 < LongestRegexMatch ? limit / 4 : LongestRegexMatch;

    /// <summary>Counts one loop iteration and, every thousand or so, honours cancellation and the timeout.</summary>
    public void Poll()
    {
        if (++_steps % StepsBetweenTimeChecks != 0) return;
        CheckTime();
    }

    /// <summary>Honours cancellation and the timeout now: between the chunks of one long operation.</summary>
    public void CheckTime()
    {
        var now = Stopwatch.GetTimestamp();
        if (Cancellation.IsCancellationRequested)
        {
            NoticeStop(now);
            Cancellation.ThrowIfCancellationRequested();
        }
        if (now <= _deadline) return;
        NoticeStop(now);
        throw TimedOut(timeout!.Value);
    }

    // The first thread to notice keeps its time; workers may notice at once.
    private void NoticeStop(long now) => Interlocked.CompareExchange(ref _stopNoticedAt, now, 0);

    /// <summary>Checks, before allocating, that a string of <paramref name="length"/> characters fits; counts nothing.</summary>
    public void EnsureString(long length)
    {
        if (length > MaxStringLength) throw TooLarge($"a string of {length} characters");
        EnsureRoom(ObjectBytes + 2 * length, $"a string of {length} characters");
    }

    /// <summary>Checks, before allocating, that a list of <paramref name="count"/> elements fits; counts nothing.</summary>
    public void EnsureList(long count)
    {
        if (count > MaxListLength) throw TooLarge($"a list of {count} elements");
        EnsureRoom(ObjectBytes + ReferenceBytes * count, $"a list of {count} elements");
    }

    /// <summary>Elements held by an aggregate (collect, DISTINCT, percentiles) for the rest of the query.</summary>
    public void ReserveElements(long count)
    {
        if (count > MaxListLength) throw TooLarge($"a list of {count} elements");
        Reserve(ReferenceBytes * count);
    }

    /// <summary>Strings built inside a list (split's pieces), counted on top of the list itself.</summary>
    public void ReserveStrings(long count, long totalLength) => Reserve(ObjectBytes * count + 2 * totalLength);

    /// <summary>A row of <paramref name="slots"/> values held by a sort, a grouping or DISTINCT.</summary>
    public void ReserveRow(int slots) => Reserve(ObjectBytes + ReferenceBytes * slots);

    /// <summary>Counts a value an expression just built by its own footprint (its elements were counted when built).</summary>
    public void Charge(object? value)
    {
        switch (value)
        {
            case string text:
                ReserveValue(ObjectBytes + 2L * text.Length, allocated: true);
                break;
            // Lazy lists (range()) count as if built: every walk over a list is then bounded by the budget. Only
            // arrays and lists take heap space, large-object heap included.
            case IReadOnlyList<object?> list:
                ReserveValue(ObjectBytes + ReferenceBytes * list.Count, allocated: list is object?[] or List<object?>);
                break;
            case IReadOnlyDictionary<string, object?> map:
                ReserveValue(ObjectBytes + MapEntryBytes * map.Count, allocated: true);
                break;
        }
    }

    private void ReserveValue(long bytes, bool allocated)
    {
        Reserve(bytes);
        if (!allocated || bytes < LargeObjectThreshold) return;
        LargeObjectBytes += bytes;
    }

    private void EnsureRoom(long bytes, string what)
    {
        if (MaxSingleValueBytes is { } single && bytes > single) throw LargerThanOneValue(what, single);
        if (MaxValueBytes is { } limit && BytesBuilt + bytes > limit) throw Exceeded(limit);
    }

    public void Reserve(long bytes)
    {
        BytesBuilt += bytes;
        if (MaxValueBytes is { } limit && BytesBuilt > limit) throw Exceeded(limit);
        Poll();
    }

    private static CypherException Exceeded(long limit) => Error("MemoryBudgetExceeded", "Statement",
        $"The query built more than {Megabytes(limit)} of values (strings, lists, maps and held rows) and was stopped.");

    private static CypherException LargerThanOneValue(string what, long limit) => Error("ValueTooLarge", "Statement",
        $"The query would build {what}, more than the {Megabytes(limit)} one value may take here.");

    private static CypherException TooLarge(string what) =>
        Error("ValueTooLarge", "Statement", $"The query would build {what}, more than a value can hold.");

    /// <summary>The error for a query stopped by its timeout: nothing it did is kept.</summary>
    public static CypherException TimedOut(TimeSpan limit) => Error("QueryTimeout", "Transaction",
        $"The query did not finish within {limit.TotalSeconds:0.###} s and was stopped; no changes were made.", "TransactionTimedOut");

    /// <summary>The error for a result larger than <see cref="QueryOptions.MaxResultBytes"/>.</summary>
    public static CypherException ResultTooLarge(long limit) => Error("ResultBudgetExceeded", "Statement",
        $"The result is larger than {Megabytes(limit)}; return fewer rows or smaller values.");

    /// <summary>A budget error: RuntimeError.<paramref name="detail"/>, Neo4j status Neo.ClientError.<paramref name="area"/>.*.</summary>
    private static CypherException Error(string detail, string area, string message, string? status = null) =>
        new("RuntimeError", detail, QueryPhase.Runtime, message, statusCode: $"Neo.ClientError.{area}.{status ?? detail}");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
