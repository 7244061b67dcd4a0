namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A name holding the separator character once used to key name sets keeps its own set, in memory and on disk.</summary>
public sealed class NameSetKeyTests : IDisposable
{
    private const string Joined = "a\u0001b";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Labels_and_property_keys_that_look_alike_when_joined_stay_apart_in_memory_and_after_a_reopen()
    {
        var parameters = new Dictionary<string, object?> { ["joined"] = Joined, ["parts"] = new[] { "a", "b" } };
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (n:$($joined) {id: 1}) SET n[$joined] = 1", parameters);
            await graph.RunAsync("CREATE (n:$($parts) {id: 2}) SET n[$parts[0]] = 2, n[$parts[1]] = 3", parameters);
            await AssertApartAsync(graph, parameters);
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(0, reopened.OpenReport!.ReplayedCommits);
        await AssertApartAsync(reopened, parameters);
    }

    private static async Task AssertApartAsync(EmbeddedGraphBackend graph, Dictionary<string, object?> parameters)
    {
        var rows = (await graph.RunAsync("MATCH (n) RETURN n.id AS id, labels(n) AS labels, keys(n) AS keys ORDER BY id", parameters)).Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal([Joined], ((IEnumerable<object?>)rows[0][1]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b"], ((IEnumerable<object?>)rows[1][1]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal([Joined, "id"], ((IEnumerable<object?>)rows[0][2]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "id"], ((IEnumerable<object?>)rows[1][2]!).Cast<string>().Order(StringComparer.Ordinal));
    }
}
