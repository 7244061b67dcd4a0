using System.Globalization;
using Newtonsoft.Json;

namespace PolicyGraph.Benchmarks;

/// <summary>Prints a benchmark run as a table and writes its JSON outputs.</summary>
public static class BenchmarkReport
{
    public static void WriteTable(TextWriter output, LoadMeasurement load, IReadOnlyList<QueryMeasurement> measurements)
    {
        WriteLoad(output, load);
        var width = NameWidth(measurements.Select(m => m.Query));
        WriteHeader(output, width);
        foreach (var m in measurements) WriteRow(output, m, width);
    }

    public static void WriteLoad(TextWriter output, LoadMeasurement load) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {load.Nodes} nodes, {load.Relationships} relationships in {load.LoadMs:0} ms; " +
            $"{load.BytesPerNode:0} bytes/node, {load.BytesPerRelationship:0} bytes/relationship"));

    public static int NameWidth(IEnumerable<BenchQuery> queries) =>
        Math.Max(5, queries.Select(q => q.Name.Length).DefaultIfEmpty(0).Max());

    public static void WriteHeader(TextWriter output, int width) =>
        output.WriteLine($"{"query".PadRight(width)}  {"rows",8}  {"median",10}  {"p95",10}  {"cpu median",10}  {"alloc/run",10}  {"warm-up runs",12}");

    public static void WriteRow(TextWriter output, QueryMeasurement m, int width)
    {
        var name = m.Query.Name.PadRight(width);
        output.WriteLine(m.Latency is { } latency
            ? $"{name}  {m.Rows,8}  {LatencySummary.Format(latency.MedianMs),10}  {LatencySummary.Format(latency.P95Ms),10}  {CpuMedian(m),10}  {Allocated(m),10}  {m.WarmupRuns,12}"
            : $"{name}  error: {FirstLine(m.Error)}");
    }

    public static void WriteResultLines(TextWriter output, IEnumerable<QueryMeasurement> measurements)
    {
        foreach (var m in measurements) output.WriteLine(ResultJson.QueryLine(m).ToString(Formatting.None));
    }

    public static void WriteSummary(TextWriter output, LoadMeasurement load, IEnumerable<QueryMeasurement> measurements) =>
        output.WriteLine(ResultJson.Summary(load, measurements).ToString(Formatting.Indented));

    private static string CpuMedian(QueryMeasurement m) => m.CpuTime is { } cpu ? LatencySummary.Format(cpu.MedianMs) : "n/a";

    private static string Allocated(QueryMeasurement m) => m.AllocatedBytesPerRun switch
    {
        null => "n/a",
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{m.AllocatedBytesPerRun} B"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{m.AllocatedBytesPerRun / 1e3:0} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{m.AllocatedBytesPerRun / 1e6:0} MB"),
    };

    private static string FirstLine(string? text) => text?.Split('\n')[0] ?? "";
}
