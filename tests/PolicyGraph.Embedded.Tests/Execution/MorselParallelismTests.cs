using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Label scans, prefilters and counting walks split into morsels across threads must answer exactly as one thread
/// does: rows and their order. Each query runs on one random graph (several labels per node, missing and mixed
/// values, self-loops, parallel relationships, deleted nodes and relationships) with one worker and with four
/// workers and tiny morsels, once the property columns the fast paths read are built; the budget's count of split
/// runs shows which path ran.
/// </summary>
public sealed class MorselParallelismTests
{
    internal static readonly QueryOptions OneWorker = new(Workers: 1);
    internal static readonly QueryOptions FourWorkers = new(Workers: 4);

    /// <summary>Each query, and whether it is meant to split with four workers (a one-hop count, a count by code, a CONTAINS prefilter).</summary>
    public static TheoryData<string, bool> Queries => new()
    {
        { "MATCH (a:A)-[:R]->(m:M) RETURN a.name AS x, count(m) AS n ORDER BY n DESC, x LIMIT 5", true },
        { "MATCH (a:A)-[:R]->(m:M) RETURN a.name AS x, count(m) AS n", true },
        { "MATCH (a:A)-[:R]->(m:M) RETURN a, count(*) AS n", true },
        { "MATCH (a:A)<-[:R]-(m:M) RETURN a.name AS x, count(*) AS n", true },
        { "MATCH (a:A)-[:R]-(m:M) RETURN a.name AS x, count(m) AS n", true },
        { "MATCH (a:A:M)-[:R|S]->(m) RETURN a.name AS x, count(m) AS n", true },
        { "MATCH (a:A)-->(m:A:M) RETURN a.mix AS x, count(*) AS n", true },
        { "MATCH (m:M)<-[:S]-(a) RETURN m.name AS x, count(a) AS n", true },
        { "MATCH (i:M) RETURN i.name AS x, count(*) AS n", true },
        { "MATCH (i:A:M) RETURN i.mix AS x, count(*) AS n", true },
        { "MATCH (i:A) RETURN i.mix AS x, count(*) AS n ORDER BY n DESC, x", true },
        { "MATCH (m:M) WHERE m.text CONTAINS '7' RETURN m.i AS i ORDER BY i", true },
        { "MATCH (m:M) WHERE m.text CONTAINS '1' AND m.i % 2 = 0 RETURN m.i AS i, m.name AS name", true },
        { "MATCH (m:A) WHERE m.text CONTAINS '' RETURN m.i AS i ORDER BY i DESC", true },
        // A hop read beyond labels and types: the walk stays on one thread, whatever the workers.
        { "MATCH (a:A)-[r:R]->(m:M) WHERE m.i > 10 RETURN a.name AS x, count(r) AS n", false },
        // The walk starts at the rarest end, a label no node has: nothing to split.
        { "MATCH (a:A)-[:R]->(m:Nobody) RETURN count(m) AS n", false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Morsels_on_several_threads_answer_like_one_thread(string query, bool splits)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            await using var backend = await RandomGraph(seed);
            backend.MorselSize = 3;
            var (serial, serialSplits) = await RunAsync(backend, query, OneWorker);
            var (parallel, parallelSplits) = await RunAsync(backend, query, FourWorkers);

            Assert.NotEmpty(serial);
            Assert.Equal(serial, parallel);
            Assert.Equal(0, serialSplits);
            if (splits) Assert.True(parallelSplits > 0, "the query did not split");
            else Assert.Equal(0, parallelSplits);
        }
    }

    [Fact]
    public async Task The_random_graph_has_the_columns_the_split_paths_read()
    {
        await using var backend = await RandomGraph(1);
        var columns = backend.CurrentSnapshot.NodeColumns;

        Assert.NotNull(columns.BuiltColumn("text"));
        Assert.NotNull(columns.BuiltEncoded("name"));
        var mixed = columns.BuiltEncoded("mix");
        Assert.NotNull(mixed);
        Assert.Equal(3, mixed.Values.Select(value => value.GetType()).Distinct().Count());
    }

    [Fact]
    public async Task A_read_in_a_transaction_with_uncommitted_writes_stays_on_one_thread_and_sees_them()
    {
        const string count = "MATCH (a:A)-[:R]->(m:M) RETURN count(*) AS n";
        await using var backend = await RandomGraph(3);
        backend.MorselSize = 3;
        var (before, splitsBefore) = await RunAsync(backend, count, FourWorkers);
        Assert.True(splitsBefore > 0, "the read alone did not split");

        var (after, splits) = await RunAsync(backend,
            "CREATE (:A {name: 'new'})-[:R]->(:M {name: 'n2'}), (:A {name: 'new'})-[:R]->(:M {name: 'n3'}) " +
            "WITH count(*) AS created MATCH (a:A)-[:R]->(m:M) RETURN count(*) AS n", FourWorkers);

        Assert.Equal(0, splits);
        Assert.Equal($"Int64:{long.Parse(before.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) + 2}", after);
    }

    [Fact]
    public async Task The_prefilter_tests_only_the_anchor_labels_candidates_past_those_tested_one_by_one()
    {
        await using var backend = await RandomGraph(1);
        await backend.RunAsync("MATCH (x:M) WHERE x.i % 10 = 0 SET x:Few");
        await BuildColumnsAsync(backend);
        Assert.NotNull(backend.CurrentSnapshot.NodeColumns.BuiltColumn("text"));
        backend.MorselSize = 3;
        var labelled = (long)(await backend.RunAsync("MATCH (m:Few) RETURN count(m)")).Rows[0][0]!;
        var all = (long)(await backend.RunAsync("MATCH (m) RETURN count(m)")).Rows[0][0]!;
        QueryBudget? budget = null;
        backend.BudgetObserver = made => budget = made;

        await backend.RunAsync("MATCH (m:Few) WHERE m.text CONTAINS '7' RETURN m.i AS i", options: FourWorkers);

        Assert.Equal(1, budget!.SplitRuns);
        Assert.InRange(budget.SplitItems, 1, labelled - backend.MorselSize);
        Assert.True(labelled < all / 2, "the label is not a small part of the graph");
    }

    [Fact]
    public void Worker_count_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryOptions(Workers: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OneWorker with { Workers = -1 });
    }

    /// <summary>A query's rendered rows and how many split runs its budget counted.</summary>
    internal static async Task<(string Rows, int Splits)> RunAsync(EmbeddedGraphBackend backend, string query, QueryOptions options)
    {
        QueryBudget? budget = null;
        backend.BudgetObserver = made => budget = made;
        var rows = Render(await backend.RunAsync(query, options: options));
        return (rows, budget!.SplitRuns);
    }

    /// <summary>
    /// Nodes with labels A, M or both (and N on all, indexed by i), names from a few values or missing, values of
    /// several kinds, texts; R and S relationships with self-loops and parallels; then some of each deleted. The
    /// columns of name, mix and text are built by reading them past the engine's threshold.
    /// </summary>
    internal static async Task<EmbeddedGraphBackend> RandomGraph(int seed)
    {
        const int count = 1500;
        var random = new Random(seed);
        var backend = new EmbeddedGraphBackend();
        await backend.RunAsync("CREATE INDEX n_i IF NOT EXISTS FOR (n:N) ON (n.i)");
        object?[] names = ["x", "y", "z", "w", null];
        // Mixed kinds the column can still encode (strings, integers, booleans), so counts by code read it.
        object?[] mixed = [1L, "1", true, null, 2L, "x", false];
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
        await BuildColumnsAsync(backend);
        return backend;
    }

    /// <summary>Reads name, mix and text of every node past the engine's threshold for building their columns.</summary>
    private static async Task BuildColumnsAsync(EmbeddedGraphBackend backend)
    {
        for (var run = 0; run < 8; run++)
            await backend.RunAsync("MATCH (x:N) WITH x RETURN count(x.name) AS a, count(x.mix) AS b, count(x.text) AS c");
    }

    internal static string Render(QueryResult result) =>
        string.Join("\n", result.Rows.Select(row => string.Join(" | ", row.Select(value => value switch
        {
            null => "null",
            IEnumerable<object?> list when value is not string => "[" + string.Join(", ", list) + "]",
            _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
        }))));
}
