using System.CommandLine;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Fuzzing;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>fuzz [--count N] [--seed S] [--timeout-ms MS] [--corpus DIR,DIR] [--query "…"] [--examples] [--late-out FILE] [--replay FILE] [--seeds DIR]</c>: runs generated
/// and mutated Cypher on the seed graph under the console's budget and prints outcomes by class. With --query it
/// runs just that query and prints its outcome (how a crash is reproduced). Exit code 1 when any query was a
/// defect (crash, unpositioned error, hung) or ran past 1.5× its timeout. --late-out writes the late queries as JSON
/// lines and --replay runs such a file instead of generated queries, so lateness seen on a busy machine can be
/// rechecked on a quiet one. The logic is in PolicyGraph.Fuzzing.
/// </summary>
public sealed class FuzzCommand : ICliCommand
{
    public string Name => "fuzz";

    public string Summary => "Fuzz the engine with generated and mutated Cypher and print outcomes by class.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Number("--count", "N", "How many queries to run.", defaultValue: 10_000),
        CliOptions.Number("--seed", "S", "Random seed (the same seed gives the same queries).", defaultValue: 1),
        CliOptions.Number("--timeout-ms", "MS", "Each query's timeout.", defaultValue: 1000),
        CliOptions.Text("--corpus", "DIR,DIR", "Folders of seed queries (default: cypher/ and the openCypher TCK beside the checkout)."),
        CliOptions.Text("--query", "CYPHER", "Run just this query and print its outcome."),
        CliOptions.Switch("--examples", "Print every example query of each outcome class."),
        CliOptions.Text("--late-out", "FILE", "Write the queries that ran past 1.5× their timeout to FILE (JSON lines)."),
        CliOptions.Text("--replay", "FILE", "Run the queries of a --late-out file instead of generated ones."),
        CliOptions.Seeds(),
        CliOptions.Reference(),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = FuzzRunner.DefaultOptions with { Timeout = TimeSpan.FromMilliseconds(args.GetInt("timeout-ms", 1000)) };
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(IngestRunner.Load(args, error).Graph, cancellationToken);
        var runner = new FuzzRunner(backend, options);
        if (args.Get("query") is { } single)
        {
            var outcome = await runner.RunOneAsync(single, cancellationToken);
            output.WriteLine(outcome.Class);
            if (outcome.Message.Length > 0) output.WriteLine(outcome.Message);
            return outcome.IsDefect ? 1 : 0;
        }
        var queries = QueryStream(args, options, output);
        using var collections = new GcPauseListener();
        var report = await runner.RunAsync(queries, cancellationToken, r => error.WriteLine($"  {r.Total} queries, {r.Defects} defects, {r.Late} late"));
        report.Write(output, allExamples: args.Has("examples"));
        output.WriteLine(collections);
        if (args.Get("late-out") is { } lateFile) LateQueryFile.Write(lateFile, report.LateQueries);
        return report.Defects > 0 || report.Late > 0 ? 1 : 0;
    }

    private static IEnumerable<string> QueryStream(CliArguments args, QueryOptions options, TextWriter output)
    {
        var timeout = options.Timeout!.Value.TotalMilliseconds;
        if (args.Get("replay") is { } replayFile)
        {
            var replayed = ReadReplayFile(replayFile);
            output.WriteLine($"fuzz: replaying {replayed.Count} queries from {replayFile}, timeout {timeout} ms");
            return replayed;
        }
        var corpus = SeedCorpus.Load(CorpusFolders(args));
        var seed = args.GetInt("seed", 1);
        output.WriteLine($"fuzz: seed {seed}, {corpus.Count} seed queries, timeout {timeout} ms");
        return FuzzQueries.Generate(seed, args.GetInt("count", 10_000), corpus);
    }

    private static IReadOnlyList<string> ReadReplayFile(string path)
    {
        try
        {
            return LateQueryFile.ReadQueries(path);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--replay: {ex.Message}");
        }
    }

    /// <summary>--corpus DIR,DIR, else cypher/ of the checkout and the openCypher TCK beside it, when found.</summary>
    private static IEnumerable<string> CorpusFolders(CliArguments args)
    {
        if (args.Get("corpus") is { } folders) return folders.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(args.SeedsDirectory).TrimEnd(Path.DirectorySeparatorChar)))!;
        return [Path.Combine(root, "cypher"), Path.Combine(root, "..", "shared", "tck", "features")];
    }
}
