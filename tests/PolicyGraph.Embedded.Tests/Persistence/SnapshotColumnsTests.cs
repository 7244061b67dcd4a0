using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>The column layout of snapshot files: records made lazily from it read back exactly what was written.</summary>
public sealed class SnapshotColumnsTests : IDisposable
{
    // More than two chunks of records (1,024 ids each), so reads cross chunks that are built on demand.
    private const int Nodes = 2_600;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_graph_over_several_chunks_with_deleted_ids_reads_back_the_same_from_a_snapshot()
    {
        string before;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await WriteChainAsync(graph);
            before = await StoreDirectoryTests.DumpAsync(graph);
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(0, reopened.OpenReport!.ReplayedCommits);
        var counts = await reopened.RunAsync("MATCH (n) RETURN count(n) AS nodes");
        Assert.Equal(Nodes - Nodes / 7 - 1, Convert.ToInt64(counts.Rows[0][0]));
        Assert.Equal(before, await StoreDirectoryTests.DumpAsync(reopened));
        var degree = await reopened.RunAsync("MATCH (:Step {n: 800})-[r]-(m) RETURN m.n AS n, type(r) AS t ORDER BY n");
        Assert.Equal([799L, 801L], degree.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task After_opening_from_a_snapshot_indexes_answer_constraints_hold_and_writes_reach_unread_records()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE CONSTRAINT step_n FOR (s:Step) REQUIRE s.n IS UNIQUE");
            await WriteChainAsync(graph);
            graph.Checkpoint();
        }
        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
        {
            var byId = await reopened.RunAsync("MATCH (s {id: 'step-2500'}) RETURN s.n AS n");
            Assert.Equal([2500L], byId.Rows.Select(r => r[0]));
            var duplicate = await Assert.ThrowsAsync<CypherException>(() => reopened.RunAsync("CREATE (:Step {n: 2501})"));
            Assert.Contains("step_n", duplicate.Message);
            await reopened.RunAsync("MATCH (a:Step {n: 2591}), (b:Step {n: 3}) SET a.note = 'far' CREATE (a)-[:LOOP {w: 1.5}]->(b)");
        }
        await using var again = EmbeddedGraphBackend.Open(_directory.Path);
        var loop = await again.RunAsync("MATCH (a:Step)-[l:LOOP]->(b) RETURN a.note AS note, l.w AS w, b.n AS b, size([(a)-->() | 1]) AS out");
        Assert.Equal(["far", 1.5, 3L, 2L], loop.Rows.Single());
    }

    [Fact]
    public async Task A_snapshot_written_in_format_version_1_is_refused_naming_the_file_and_both_versions()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:Doc {key: 'a'})");
            graph.Checkpoint();
        }
        var snapshot = Directory.GetFiles(_directory.Path, "snapshot-*.pgs").Single();
        var bytes = await File.ReadAllBytesAsync(snapshot);
        BitConverter.GetBytes(1).CopyTo(bytes, 8);
        await File.WriteAllBytesAsync(snapshot, bytes);

        var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));
        Assert.Equal(StoreErrorCode.FormatVersion, refused.Code);
        Assert.Contains(Path.GetFileName(snapshot), refused.Message);
        Assert.Contains("version 1;", refused.Message);
        Assert.Contains($"version {StoreFormat.Version} only", refused.Message);
    }

    /// <summary>A chain of steps with every value kind, every 7th step deleted, and one deleted relationship-only node.</summary>
    private static async Task WriteChainAsync(EmbeddedGraphBackend graph)
    {
        await graph.RunAsync($$"""
            UNWIND range(1, {{Nodes - 1}}) AS i
            CREATE (:Step {id: 'step-' + i, n: i, half: i / 2.0, even: i % 2 = 0, tags: ['t' + (i % 5)], on: date('2024-01-01') + duration({days: i})})
            """);
        await graph.RunAsync("MATCH (a:Step), (b:Step) WHERE b.n = a.n + 1 CREATE (a)-[:NEXT {gap: b.n - a.n}]->(b)");
        await graph.RunAsync("CREATE (:Loose)");
        await graph.RunAsync("MATCH (s:Step) WHERE s.n % 7 = 0 DETACH DELETE s");
        await graph.RunAsync("MATCH (l:Loose) DELETE l");
    }
}
