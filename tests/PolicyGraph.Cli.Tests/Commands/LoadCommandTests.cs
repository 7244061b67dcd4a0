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
        // The verb reads NEO4J_URI from the process; unset it here so the case is tested whatever the machine has.
        var previous = Environment.GetEnvironmentVariable("NEO4J_URI");
        Environment.SetEnvironmentVariable("NEO4J_URI", null);
        (int exit, string output, string error) result;
        try { result = await SeedFolder.Run(new LoadCommand(), "--target", "neo4j"); }
        finally { Environment.SetEnvironmentVariable("NEO4J_URI", previous); }
        var (exit, output, error) = result;

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
