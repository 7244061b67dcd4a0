using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli.Tests.Commands;

public class LoadCommandTests
{
    [Fact]
    public async Task The_summary_counts_every_label_and_separates_cited_documents()
    {
        var (exit, output, _) = await SeedFolder.Run(new LoadCommand());

        Assert.Equal(0, exit);
        Assert.Contains("documents: 5 loaded, 0 not loaded", output);
        var innovations = CountFor(output, "Innovation");
        var measures = CountFor(output, "Measure");
        Assert.Equal(48 + 20, innovations);      // both batches' items, as the documents number them
        Assert.True(measures > innovations, "every Innovation is also a Measure");
        Assert.Contains("only cited by the loaded documents", output);
        Assert.Contains("loaded into: embedded", output);
    }

    [Fact]
    public async Task Neo4j_target_without_a_server_is_a_usage_error()
    {
        var previous = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (previous is not null) return; // a configured server is exercised by the Neo4j contract suite instead
        var (exit, output, error) = await SeedFolder.Run(new LoadCommand(), "--target", "neo4j");

        Assert.Equal(CliApp.UsageErrorExitCode, exit);
        Assert.Contains("NEO4J_URI", error);
        Assert.Equal("", output);
    }

    private static int CountFor(string output, string label)
    {
        var line = output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(label + " ", StringComparison.Ordinal));
        return int.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
