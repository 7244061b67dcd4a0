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

/// <summary>One query's measurements: the last result, or the error that stopped it.</summary>
public sealed record QueryMeasurement(BenchQuery Query, QueryResult? Result, LatencySummary? Latency, string? Error)
{
    public int Rows => Result?.Rows.Count ?? 0;
}

public sealed record BenchmarkOptions(int Warmup = 2, int Repetitions = 10, TimeSpan? QueryTimeout = null)
{
    public void Validate()
    {
        if (Warmup < 0) throw new ArgumentOutOfRangeException(nameof(Warmup), Warmup, "Warm-up runs cannot be negative.");
        if (Repetitions < 1) throw new ArgumentOutOfRangeException(nameof(Repetitions), Repetitions, "At least one repetition is needed.");
    }
}

/// <summary>A whole benchmark: the load and every query.</summary>
public sealed record BenchmarkRun(LoadMeasurement Load, IReadOnlyList<QueryMeasurement> Queries);
