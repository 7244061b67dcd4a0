using PolicyGraph.Embedded;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary><c>bench-store --open-only --dir DIR</c>: opens an existing store and prints its start-up figures.</summary>
public sealed class BenchStoreCommandTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "pg-benchstore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task Opening_a_checkpointed_store_prints_its_size_memory_and_the_phases_of_opening()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_store))
        {
            await graph.RunAsync("CREATE (:A {id: 'a'})-[:R]->(:B {id: 'b'})<-[:R]-(:A {id: 'c'})");
            graph.Checkpoint();
        }

        var (exit, output, _) = await SeedFolder.RunCli("bench-store", "--open-only", "--full-scan", "--dir", _store);

        Assert.Equal(0, exit);
        Assert.Contains("opened in a fresh process: 3 nodes, 2 relationships", output);
        Assert.Contains("map the snapshot file:", output);
        Assert.Contains("build label and type indexes:", output);
        Assert.Contains("resident memory", output);
        Assert.Contains("then reading every record's properties", output);
    }

    [Fact]
    public async Task Building_into_a_directory_that_is_not_empty_is_refused()
    {
        Directory.CreateDirectory(_store);
        await File.WriteAllTextAsync(Path.Combine(_store, "something"), "x");

        var (exit, _, error) = await SeedFolder.RunCli("bench-store", "--nodes", "100", "--dir", _store);

        Assert.NotEqual(0, exit);
        Assert.Contains("not empty", error);
    }
}
