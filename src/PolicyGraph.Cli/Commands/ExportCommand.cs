using System.CommandLine;
using PolicyGraph.Export;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>export --format json|graphml|csv|cypher --out PATH [--seeds DIR]</c>: loads the documents and writes the graph.</summary>
public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public string Summary => "Load the documents and write the graph to a file (CSV: a folder).";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.RequiredText("--format", "json|graphml|csv|cypher", "Export format (any case; cql is cypher)."),
        CliOptions.RequiredText("--out", "PATH", "File to write, or the folder for csv."),
        CliOptions.Seeds(),
        CliOptions.Reference(),
    ];

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var format = ParseFormat(args.Require("format"));
        var outPath = args.Require("out");
        var result = IngestRunner.Load(args, error);
        GraphExporters.Export(result.Graph, format, outPath);
        output.WriteLine($"wrote {result.Graph.Nodes.Count} nodes and {result.Graph.Relationships.Count} relationships as {format} to {outPath}");
        return Task.FromResult(result.Documents.Any(d => d.Loaded) ? 0 : 1);
    }

    private static ExportFormat ParseFormat(string name)
    {
        try
        {
            return ExportFormats.Parse(name);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }
    }
}
