namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_running_beside_writers_always_see_whole_commits()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.RunAsync("CREATE (:Counter {n: 0})");

        // Every write adds a pair of nodes in one query; a reader must never see an odd count.
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++) await backend.RunAsync("CREATE (:Pair), (:Pair)");
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var counts = new List<long>();
            for (var i = 0; i < 50; i++)
            {
                var result = await backend.RunAsync("MATCH (p:Pair) RETURN count(p)");
                counts.Add((long)result.Rows[0][0]!);
            }
            return counts;
        })).ToList();

        await Task.WhenAll(writers);
        var seen = (await Task.WhenAll(readers)).SelectMany(c => c).ToList();

        Assert.All(seen, count => Assert.Equal(0, count % 2));
        var final = await backend.RunAsync("MATCH (p:Pair) RETURN count(p)");
        Assert.Equal(200L, final.Rows[0][0]);
    }
}
