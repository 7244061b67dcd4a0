using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Runs queries one after another on a backend under a query budget and records how each ended. A query that
/// outlives a hard limit far past its timeout is recorded as hung and left behind, so one defect cannot stall a run.
/// </summary>
public sealed partial class FuzzRunner
{
    private readonly IGraphBackend _backend;
    private readonly QueryOptions _options;

    // The budget of the query running now, when the backend reports it (the embedded one does).
    private QueryBudget? _budget;

    public FuzzRunner(IGraphBackend backend, QueryOptions options)
    {
        _backend = backend;
        _options = options;
    }

    /// <summary>The console's limits with a shorter timeout, so a million queries finish in reasonable time.</summary>
    public static QueryOptions DefaultOptions { get; } = QueryOptions.Console with
    {
        Timeout = TimeSpan.FromSeconds(1),
        MaxValueBytes = 64L * 1024 * 1024,
        MaxResultBytes = 4L * 1024 * 1024,
        MaxRows = 1000,
    };

    private static readonly object?[] ParameterValues = ["x", 1L, null, new object?[] { 1L, "a", null }, 2.5, true];

    private TimeSpan Timeout => _options.Timeout ?? TimeSpan.FromSeconds(5);

    private TimeSpan HardLimit => Timeout * 10 + TimeSpan.FromSeconds(5);

    /// <summary>
    /// Run untimed before the first timed query: the engine's first queries pay for compiling its code (over 100 ms),
    /// a cost of starting the process that would otherwise count against whichever query happens to come first.
    /// </summary>
    private static readonly string[] WarmUpQueries =
    [
        "MATCH (n) RETURN count(n) AS c",
        "UNWIND range(1, 3000) AS x WITH x % 7 AS k, collect(x) AS xs RETURN k, size(xs) AS c ORDER BY k DESC",
        "WITH reduce(s = 'ab', i IN range(1, 17) | s + s) AS s RETURN size(toUpper(s)) + size(split(s, 'a')) + size(replace(s, 'a', 'xy')) + size(reverse(s)) AS c",
    ];

    public async Task<FuzzReport> RunAsync(IEnumerable<string> queries, CancellationToken cancellationToken = default, Action<FuzzReport>? progress = null)
    {
        // Observed only while this run lasts: the backend may be shared with other callers and their observers.
        var embedded = _backend as EmbeddedGraphBackend;
        if (embedded is not null) embedded.BudgetObserver += ObserveBudget;
        try
        {
            return await RunObservedAsync(queries, cancellationToken, progress).ConfigureAwait(false);
        }
        finally
        {
            if (embedded is not null) embedded.BudgetObserver -= ObserveBudget;
        }
    }

    private void ObserveBudget(QueryBudget budget) => _budget = budget;

    private async Task<FuzzReport> RunObservedAsync(IEnumerable<string> queries, CancellationToken cancellationToken, Action<FuzzReport>? progress)
    {
        foreach (var warmUp in WarmUpQueries) await RunOneAsync(warmUp, cancellationToken).ConfigureAwait(false);
        var report = new FuzzReport();
        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _budget = null;
            var probe = QueryTimeProbe.Start();
            var started = clock.Elapsed;
            var outcome = await RunOneAsync(query, cancellationToken).ConfigureAwait(false);
            var elapsed = clock.Elapsed - started;
            report.Record(query, outcome, elapsed, Timeout, probe.Breakdown(_budget));
            if (report.Total % 10_000 == 0) progress?.Invoke(report);
        }
        report.Elapsed = clock.Elapsed;
        report.AllocatedBytes = GC.GetTotalAllocatedBytes() - allocatedBefore;
        return report;
    }

    public async Task<FuzzOutcome> RunOneAsync(string query, CancellationToken cancellationToken = default)
    {
        var run = Task.Run(() => _backend.RunAsync(query, ParametersFor(query), _options, cancellationToken), cancellationToken);
        try
        {
            await run.WaitAsync(HardLimit, cancellationToken).ConfigureAwait(false);
            return FuzzOutcome.Ok;
        }
        catch (TimeoutException) when (!run.IsCompleted)
        {
            return new FuzzOutcome(OutcomeKind.Hung);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return FuzzOutcome.Of(error);
        }
    }

    /// <summary>Every <c>$name</c> the query mentions gets a value of a type picked by its name (stable per name).</summary>
    private static Dictionary<string, object?> ParametersFor(string query)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match match in ParameterName().Matches(query))
        {
            var name = match.Groups[1].Value;
            parameters[name] = ParameterValues[(int)(StableHash(name) % (uint)ParameterValues.Length)];
        }
        return parameters;
    }

    /// <summary>The same in every process (string.GetHashCode is randomised per process), so a seed reproduces anywhere.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex ParameterName();
}
