namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>
/// The figures of one timed load of <c>bench-ingest</c>; <paramref name="Usage"/> is what the kernel charged the
/// process during the load (user and system CPU, page faults), null where it cannot be read.
/// </summary>
public sealed record IngestLoadFigures(
    double WallMegabytesPerSecond,
    double CpuMegabytesPerSecond,
    double GcPauseSeconds,
    double AllocatedMegabytes,
    int Gen0Collections,
    ProcessUsage? Usage = null);
