using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary><c>bench-kuzu --warmup N</c> is checked before anything runs, in the side-by-side as with --engine-only.</summary>
public sealed class BenchKuzuCommandTests
{
    [Theory]
    [InlineData("--graph", "graph")]
    [InlineData("--engine-only", "--store")]
    public async Task Fewer_than_one_warmup_run_is_a_usage_error(string mode, string modeValue)
    {
        string[] modeArguments = mode == "--engine-only" ? [mode, modeValue, "store", "--out", "out.json"] : [mode, modeValue];

        var (exit, _, error) = await SeedFolder.RunCli([new BenchKuzuCommand().Name, .. modeArguments, "--queries", "queries.cypher", "--warmup", "0"]);

        Assert.Equal(2, exit);
        Assert.Contains("bench-kuzu: --warmup must be 1 or more", error);
    }
}
