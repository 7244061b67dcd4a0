using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Where one query's wall time went, to tell why a query finished late: collections and GC pause time while it ran
/// (process-wide), the delay before the engine started it, how long after its deadline the engine noticed the stop,
/// and how long after that it returned, and the bytes of large-object-heap values the query built (the engine's
/// count, see <see cref="QueryBudget.LargeObjectBytes"/>). Times in milliseconds; null when not applicable (no stop
/// was noticed).
/// </summary>
public sealed record QueryTimeBreakdown(
    double StartDelayMs, double? NoticeDelayMs, double? ReturnDelayMs, int Gen0, int Gen1, int Gen2, double GcPauseMs, long Steps,
    long LargeObjectBytes = 0)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"start {StartDelayMs:0.0} ms, deadline→notice {Format(NoticeDelayMs)}, notice→return {Format(ReturnDelayMs)}, " +
        $"GCs {Gen0}/{Gen1}/{Gen2} (gen0/1/2), GC pause {GcPauseMs:0.0} ms, {Steps} steps, " +
        $"large objects {LargeObjectBytes / 1024.0:0.#} KB");

    private static string Format(double? milliseconds) =>
        milliseconds is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:0.0} ms") : "-";
}

/// <summary>The process's GC counters and the clock as a query starts; <see cref="Breakdown"/> as it ends.</summary>
internal readonly record struct QueryTimeProbe(long StartedAt, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public static QueryTimeProbe Start() =>
        new(Stopwatch.GetTimestamp(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <param name="budget">The budget the engine made for the query; null when the backend does not report it.</param>
    public QueryTimeBreakdown Breakdown(QueryBudget? budget)
    {
        var returnedAt = Stopwatch.GetTimestamp();
        var noticed = budget?.StopNoticedAt;
        return new QueryTimeBreakdown(
            budget is null ? 0 : Milliseconds(budget.StartedAt - StartedAt),
            noticed is { } at && budget!.Deadline != long.MaxValue ? Milliseconds(at - budget.Deadline) : null,
            noticed is { } notice ? Milliseconds(returnedAt - notice) : null,
            GC.CollectionCount(0) - Gen0, GC.CollectionCount(1) - Gen1, GC.CollectionCount(2) - Gen2,
            (GC.GetTotalPauseDuration() - GcPause).TotalMilliseconds, budget?.Steps ?? 0,
            budget?.LargeObjectBytes ?? 0);
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

