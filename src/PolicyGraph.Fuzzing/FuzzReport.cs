using System.Globalization;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// What a fuzzing run found: how many queries ended in each outcome class, the slowest query relative to its
/// timeout, how many ran past 1.5× their timeout, and the first queries of every class (for defects, to reproduce them).
/// </summary>
public sealed class FuzzReport
{
    /// <summary>A query may overrun its timeout by this factor (time to notice and unwind) before it counts as late.</summary>
    public const double AllowedOverrun = 1.5;

    private readonly SortedDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private const int ExamplesPerClass = 3;
    private readonly SortedDictionary<string, List<string>> _examples = new(StringComparer.Ordinal);
    private readonly HashSet<string> _defectClasses = new(StringComparer.Ordinal);

    /// <summary>Late queries kept for a replay (bounded, so a run on an overloaded machine cannot exhaust memory).</summary>
    public const int MaxLateKept = 100_000;

    private readonly List<LateQuery> _lateQueries = [];

    /// <summary>Every query that ran past the allowed overrun (up to <see cref="MaxLateKept"/>), with its time/timeout.</summary>
    public IReadOnlyList<LateQuery> LateQueries => _lateQueries;

    public long Total { get; private set; }

    public long Late { get; private set; }

    public double MaxTimeoutRatio { get; private set; }

    public string? SlowestQuery { get; private set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Bytes the process allocated while the timed queries ran: the garbage that makes collections.</summary>
    public long AllocatedBytes { get; set; }

    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>The first few queries of each outcome class.</summary>
    public IReadOnlyDictionary<string, List<string>> Examples => _examples;

    public long Defects { get; private set; }

    /// <summary>Bytes of large-object-heap values the queries built, in total (the engine's count, when measured).</summary>
    public long LargeObjectBytes { get; private set; }

    /// <summary>How many queries built any large-object-heap value.</summary>
    public long LargeObjectQueries { get; private set; }

    /// <summary>The most large-object bytes one query built, and that query.</summary>
    public long MaxLargeObjectBytes { get; private set; }

    public string? LargestObjectQuery { get; private set; }

    /// <summary>Where the slowest query's time went (see <see cref="QueryTimeBreakdown"/>), when measured.</summary>
    public QueryTimeBreakdown? SlowestBreakdown { get; private set; }

    /// <param name="breakdown">Where the query's time went, kept for late queries and the slowest one.</param>
    public void Record(string query, FuzzOutcome outcome, TimeSpan elapsed, TimeSpan timeout, QueryTimeBreakdown? breakdown = null)
    {
        Total++;
        _counts[outcome.Class] = _counts.GetValueOrDefault(outcome.Class) + 1;
        if (outcome.IsDefect)
        {
            Defects++;
            _defectClasses.Add(outcome.Class);
        }
        var examples = _examples.TryGetValue(outcome.Class, out var list) ? list : _examples[outcome.Class] = [];
        if (examples.Count < ExamplesPerClass) examples.Add(outcome.Message.Length > 0 ? $"{query}  →  {outcome.Message}" : query);
        RecordLargeObjects(query, breakdown?.LargeObjectBytes ?? 0);
        var ratio = elapsed / timeout;
        if (ratio > AllowedOverrun || outcome.Kind == OutcomeKind.Hung)
        {
            Late++;
            if (_lateQueries.Count < MaxLateKept) _lateQueries.Add(new LateQuery(query, ratio, breakdown));
        }
        if (ratio > MaxTimeoutRatio)
        {
            MaxTimeoutRatio = ratio;
            SlowestQuery = query;
            SlowestBreakdown = breakdown;
        }
    }

    private void RecordLargeObjects(string query, long bytes)
    {
        if (bytes == 0) return;
        LargeObjectBytes += bytes;
        LargeObjectQueries++;
        if (bytes <= MaxLargeObjectBytes) return;
        MaxLargeObjectBytes = bytes;
        LargestObjectQuery = query;
    }

    /// <param name="allExamples">Also print the first queries of every class, not only of defects.</param>
    public void Write(TextWriter output, bool allExamples = false)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"{Total} queries in {Elapsed.TotalSeconds:0.0} s"));
        foreach (var (name, count) in _counts) output.WriteLine(string.Create(invariant, $"  {count,10}  {name}"));
        output.WriteLine(string.Create(invariant, $"past {AllowedOverrun}x their timeout: {Late}"));
        var perQuery = Total == 0 ? 0 : AllocatedBytes / 1024.0 / Total;
        output.WriteLine(string.Create(invariant,
            $"allocated (queries' generation included): {AllocatedBytes / (1024.0 * 1024.0):0.0} MB, {perQuery:0.0} KB per query"));
        WriteLargeObjects(output);
        output.WriteLine(string.Create(invariant, $"max time/timeout: {MaxTimeoutRatio:0.000} ({SlowestQuery})"));
        if (SlowestBreakdown is not null) output.WriteLine($"slowest query's time: {SlowestBreakdown}");
        foreach (var late in _lateQueries.Take(ExamplesPerClass))
            output.WriteLine(string.Create(invariant, $"late: {late.Query}  ({late.Ratio:0.00}x, large objects {LargeObjectKilobytes(late)})"));
        foreach (var (name, queries) in _examples)
        {
            var defect = _defectClasses.Contains(name);
            if (!defect && !allExamples) continue;
            foreach (var query in queries) output.WriteLine($"{(defect ? "defect" : "example")} [{name}] {query}");
        }
    }

    private void WriteLargeObjects(TextWriter output)
    {
        var perQuery = Total == 0 ? 0 : LargeObjectBytes / 1024.0 / Total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"large objects built: {LargeObjectBytes / (1024.0 * 1024.0):0.0} MB, {perQuery:0.0} KB per query, by {LargeObjectQueries} queries; " +
            $"most by one: {MaxLargeObjectBytes / 1024.0:0.#} KB ({LargestObjectQuery ?? "-"})"));
    }

    private static string LargeObjectKilobytes(LateQuery late) => late.Breakdown is { } why
        ? string.Create(CultureInfo.InvariantCulture, $"{why.LargeObjectBytes / 1024.0:0.#} KB")
        : "not measured";
}

/// <summary>A query that ran past its allowed overrun, by how much (elapsed / timeout) and, when measured, why.</summary>
public sealed record LateQuery(string Query, double Ratio, QueryTimeBreakdown? Breakdown = null);
