using System.CommandLine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>query "MATCH … RETURN …" [--params JSON] [--format table|json] [--write] [--seeds DIR]</c>: runs Cypher on the
/// graph extracted from the documents. Read-only unless --write (writes only touch this process's in-memory copy).
/// </summary>
public sealed class QueryCommand : ICliCommand
{
    public string Name => "query";

    public string Summary => "Run a Cypher query on the graph extracted from the documents (read-only unless --write).";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        new Argument<string>("query") { Description = "The Cypher query, e.g. \"MATCH (a:Agency) RETURN a.name\"." },
        CliOptions.Text("--params", "JSON", "Query parameters as a JSON object, e.g. '{\"batch\": 19}'."),
        CliOptions.OneOf("--format", "Print the result as an aligned table or as JSON.", required: false, "table", "json"),
        CliOptions.Switch("--write", "Allow updates (they change this process's in-memory copy only)."),
        CliOptions.Number("--timeout", "SECONDS", "Stop the query after this many seconds.", defaultValue: 30),
        CliOptions.Number("--max-rows", "N", "Return at most this many rows.", defaultValue: 100_000),
        CliOptions.Seeds(),
        CliOptions.Reference(),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count != 1) throw new CliUsageException("give the query as one argument, e.g. query \"MATCH (a:Agency) RETURN a.name\".");
        var format = args.Get("format", "table");
        if (format is not ("table" or "json")) throw new CliUsageException($"--format is table or json, not '{format}'.");
        var parameters = ParseParameters(args.Get("params"));
        var options = new QueryOptions(
            ReadOnly: !args.Has("write"),
            Timeout: TimeSpan.FromSeconds(args.GetInt("timeout")),
            MaxRows: args.GetInt("max-rows"));

        // Progress lines would be noise beside JSON meant for another program.
        var ingest = IngestRunner.Load(args, error, quiet: format == "json");
        await using var backend = new EmbeddedGraphBackend();
        await backend.ApplySchemaAsync(cancellationToken);
        await backend.ImportAsync(ingest.Graph, cancellationToken);
        try
        {
            var result = await backend.RunAsync(args.Positionals[0], parameters, options, cancellationToken);
            if (format == "json") ResultWriters.WriteJson(output, result);
            else ResultWriters.WriteTable(output, result);
            return 0;
        }
        catch (CypherException ex)
        {
            error.WriteLine($"query: {ex.Category}.{ex.Detail}{(ex.Line is null ? "" : $" at {ex.Position}")}: {ex.Message}");
            return 1;
        }
    }

    private static IReadOnlyDictionary<string, object?>? ParseParameters(string? json)
    {
        if (json is null) return null;
        try
        {
            return JObject.Parse(json).Properties().ToDictionary(p => p.Name, p => JsonValues.ToPlain(p.Value));
        }
        catch (JsonReaderException ex)
        {
            throw new CliUsageException($"--params is not a JSON object: {ex.Message}");
        }
    }
}
