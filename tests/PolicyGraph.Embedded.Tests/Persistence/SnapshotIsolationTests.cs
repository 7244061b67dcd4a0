using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

public sealed class SnapshotIsolationTests : IDisposable
{
    private const int ItemsPerDocument = 25;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_reader_following_a_load_sees_each_document_whole_or_not_at_all()
    {
        await using var writer = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Writer with { CheckpointBytes = 16 << 10 });
        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader with { PollInterval = null });
        var loading = Task.Run(async () =>
        {
            for (var doc = 0; doc < 40; doc++)
            {
                await writer.RunAsync(
                    "CREATE (d:Document {n: $n}) WITH d UNWIND range(1, $items) AS i CREATE (d)-[:CONTAINS]->(:Measure {seq: i})",
                    new Dictionary<string, object?> { ["n"] = doc, ["items"] = ItemsPerDocument });
            }
        });
        var observations = 0;
        while (!loading.IsCompleted || observations == 0)
        {
            reader.Refresh();
            var counts = await reader.RunAsync(
                "MATCH (d:Document) OPTIONAL MATCH (d)-[:CONTAINS]->(m) RETURN d.n AS doc, count(m) AS items");
            Assert.All(counts.Rows, row => Assert.Equal((long)ItemsPerDocument, row[1]));
            var orphans = await reader.RunAsync("MATCH (m:Measure) WHERE NOT ()-[:CONTAINS]->(m) RETURN count(m)");
            Assert.Equal(0L, orphans.Rows[0][0]);
            observations++;
        }
        await loading;
        reader.Refresh();
        Assert.Equal(40 * (ItemsPerDocument + 1), reader.CurrentSnapshot.NodeCount);
    }
}
