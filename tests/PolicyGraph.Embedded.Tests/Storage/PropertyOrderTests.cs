using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>Properties keep the order they were first set in (as Neo4j returns keys(n)); stored lists hold one element type.</summary>
public sealed class PropertyOrderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Keys_and_properties_come_in_the_order_the_properties_were_first_set()
    {
        await using var graph = new EmbeddedGraphBackend();
        await graph.RunAsync("CREATE (:T {z: 1, a: 2, m: 3})-[:R {y: 1, b: 2}]->(:T)");
        Assert.Equal(["z", "a", "m"], await KeysAsync(graph, "MATCH (n:T {z: 1}) RETURN keys(n)"));
        Assert.Equal(["y", "b"], await KeysAsync(graph, "MATCH ()-[r:R]->() RETURN keys(r)"));
        Assert.Equal(["z", "a", "m"], await KeysAsync(graph, "MATCH (n:T {z: 1}) RETURN [k IN keys(properties(n)) | k]"));

        await graph.RunAsync("MATCH (n:T {z: 1}) SET n.b = 4, n.z = 10");
        Assert.Equal(["z", "a", "m", "b"], await KeysAsync(graph, "MATCH (n:T {z: 10}) RETURN keys(n)"));
        await graph.RunAsync("MATCH (n:T {z: 10}) REMOVE n.a");
        await graph.RunAsync("MATCH (n:T {z: 10}) SET n.a = 5");
        Assert.Equal(["z", "m", "b", "a"], await KeysAsync(graph, "MATCH (n:T {z: 10}) RETURN keys(n)"));
    }

    [Fact]
    public async Task A_node_with_many_properties_finds_each_by_name_in_any_order()
    {
        await using var graph = new EmbeddedGraphBackend();
        var keys = Enumerable.Range(0, 12).Select(i => "k" + (11 - i)).ToArray();
        await graph.RunAsync("CREATE (:Wide {" + string.Join(", ", keys.Select((k, i) => $"{k}: {i}")) + "})");
        var values = await graph.RunAsync("MATCH (w:Wide) RETURN " + string.Join(", ", keys.Select(k => $"w.{k}")));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (object)(long)i), values.Rows.Single());
        Assert.Equal(keys, await KeysAsync(graph, "MATCH (w:Wide) RETURN keys(w)"));
        Assert.Single((await graph.RunAsync("MATCH (w:Wide {k0: 11}) RETURN w")).Rows);
    }

    [Fact]
    public async Task The_order_survives_a_reopen_from_the_log_and_from_a_snapshot()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:T {z: 1, a: 2})");
            await graph.RunAsync("MATCH (n:T) REMOVE n.z");
            await graph.RunAsync("MATCH (n:T) SET n.z = 3, n.c = 4");
        }
        await using (var fromLog = EmbeddedGraphBackend.Open(_directory.Path))
        {
            Assert.Equal(["a", "z", "c"], await KeysAsync(fromLog, "MATCH (n:T) RETURN keys(n)"));
            fromLog.Checkpoint();
        }
        await using var fromSnapshot = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(["a", "z", "c"], await KeysAsync(fromSnapshot, "MATCH (n:T) RETURN keys(n)"));
    }

    [Theory]
    [InlineData("[1, 'a']", "INTEGER", "STRING")]
    [InlineData("[1, 2.5]", "INTEGER", "FLOAT")]
    [InlineData("['x', true]", "STRING", "BOOLEAN")]
    [InlineData("[date('2024-01-01'), datetime('2024-01-01T00:00Z')]", "DATE", "ZONED DATETIME")]
    public async Task A_list_of_mixed_types_is_refused_and_nothing_is_written(string list, string first, string other)
    {
        await using var graph = new EmbeddedGraphBackend();
        await graph.RunAsync("CREATE (:T {xs: [1, 2]})");
        var refused = await Assert.ThrowsAsync<CypherException>(() => graph.RunAsync($"MATCH (n:T) SET n.xs = {list}"));
        Assert.Equal("TypeError", refused.Category);
        Assert.Contains("'xs'", refused.Message);
        Assert.Contains($"mixing {first} and {other}", refused.Message);
        await Assert.ThrowsAsync<CypherException>(() => graph.RunAsync($"CREATE (:U {{xs: {list}}})"));
        var kept = await graph.RunAsync("MATCH (n) RETURN n.xs AS xs");
        Assert.Equal([1L, 2L], Assert.IsAssignableFrom<IEnumerable<object>>(kept.Rows.Single()[0]));
    }

    [Theory]
    [InlineData("[1, null]")]
    [InlineData("[[1], [2]]")]
    public async Task A_list_holding_null_or_lists_is_refused(string list)
    {
        await using var graph = new EmbeddedGraphBackend();
        var refused = await Assert.ThrowsAsync<CypherException>(() => graph.RunAsync($"CREATE (:T {{xs: {list}}})"));
        Assert.Equal("TypeError", refused.Category);
        Assert.Empty((await graph.RunAsync("MATCH (n) RETURN n")).Rows);
    }

    [Fact]
    public async Task Homogeneous_and_empty_lists_are_stored()
    {
        await using var graph = new EmbeddedGraphBackend();
        await graph.RunAsync("CREATE (:T {a: [], b: [1.5, 2.0], c: ['x', 'y'], d: [date('2024-01-01')]})");
        var row = (await graph.RunAsync("MATCH (n:T) RETURN size(n.a), n.b[1], n.c[0], n.d[0].year")).Rows.Single();
        Assert.Equal([0L, 2.0, "x", 2024L], row);
    }

    private static async Task<string[]> KeysAsync(EmbeddedGraphBackend graph, string query) =>
        Assert.IsAssignableFrom<IEnumerable<object>>((await graph.RunAsync(query)).Rows.Single()[0]).Cast<string>().ToArray();
}
