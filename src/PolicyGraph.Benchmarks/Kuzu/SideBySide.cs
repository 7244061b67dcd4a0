using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>A program to start as a child: the executable and the arguments that come before the ones added per run.</summary>
public sealed record ChildCommand(string FileName, IReadOnlyList<string> Arguments);

/// <param name="GraphDirectory">neo4j-admin CSV written by <c>policygraph generate</c> (nodes*.csv, rels*.csv).</param>
/// <param name="WorkDirectory">Where the store, the Kuzu files and database and the reports go (must be new or empty).</param>
/// <param name="Twins">Kuzu's text of the queries whose openCypher text Kuzu does not read, by name.</param>
/// <param name="Engine">Starts our engine's side: <c>policygraph bench-kuzu --engine-only</c>.</param>
/// <param name="Kuzu">Starts <c>node tools/kuzu-bench/kuzu-bench.mjs</c>.</param>
/// <param name="KuzuWarmup">Kuzu's warm-up: the one <see cref="Engine"/>'s arguments give our side.</param>
public sealed record SideBySideOptions(
    string GraphDirectory, string WorkDirectory, IReadOnlyList<BenchQuery> Queries, IReadOnlyDictionary<string, BenchQuery> Twins,
    int Repetitions, ChildCommand Engine, ChildCommand Kuzu, WarmupPolicy KuzuWarmup);

/// <summary>
/// Runs the query set on our engine and on Kuzu over the same CSV graph, each in a fresh process after loading it
/// into its own store on disk, checks that both return the same rows and prints the medians and their ratio.
/// </summary>
public static class SideBySide
{
    public static async Task<int> RunAsync(SideBySideOptions options, TextWriter output, CancellationToken ct)
    {
        var work = options.WorkDirectory;
        if (Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
            throw new ArgumentException($"the work directory '{work}' is not empty; give a new one.");
        Directory.CreateDirectory(work);
        var (graph, csvMs) = ReadGraph(options.GraphDirectory);
        output.WriteLine($"graph: {graph.Nodes.Count:N0} nodes, {graph.Relationships.Count:N0} relationships (read from CSV in {csvMs:F0} ms)");
        var ourLoadMs = csvMs + await BuildStoreAsync(graph, Path.Combine(work, "store"), ct);
        var layout = Path.Combine(work, "kuzu-csv");
        KuzuCsvExport.Write(graph, layout);
        var queriesPath = Path.Combine(work, "kuzu-queries.json");
        File.WriteAllText(queriesPath, KuzuQueries(options.Queries, options.Twins).ToString(Formatting.None));
        var kuzuLoad = JObject.Parse(await RunChildAsync(options.Kuzu, ["load", "--layout", layout, "--db", Path.Combine(work, "kuzu-db")], ct));
        var oursPath = Path.Combine(work, "policygraph.json");
        await RunChildAsync(options.Engine, ["--store", Path.Combine(work, "store"), "--out", oursPath, "--reps", $"{options.Repetitions}"], ct);
        var kuzuPath = Path.Combine(work, "kuzu.json");
        await RunChildAsync(options.Kuzu,
            ["run", "--db", Path.Combine(work, "kuzu-db"), "--queries", queriesPath, "--reps", $"{options.Repetitions}", "--out", kuzuPath,
             .. KuzuWarmupArguments(options.KuzuWarmup)], ct);
        var comparison = new SideBySideReport(options.Queries, JObject.Parse(File.ReadAllText(oursPath)), JObject.Parse(File.ReadAllText(kuzuPath)),
            ourLoadMs, kuzuLoad.Value<double>("loadMs"));
        comparison.Write(output);
        return comparison.AllRowsEqual ? 0 : 1;
    }

    private static (PropertyGraph Graph, double Ms) ReadGraph(string directory)
    {
        var watch = Stopwatch.StartNew();
        var nodes = Directory.GetFiles(directory, "nodes*.csv").Order(StringComparer.Ordinal).ToArray();
        var rels = Directory.GetFiles(directory, "rels*.csv").Order(StringComparer.Ordinal).ToArray();
        if (nodes.Length == 0) throw new FileNotFoundException($"no nodes*.csv in '{directory}' (write a graph with 'policygraph generate').");
        return (CsvGraphReader.Read(nodes, rels), watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Imports the graph into a new store and checkpoints it, as Kuzu's COPY leaves a database on disk; returns the milliseconds.</summary>
    private static async Task<double> BuildStoreAsync(PropertyGraph graph, string directory, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var store = EmbeddedGraphBackend.Open(directory);
        await store.ImportAsync(graph, ct);
        store.Checkpoint();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The queries as Kuzu runs them: a twin's text where one exists, the parameters unchanged.</summary>
    public static JArray KuzuQueries(IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, BenchQuery> twins) =>
        new(queries.Select(q => new JObject
        {
            ["name"] = q.Name,
            ["cypher"] = twins.TryGetValue(q.Name, out var twin) ? twin.Cypher : q.Cypher,
            ["params"] = new JObject(q.Parameters.Select(p => new JProperty(p.Key, ResultJson.Value(p.Value)))),
        }));

    /// <summary>Our engine's warm-up (<see cref="EngineSide"/> measures with it) as kuzu-bench.mjs options, so both sides warm up alike.</summary>
    public static IReadOnlyList<string> KuzuWarmupArguments(WarmupPolicy warmup) =>
    [
        "--warmup-runs", warmup.MinimumRuns.ToString(CultureInfo.InvariantCulture),
        "--warmup-ms", warmup.MinimumTime.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        "--warmup-budget-ms", warmup.Budget.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Runs a child to its end and returns its standard output; on cancellation the child and its children are killed.</summary>
    public static async Task<string> RunChildAsync(ChildCommand command, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(command.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Arguments.Concat(arguments)) start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{command.FileName}'.");
        var stdout = child.StandardOutput.ReadToEndAsync(ct);
        var stderr = child.StandardError.ReadToEndAsync(ct);
        try
        {
            await child.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"'{command.FileName} {string.Join(' ', start.ArgumentList)}' failed ({child.ExitCode}): {(await stderr).Trim()}");
        return await stdout;
    }
}
