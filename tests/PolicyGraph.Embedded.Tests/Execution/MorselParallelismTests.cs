using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Label scans, prefilters and counting walks split into morsels across threads must answer exactly as one thread
/// does: rows and their order. Each query runs on one random graph (several labels per node, missing and mixed
/// values, self-loops, parallel relationships, deleted nodes and relationships) with one worker and with four
/// workers and tiny morsels, once the property columns the fast paths read are built.
/// </summary>
public sealed class MorselParallelismTests
{
    public static TheoryData<string> Queries => new()
    {
        "MATCH (a:A)-[:R]->(m:M) RETURN a.name AS x, count(m) AS n ORDER BY n DESC, x LIMIT 5",
        "MATCH (a:A)-[:R]->(m:M) RETURN a.name AS x, count(m) AS n",
        "MATCH (a:A)-[:R]->(m:M) RETURN a, count(*) AS n",
        "MATCH (a:A)<-[:R]-(m:M) RETURN a.name AS x, count(*) AS n",
        "MATCH (a:A)-[:R]-(m:M) RETURN a.name AS x, count(m) AS n",
        "MATCH (a:A:M)-[:R|S]->(m) RETURN a.name AS x, count(m) AS n",
        "MATCH (a:A)-->(m:A:M) RETURN a.mix AS x, count(*) AS n",
        "MATCH (m:M)<-[:S]-(a) RETURN m.name AS x, count(a) AS n",
        "MATCH (a:A)-[:R]->(m:Nobody) RETURN count(m) AS n",
        "MATCH (a:A)-[:R]->(m:M) RETURN count(*) AS n",
        "MATCH (i:M) RETURN i.name AS x, count(*) AS n",
        "MATCH (i:A:M) RETURN i.mix AS x, count(*) AS n",
        "MATCH (i:A) RETURN i.name AS x, count(DISTINCT i.name) AS d, count(*) AS n",
        "MATCH (m:M) WHERE m.text CONTAINS '7' RETURN m.i AS i ORDER BY i",
        "MATCH (m:M) WHERE m.text CONTAINS '1' AND m.i % 2 = 0 RETURN m.i AS i, m.name AS name",
        "MATCH (m:A) WHERE m.text CONTAINS '' RETURN count(*) AS n",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Morsels_on_several_threads_answer_like_one_thread(string query)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            await using var backend = await RandomGraph(seed);
            backend.QueryWorkers = 1;
            var serial = Render(await backend.RunAsync(query));
            backend.QueryWorkers = 4;
            backend.MorselSize = 3;
            var parallel = Render(await backend.RunAsync(query));

            Assert.NotEmpty(serial);
            Assert.Equal(serial, parallel);
        }
    }

    [Fact]
    public async Task A_query_that_writes_before_it_counts_answers_like_one_thread()
    {
        const string query = "CREATE (x:A {name: 'new'})-[:R]->(:M {name: 'n2'}) WITH count(*) AS created " +
            "MATCH (a:A)-[:R]->(m:M) RETURN a.name AS x, count(m) AS n";
        await using var serialBackend = await RandomGraph(3);
        serialBackend.QueryWorkers = 1;
        await using var parallelBackend = await RandomGraph(3);
        parallelBackend.QueryWorkers = 4;
        parallelBackend.MorselSize = 3;

        Assert.Equal(Render(await serialBackend.RunAsync(query)), Render(await parallelBackend.RunAsync(query)));
    }

    [Fact]
    public void Worker_count_below_one_is_refused()
    {
        var backend = new EmbeddedGraphBackend();

        Assert.Throws<ArgumentOutOfRangeException>(() => backend.QueryWorkers = 0);
    }

    /// <summary>
    /// Nodes with labels A, M or both (and N on all, indexed by i), names from a few values or missing, values of
    /// several kinds, texts; R and S relationships with self-loops and parallels; then some of each deleted. The
    /// columns of name, mix and text are built by reading them past the engine's threshold.
    /// </summary>
    private static async Task<EmbeddedGraphBackend> RandomGraph(int seed)
    {
        const int count = 1500;
        var random = new Random(seed);
        var backend = new EmbeddedGraphBackend();
        await backend.RunAsync("CREATE INDEX n_i IF NOT EXISTS FOR (n:N) ON (n.i)");
        object?[] names = ["x", "y", "z", "w", null];
        object?[] mixed = [1L, 1.0, "1", true, null, 2.5];
        foreach (var label in new[] { "A", "M", "A:M" })
        {
            var nodes = Enumerable.Range(0, count).Where(i => i % 3 == Array.IndexOf(["A", "M", "A:M"], label))
                .Select(i => (object?)new Dictionary<string, object?>
                {
                    ["i"] = (long)i,
                    ["name"] = names[random.Next(names.Length)],
                    ["mix"] = mixed[random.Next(mixed.Length)],
                    ["text"] = random.Next(6) == 0 ? null : $"text {random.Next(1000)}",
                }).ToList();
            await backend.RunAsync($"UNWIND $nodes AS n CREATE (x:N:{label}) SET x = n", new Dictionary<string, object?> { ["nodes"] = nodes });
        }
        var relationships = Enumerable.Range(0, 4 * count).Select(_ =>
        {
            var from = random.Next(count);
            return (object?)new Dictionary<string, object?>
            {
                ["from"] = (long)from,
                ["to"] = (long)(random.Next(8) == 0 ? from : random.Next(count)),
                ["s"] = random.Next(3) == 0,
            };
        }).ToList();
        await backend.RunAsync(
            "UNWIND $rels AS r MATCH (a:N {i: r.from}), (b:N {i: r.to}) FOREACH (_ IN CASE WHEN r.s THEN [1] ELSE [] END | CREATE (a)-[:S]->(b)) " +
            "FOREACH (_ IN CASE WHEN r.s THEN [] ELSE [1] END | CREATE (a)-[:R]->(b))",
            new Dictionary<string, object?> { ["rels"] = relationships });
        await backend.RunAsync("MATCH (x:N) WHERE x.i % 17 = 5 DETACH DELETE x");
        await backend.RunAsync("MATCH ()-[r:R]->() WHERE id(r) % 11 = 0 DELETE r");
        for (var run = 0; run < 8; run++)
            await backend.RunAsync("MATCH (x:N) WITH x RETURN count(x.name) AS a, count(x.mix) AS b, count(x.text) AS c");
        return backend;
    }

    private static string Render(QueryResult result) =>
        string.Join("\n", result.Rows.Select(row => string.Join(" | ", row.Select(value => value switch
        {
            null => "null",
            IEnumerable<object?> list when value is not string => "[" + string.Join(", ", list) + "]",
            _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
        }))));
}
