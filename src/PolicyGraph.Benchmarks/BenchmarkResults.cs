using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks;

/// <summary>How loading the graph went. Bytes are managed-heap growth (GC.GetTotalMemory(true) deltas).</summary>
public sealed record LoadMeasurement(
    int Nodes,
    int Relationships,
    double LoadMs,
    long NodeBytes,
    long RelationshipBytes)
{
    public double BytesPerNode => Nodes == 0 ? 0 : (double)NodeBytes / Nodes;

    public double BytesPerRelationship => Relationships == 0 ? 0 : (double)RelationshipBytes / Relationships;
}

/// <summary>
/// One query's measurements: the last result, or the error that stopped it; how many untimed runs preceded them;
/// the process CPU time per run (see <see cref="ProcessCpuClock"/>), null where that clock is unavailable; and the
/// managed bytes allocated per timed run (process-wide, so the harness's own small share is included).
/// </summary>
public sealed record QueryMeasurement(
    BenchQuery Query,
    QueryResult? Result,
    LatencySummary? Latency,
    string? Error,
    int WarmupRuns = 0,
    LatencySummary? CpuTime = null,
    long? AllocatedBytesPerRun = null)
{
    public int Rows => Result?.Rows.Count ?? 0;
}

/// <param name="Warmup">Exactly this many untimed runs per query; null warms up adaptively (<see cref="AdaptiveWarmup"/>).</param>
/// <param name="AdaptiveWarmup">The adaptive warm-up used when <paramref name="Warmup"/> is null; null means <see cref="WarmupPolicy.Default"/>.</param>
public sealed record BenchmarkOptions(
    int? Warmup = null,
    int Repetitions = 10,
    TimeSpan? QueryTimeout = null,
    WarmupPolicy? AdaptiveWarmup = null,
    int? Workers = null)
{
    public void Validate()
    {
        if (Workers < 1) throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "A query needs at least one worker thread.");
        if (Warmup < 0) throw new ArgumentOutOfRangeException(nameof(Warmup), Warmup, "Warm-up runs cannot be negative.");
        if (Repetitions < 1) throw new ArgumentOutOfRangeException(nameof(Repetitions), Repetitions, "At least one repetition is needed.");
    }

    /// <summary>The warm-up to apply: a fixed count when <see cref="Warmup"/> is given, else the adaptive policy.</summary>
    public WarmupPolicy EffectiveWarmup => Warmup is { } runs ? WarmupPolicy.Exactly(runs) : AdaptiveWarmup ?? WarmupPolicy.Default;
}

/// <summary>
/// How long to run a query untimed before measuring it: until at least <see cref="MinimumRuns"/> runs AND
/// <see cref="MinimumTime"/> have passed, but no longer than <see cref="Budget"/> once one run is done. Time matters
/// as much as count because the runtime promotes hot methods to optimised (tier-1) code only after a delay of
/// about 100 ms without new tier-0 compilations; timing before that measures unoptimised code.
/// </summary>
public sealed record WarmupPolicy(int MinimumRuns, TimeSpan MinimumTime, TimeSpan Budget)
{
    public static WarmupPolicy Default { get; } = new(50, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));

    /// <summary>Exactly <paramref name="runs"/> runs, whatever time they take.</summary>
    public static WarmupPolicy Exactly(int runs) => new(runs, TimeSpan.Zero, TimeSpan.MaxValue);

    /// <summary>Whether another warm-up run is due after <paramref name="runs"/> runs taking <paramref name="elapsed"/>.</summary>
    public bool NeedsMore(int runs, TimeSpan elapsed)
    {
        if (runs > 0 && elapsed >= Budget) return false;
        return runs < MinimumRuns || elapsed < MinimumTime;
    }
}

/// <summary>A whole benchmark: the load and every query.</summary>
public sealed record BenchmarkRun(LoadMeasurement Load, IReadOnlyList<QueryMeasurement> Queries);
