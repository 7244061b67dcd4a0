using System.CommandLine;
using PolicyGraph.Benchmarks;
using PolicyGraph.Benchmarks.Kuzu;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench-kuzu --graph DIR --queries FILE [--twins FILE] [--work DIR] [--tool DIR] [--reps N] [--warmup N] [--memory]</c>: the same
/// queries on our engine and on Kuzu (npm, run by tools/kuzu-bench) over the same generated CSV graph, each loaded
/// into its own store on disk and queried from a fresh process; prints medians, ratios, load and open times and
/// resident memory, and fails when any query's rows differ.
/// </summary>
public sealed class BenchKuzuCommand : ICliCommand
{
    public string Name => "bench-kuzu";

    public string Summary => "Side by side with Kuzu: same CSV graph, same queries, rows checked equal; medians and their ratio.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Text("--graph", "DIR", "neo4j-admin CSV of 'policygraph generate' (nodes*.csv, rels*.csv)."),
        CliOptions.Text("--queries", "FILE", "Query file (as for bench), e.g. cypher/bench/policy-queries.cypher."),
        CliOptions.Text("--twins", "FILE", "Kuzu's text of queries it cannot read as written, same format and names (default: tools/kuzu-bench/policy-queries.kuzu.cypher)."),
        CliOptions.Text("--work", "DIR", "New folder for both stores and the reports (default: a temporary folder, removed afterwards)."),
        CliOptions.Text("--tool", "DIR", "Folder of kuzu-bench.mjs with its node_modules (default: tools/kuzu-bench).", "tools/kuzu-bench"),
        CliOptions.Number("--reps", "N", "Timed runs of each query on each engine (after warm-up).", defaultValue: 10),
        CliOptions.Text("--only", "NAME,NAME", "Compare only these queries of the file (by their // name:)."),
        CliOptions.Number("--workers", "N", "Threads one query of ours may split a large scan across (default: every core; 1 = one thread)."),
        CliOptions.Switch("--memory", "Also print our memory by structure after open and after each query (allocates: later resident figures include it)."),
        CliOptions.Switch("--engine-only", "Only run our engine's side on --store, writing --out (what the parent runs as its child)."),
        CliOptions.Text("--store", "DIR", "With --engine-only: the store to open."),
        CliOptions.Text("--out", "FILE", "With --engine-only: where the report goes."),
        CliOptions.Number("--warmup", "N", "Exactly N (1 or more) untimed runs per query on each engine instead of the adaptive warm-up (a loaded machine then builds the columns a quiet one does)."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var reps = args.GetInt("reps");
        if (reps < 1) throw new CliUsageException("--reps must be 1 or more.");
        int? warmup = args.Has("warmup") ? args.GetInt("warmup", 0) : null;
        if (warmup < 1) throw new CliUsageException("--warmup must be 1 or more.");
        try
        {
            var queries = QueryFile.Only(QueryFile.Load(args.Require("queries")), args.Get("only"), args.Require("queries"));
            var workers = BenchCommand.Workers(args);
            if (args.Has("engine-only"))
            {
                var report = await EngineSide.RunAsync(args.Require("store"), queries, reps, workers, cancellationToken, args.Has("memory"), warmup);
                EngineSide.Write(report, args.Require("out"));
                return 0;
            }
            return await CompareAsync(args, queries, reps, workers, warmup, output, cancellationToken);
        }
        catch (Exception ex) when (ex is QueryFileException or CsvFormatException or FileNotFoundException or InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"bench-kuzu: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> CompareAsync(
        CliArguments args, IReadOnlyList<BenchQuery> queries, int reps, int? workers, int? warmup, TextWriter output, CancellationToken ct)
    {
        var tool = Path.GetFullPath(args.Get("tool", "tools/kuzu-bench"));
        var script = Path.Combine(tool, "kuzu-bench.mjs");
        if (!File.Exists(script)) throw new FileNotFoundException($"'{script}' not found: give --tool DIR (the folder of tools/kuzu-bench).");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "kuzu")))
            throw new CliUsageException($"Kuzu is not installed in '{tool}': run 'npm ci' there first.");
        var twinsPath = args.Get("twins") ?? Path.Combine(tool, "policy-queries.kuzu.cypher");
        var twins = File.Exists(twinsPath) ? QueryFile.Load(twinsPath).ToDictionary(q => q.Name, StringComparer.Ordinal) : [];
        var work = args.Get("work") ?? Path.Combine(Path.GetTempPath(), "pg-bench-kuzu-" + Guid.NewGuid().ToString("N"));
        // The child reads the same file: --only, --workers, --warmup and --memory go along so it times the same queries the same way.
        string[] childArguments = [typeof(BenchKuzuCommand).Assembly.Location, "bench-kuzu", "--engine-only", "--queries", Path.GetFullPath(args.Require("queries")),
            .. args.Get("only") is { } only ? ["--only", only] : Array.Empty<string>(),
            .. workers is { } count ? ["--workers", count.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            .. warmup is { } runs ? ["--warmup", runs.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            .. args.Has("memory") ? ["--memory"] : Array.Empty<string>()];
        var engine = new ChildCommand("dotnet", childArguments);
        var options = new SideBySideOptions(args.Require("graph"), work, queries, twins, reps, engine, new ChildCommand("node", [script]),
            warmup is { } exactly ? WarmupPolicy.Exactly(exactly) : WarmupPolicy.Default);
        try
        {
            return await SideBySide.RunAsync(options, output, ct);
        }
        finally
        {
            if (args.Get("work") is null && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
