using System.CommandLine;
using PolicyGraph.Benchmarks.Synthetic;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>generate --nodes N --out DIR [--seed S]</c>: a synthetic policy-like graph as neo4j-admin CSV.</summary>
public sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";

    public string Summary => "Write a synthetic policy-like graph as neo4j-admin CSV.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        CliOptions.Number("--nodes", "N", $"Number of nodes (at least {SyntheticGraphGenerator.MinimumNodes})."),
        CliOptions.RequiredText("--out", "DIR", "Folder to write the CSV files to."),
        CliOptions.Number("--seed", "S", "Random seed; the same seed gives the same graph.", defaultValue: 42),
    ];

    public Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var nodes = args.GetInt("nodes", 0);
        if (nodes < SyntheticGraphGenerator.MinimumNodes)
            throw new CliUsageException($"--nodes must be at least {SyntheticGraphGenerator.MinimumNodes}.");
        var directory = args.Require("out");
        var seed = args.GetInt("seed");
        var graph = SyntheticGraphGenerator.Generate(nodes, seed);
        var files = CsvGraphWriter.Write(graph, directory);
        output.WriteLine($"wrote {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships (seed {seed}) to {directory}:");
        foreach (var file in files) output.WriteLine($"  {Path.GetFileName(file)}");
        return Task.FromResult(0);
    }
}
