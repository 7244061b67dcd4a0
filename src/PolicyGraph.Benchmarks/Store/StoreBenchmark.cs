using System.Diagnostics;
using PolicyGraph.Benchmarks.Load;
using PolicyGraph.Benchmarks.Synthetic;
using PolicyGraph.Embedded;

namespace PolicyGraph.Benchmarks.Store;

/// <summary>Building a store from scratch: generating the synthetic graph, importing it, and the checkpoint that writes its snapshot.</summary>
public sealed record StoreBuildMeasurement(int Nodes, int Relationships, TimeSpan Generate, TimeSpan Import, TimeSpan Checkpoint, long SnapshotBytes, long ResidentBytes);

/// <summary>Opening a store in a fresh process: the time to a queryable graph and the resident memory then.</summary>
public sealed record StoreOpenMeasurement(
    int Nodes, int Relationships, TimeSpan Open, TimeSpan OpenCpu, TimeSpan FirstQuery, TimeSpan FirstQueryCpu, long ResidentBytes, long HeapBytes,
    IReadOnlyList<Embedded.Persistence.StoreOpenPhase> Phases)
{
    /// <summary>A query reading every node's and relationship's properties (so every record gets built), and the memory after it.</summary>
    public (TimeSpan Wall, TimeSpan Cpu, long ResidentBytes)? FullScan { get; init; }
}

/// <summary>
/// Start-up figures of the store on disk: what building a generated graph costs (what every start paid before the
/// store existed) against opening it again from its snapshot. Opening is measured in a child process so the
/// figures are not those of a process that has just built the graph.
/// </summary>
public static class StoreBenchmark
{
    public static async Task<StoreBuildMeasurement> BuildAsync(string directory, int nodeCount, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var graph = SyntheticGraphGenerator.Generate(nodeCount);
        var generate = watch.Elapsed;
        await using var store = EmbeddedGraphBackend.Open(directory);
        watch.Restart();
        await store.ImportAsync(graph, cancellationToken);
        var import = watch.Elapsed;
        watch.Restart();
        store.Checkpoint();
        var checkpoint = watch.Elapsed;
        var snapshot = Directory.GetFiles(directory, "snapshot-*.pgs").Sum(f => new FileInfo(f).Length);
        GC.Collect();
        return new StoreBuildMeasurement(store.CurrentSnapshot.NodeCount, store.CurrentSnapshot.RelationshipCount, generate, import, checkpoint, snapshot,
            ResidentNow());
    }

    /// <summary>
    /// Opens the store read-only and runs one whole-graph count (in the process that calls it); with
    /// <paramref name="fullScan"/>, then reads every record's properties.
    /// </summary>
    public static async Task<StoreOpenMeasurement> OpenAsync(string directory, bool fullScan, CancellationToken cancellationToken)
    {
        // CPU time beside wall time: on a shared machine the wall time says more about the neighbours than the store.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var store = EmbeddedGraphBackend.Open(directory, Embedded.Persistence.StoreOptions.Reader with { PollInterval = null });
        var open = watch.Elapsed;
        var openCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        watch.Restart();
        await store.RunAsync("MATCH (n) RETURN count(n)", cancellationToken: cancellationToken);
        var firstQuery = watch.Elapsed;
        var firstQueryCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore - openCpu;
        var measurement = new StoreOpenMeasurement(store.CurrentSnapshot.NodeCount, store.CurrentSnapshot.RelationshipCount, open, openCpu, firstQuery,
            firstQueryCpu, ResidentNow(), GC.GetTotalMemory(forceFullCollection: true), store.OpenReport!.Phases);
        if (!fullScan) return measurement;
        var scanCpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        await store.RunAsync("MATCH (n) RETURN count(n.id)", cancellationToken: cancellationToken);
        await store.RunAsync("MATCH ()-[r]->() RETURN count(keys(r))", cancellationToken: cancellationToken);
        return measurement with { FullScan = (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - scanCpu, ResidentNow()) };
    }

    private static long ResidentNow() => ResidentMemory.Read(Environment.ProcessId)?.ResidentBytes ?? Environment.WorkingSet;

    public static void Write(TextWriter output, StoreBuildMeasurement build)
    {
        output.WriteLine($"built from scratch: {build.Nodes:N0} nodes, {build.Relationships:N0} relationships");
        output.WriteLine($"  generate {Ms(build.Generate)}, import (one logged commit) {Ms(build.Import)}, checkpoint {Ms(build.Checkpoint)}");
        output.WriteLine($"  snapshot file {build.SnapshotBytes / 1048576.0:F1} MB; resident memory after building {build.ResidentBytes / 1048576.0:F0} MB");
    }

    public static void Write(TextWriter output, StoreOpenMeasurement open)
    {
        output.WriteLine($"opened in a fresh process: {open.Nodes:N0} nodes, {open.Relationships:N0} relationships");
        output.WriteLine($"  open {Ms(open.Open)} ({Ms(open.OpenCpu)} of CPU time), first query (count all nodes) {Ms(open.FirstQuery)} ({Ms(open.FirstQueryCpu)} of CPU)");
        output.WriteLine($"  open + first query: {Ms(open.Open + open.FirstQuery)} wall, {Ms(open.OpenCpu + open.FirstQueryCpu)} CPU");
        var entities = Math.Max(1, open.Nodes + open.Relationships);
        output.WriteLine($"  resident memory {open.ResidentBytes / 1048576.0:F0} MB, managed heap {open.HeapBytes / 1048576.0:F0} MB " +
            $"({open.HeapBytes / (double)entities:F0} heap bytes per node or relationship; records not yet read are not built)");
        foreach (var phase in open.Phases)
            output.WriteLine($"    {phase.Name}: {Ms(phase.Wall)} wall, {Ms(phase.Cpu)} CPU");
        if (open.FullScan is not { } scan) return;
        output.WriteLine($"  then reading every record's properties (builds every record): {Ms(scan.Wall)} wall, {Ms(scan.Cpu)} CPU; " +
            $"resident memory after it {scan.ResidentBytes / 1048576.0:F0} MB");
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F0} ms";
}
