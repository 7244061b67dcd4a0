namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>The figures of one timed load of <c>bench-ingest</c>.</summary>
public sealed record IngestLoadFigures(
    double WallMegabytesPerSecond,
    double CpuMegabytesPerSecond,
    double GcPauseSeconds,
    double AllocatedMegabytes,
    int Gen0Collections);
