using System.Globalization;

namespace PolicyGraph.Benchmarks.Load;

/// <summary>Percentiles of a set of request times, in milliseconds (nearest rank); all zero for no samples.</summary>
public sealed record LatencyFigures(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencyFigures From(IEnumerable<RequestSample> samples)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        if (sorted.Length == 0) return new LatencyFigures(0, 0, 0, 0, 0);
        return new LatencyFigures(sorted.Length, LatencySummary.NearestRank(sorted, 0.5), LatencySummary.NearestRank(sorted, 0.9),
            LatencySummary.NearestRank(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() =>
        $"p50 {LatencySummary.Format(P50)}, p90 {LatencySummary.Format(P90)}, p99 {LatencySummary.Format(P99)}, max {LatencySummary.Format(Max)}";
}

/// <summary>
/// The figures of one flood and the issue's "done when" checks: /health p99 under 100 ms, search at least 1,000
/// req/s, every console request answered within 1.5× the timeout or with 503, resident memory under the ceiling,
/// recovery within 1 s.
/// </summary>
public sealed record FloodReport(
    FloodOptions Options,
    double FloodSeconds,
    LatencyFigures Health,
    int HealthFailures,
    LatencyFigures Search,
    int SearchAnswered,
    int SearchFailures,
    LatencyFigures Console,
    IReadOnlyDictionary<int, int> ConsoleByStatus,
    int ConsoleCutAtEnd,
    int ConsoleOverLimit,
    long MaxResidentBytes,
    long? PeakResidentBytes,
    double? RecoverySeconds)
{
    public const double HealthP99LimitMs = 100;
    public const double SearchMinimumPerSecond = 1_000;
    public const double ConsoleOverrunFactor = 1.5;
    public const double RecoveryLimitSeconds = 1;

    public double SearchPerSecond => SearchAnswered / FloodSeconds;

    public static FloodReport From(FloodOptions options, FloodSamples samples, double floodSeconds, double? recoverySeconds, long? peakResident)
    {
        var console = samples.Console;
        var limitMs = options.ConsoleTimeout.TotalMilliseconds * ConsoleOverrunFactor;
        return new FloodReport(options, floodSeconds,
            LatencyFigures.From(samples.Health), samples.Health.Count(s => s.Status != 200),
            LatencyFigures.From(samples.Search), samples.Search.Count(s => s.Status == 200), samples.Search.Count(s => s.Status != 200),
            LatencyFigures.From(console),
            console.GroupBy(s => s.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            samples.ConsoleCutAtEnd,
            console.Count(s => s.Status != 503 && s.Milliseconds > limitMs),
            samples.MaxResidentBytes, peakResident, recoverySeconds);
    }

    /// <summary>Each check of the issue's "done when" and whether this run met it (null: not measured).</summary>
    public IReadOnlyList<(string Check, bool? Met)> Checks() =>
    [
        ($"/health p99 < {HealthP99LimitMs:0} ms and no failed probe", Health.Count > 0 && Health.P99 < HealthP99LimitMs && HealthFailures == 0),
        ($"search ≥ {SearchMinimumPerSecond:#,0} req/s", SearchPerSecond >= SearchMinimumPerSecond),
        ($"every console request within {ConsoleOverrunFactor}× {Options.ConsoleTimeout.TotalSeconds:0.#} s or 503",
            ConsoleOverLimit == 0 && !ConsoleByStatus.ContainsKey(0)),
        ($"resident memory < {Mb(Options.MemoryCeilingBytes)}",
            Options.ServerProcessId is null ? null : Math.Max(MaxResidentBytes, PeakResidentBytes ?? 0) < Options.MemoryCeilingBytes),
        ($"recovery ≤ {RecoveryLimitSeconds:0} s", RecoverySeconds is { } r && r <= RecoveryLimitSeconds),
    ];

    public void Write(TextWriter output)
    {
        var o = Options;
        output.WriteLine(Invariant($"flood: {o.Connections} connections × {FloodSeconds:0.0} s of `{o.ConsoleQuery}` against {o.BaseAddress}"));
        output.WriteLine(Invariant($"       + {o.SearchConnections} search connections (q={o.SearchText}), /health every {o.HealthInterval.TotalMilliseconds:0} ms"));
        output.WriteLine(Invariant($"/health   {Health.Count} probes, {HealthFailures} failed; {Health}"));
        output.WriteLine(Invariant($"search    {SearchAnswered:#,0} answered = {SearchPerSecond:#,0} req/s, {SearchFailures} failed; {Search}"));
        var statuses = string.Join(", ", ConsoleByStatus.Select(p => Invariant($"{(p.Key == 0 ? "no answer" : p.Key.ToString(CultureInfo.InvariantCulture))}: {p.Value:#,0}")));
        output.WriteLine(Invariant($"console   {Console.Count:#,0} answered ({statuses}); {ConsoleCutAtEnd} cut at the end"));
        output.WriteLine(Invariant($"          {Console}; {ConsoleOverLimit} past {ConsoleOverrunFactor}× the timeout without 503"));
        output.WriteLine(o.ServerProcessId is { } pid
            ? Invariant($"memory    server {pid}: resident max {Mb(MaxResidentBytes)} during the flood, peak (VmHWM) {(PeakResidentBytes is { } p ? Mb(p) : "unknown")}")
            : "memory    not measured (give the server's --pid)");
        output.WriteLine(RecoverySeconds is { } seconds
            ? Invariant($"recovery  console and /health answered {seconds * 1000:0} ms after the flood ended")
            : Invariant($"recovery  not within {o.RecoveryLimit.TotalSeconds:0} s"));
        foreach (var (check, met) in Checks())
            output.WriteLine($"check     {(met is null ? "n/a " : met.Value ? "met " : "MISS")} {check}");
    }

    private static string Mb(long bytes) => Invariant($"{bytes / (1024.0 * 1024):#,0} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
