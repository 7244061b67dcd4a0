using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A freshly opened store builds record blocks, entity boxes and the property index on first read; readers racing to do so all see the full graph.</summary>
public sealed class ParallelFirstReadTests : IDisposable
{
    private const int Readers = 8;
    private const int LookupStep = 97;
    private static readonly int Nodes = ChunkedArray<string>.ChunkSize * 3 + 17;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Readers_starting_together_on_a_fresh_open_all_see_every_node_relationship_and_index_entry()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE INDEX doc_key FOR (d:Doc) ON (d.key)");
            await graph.RunAsync("UNWIND range(0, $last) AS i CREATE (:Doc {key: 'k' + i, n: i})", new Dictionary<string, object?> { ["last"] = Nodes - 1 });
            await graph.RunAsync("MATCH (a:Doc) MATCH (b:Doc {key: 'k' + (a.n + 1)}) CREATE (a)-[:NEXT {w: a.n}]->(b)");
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(0, reopened.OpenReport!.ReplayedCommits);
        using var start = new Barrier(Readers);
        var readers = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await ReadEverythingAsync(reopened, reader);
        }));
        var seen = await Task.WhenAll(readers);

        var expectedSum = (long)Nodes * (Nodes - 1) / 2;
        var expectedWeights = (long)(Nodes - 1) * (Nodes - 2) / 2;
        Assert.All(seen, s => Assert.Equal(((long)Nodes, expectedSum, (long)Nodes - 1, expectedWeights, (Nodes + LookupStep - 1) / LookupStep), s));
    }

    /// <summary>Node count and sum of n, relationship count and sum of w, and how many keys an index lookup finds (starting at a reader-specific key so first reads differ in order).</summary>
    private static async Task<(long, long, long, long, int)> ReadEverythingAsync(EmbeddedGraphBackend graph, int reader)
    {
        var nodes = (await graph.RunAsync("MATCH (d:Doc) RETURN count(d) AS c, sum(d.n) AS s")).Rows[0];
        var relationships = (await graph.RunAsync("MATCH (:Doc)-[r:NEXT]->(:Doc) RETURN count(r) AS c, sum(r.w) AS s")).Rows[0];
        var found = 0;
        for (var step = 0; step < Nodes; step += LookupStep)
        {
            var n = (step + reader * 131) % Nodes;
            var rows = (await graph.RunAsync("MATCH (d:Doc {key: $key}) RETURN d.n AS n", new Dictionary<string, object?> { ["key"] = "k" + n })).Rows;
            if (rows.Count == 1 && Equals(rows[0][0], (long)n)) found++;
        }
        return ((long)nodes[0]!, (long)nodes[1]!, (long)relationships[0]!, (long)relationships[1]!, found);
    }
}
