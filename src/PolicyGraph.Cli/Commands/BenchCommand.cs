using System.CommandLine;
using PolicyGraph.Benchmarks;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>bench (--nodes a.csv,b.csv --rels r.csv | --seeds DIR) --queries FILE [--reps N] [--warmup N] [--out FILE]
/// [--summary-json FILE]</c>: loads a CSV graph (or the extracted seed documents) into the embedded engine and times
/// each query of the file.
/// </summary>
public sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";

    public string Summary => "Time each query of a file on a CSV graph (--nodes/--rels) or on the extracted documents (--seeds).";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.RequiredText("--queries", "FILE", "File of queries to time."),
        CliOptions.Text("--nodes", "a.csv,b.csv", "Node CSV files (neo4j-admin format), comma-separated."),
        CliOptions.Text("--rels", "r.csv,…", "Relationship CSV files, comma-separated."),
        CliOptions.Seeds(),
        CliOptions.Reference(),
        CliOptions.Number("--reps", "N", "Timed repetitions of each query.", defaultValue: 10),
        CliOptions.Number("--warmup", "N", "Untimed runs first (default: until the JIT has produced optimised code)."),
        CliOptions.Text("--out", "FILE", "Write one result line per query here."),
        CliOptions.Text("--summary-json", "FILE", "Write the load and query figures as JSON here."),
        CliOptions.Text("--only", "NAME,NAME", "Time only these queries of the file (by their // name:)."),
        CliOptions.Number("--workers", "N", "Threads one query may split a large scan across (default: every core; 1 = one thread)."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Without --warmup the runner warms each query up until the JIT has produced optimised code.
        int? warmup = args.Has("warmup") ? args.GetInt("warmup", 0) : null;
        var options = new BenchmarkOptions(warmup, args.GetInt("reps"), TimeSpan.FromMinutes(5), Workers: Workers(args));
        if (options.Warmup < 0 || options.Repetitions < 1)
            throw new CliUsageException("--warmup must be 0 or more and --reps 1 or more.");
        try
        {
            var queries = QueryFile.Only(QueryFile.Load(args.Require("queries")), args.Get("only"), args.Require("queries"));
            var graph = LoadGraph(args, error);
            await using var backend = new EmbeddedGraphBackend();
            var observer = new TableWriterObserver(output, queries);
            var run = await BenchmarkRunner.RunAsync(backend, graph, queries, options, observer, cancellationToken);
            await WriteOutputsAsync(args, run);
            return run.Queries.Any(q => q.Error is not null) ? 1 : 0;
        }
        catch (Exception ex) when (ex is QueryFileException or CsvFormatException or FileNotFoundException or ArgumentException)
        {
            await error.WriteLineAsync($"bench: {ex.Message}");
            return 1;
        }
    }

    /// <summary>--workers N (1 or more), or null for the engine's default of every core.</summary>
    internal static int? Workers(CliArguments args)
    {
        if (!args.Has("workers")) return null;
        var workers = args.GetInt("workers");
        return workers >= 1 ? workers : throw new CliUsageException("--workers must be 1 or more.");
    }

    /// <summary>The extracted seed graph with --seeds DIR, otherwise the CSV files of --nodes and --rels.</summary>
    private static PropertyGraph LoadGraph(CliArguments args, TextWriter error)
    {
        if (args.Has("seeds")) return IngestRunner.Load(args, error).Graph;
        if (!args.Has("nodes")) throw new CliUsageException("give --nodes a.csv,… (and --rels r.csv,…) or --seeds DIR.");
        return CsvGraphReader.Read(FileList(args.Require("nodes")), FileList(args.Get("rels") ?? ""));
    }

    private static IReadOnlyList<string> FileList(string commaSeparated) =>
        commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task WriteOutputsAsync(CliArguments args, BenchmarkRun run)
    {
        if (args.Get("out") is { } resultsPath)
        {
            await using var writer = new StreamWriter(resultsPath);
            BenchmarkReport.WriteResultLines(writer, run.Queries);
        }
        if (args.Get("summary-json") is { } summaryPath)
        {
            await using var writer = new StreamWriter(summaryPath);
            BenchmarkReport.WriteSummary(writer, run.Load, run.Queries);
        }
    }
}
