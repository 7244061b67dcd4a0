using PolicyGraph.Core.Querying;
using static PolicyGraph.Embedded.Tests.Execution.MorselParallelismTests;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Two-hop patterns counted from the middle node per pair of ends (<c>PatternMatcher.Pairs.cs</c>) answer as one
/// thread does (rows and their order) and as the row pipeline does (the same query with <c>WITH *</c> before the
/// aggregation, which no counting walk sees; compared as a multiset, since it walks from another anchor), on random
/// graphs with equal and missing names, values of several kinds, self-loops, parallel and deleted relationships. The
/// budget's split count shows the pair walk ran in morsels.
/// </summary>
public sealed class PairCountingTests
{
    /// <summary>MATCH … WHERE, and what follows it (RETURN …), so the row pipeline's twin can be written with WITH *.</summary>
    public static TheoryData<string, string> Queries => new()
    {
        {
            "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name",
            "RETURN a.name AS first, b.name AS second, count(m) AS shared ORDER BY shared DESC, first, second LIMIT 20"
        },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A)", "RETURN a.name AS x, b.name AS y, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE b.name >= a.name", "RETURN a.name AS x, b.name AS y, count(m) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R|S]-(b:A) WHERE a.mix < b.mix AND a.i % 2 = 0", "RETURN a.mix AS x, b.mix AS y, count(*) AS n" },
        { "MATCH (a:A)-[:R]-(m:M)-[:R]-(b:M) WHERE a.name > b.name", "RETURN id(a) AS x, id(b) AS y, count(*) AS n" },
        { "MATCH (a:A)-[:S]->(m:M)<-[:R]-(b:A:M)", "RETURN b.name AS y, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE id(a) = id(b)", "RETURN a.name AS x, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)-[:R]->(b:A)", "RETURN a.name AS x, b.mix AS y, count(DISTINCT b.i) AS n" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Pairs_counted_from_the_middle_answer_like_rows_and_like_one_thread(string match, string projection)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            await using var backend = await RandomGraph(seed);
            backend.MorselSize = 3;
            var (rows, _) = await RunAsync(backend, $"{match} WITH * {projection}", OneWorker);
            var (serial, serialSplits) = await RunAsync(backend, $"{match} {projection}", OneWorker);
            var (parallel, parallelSplits) = await RunAsync(backend, $"{match} {projection}", FourWorkers);

            Assert.NotEmpty(rows);
            // The row pipeline walks from another anchor: without ORDER BY its rows come in another order.
            Assert.Equal(Sorted(rows), Sorted(serial));
            Assert.Equal(serial, parallel);
            Assert.Equal(0, serialSplits);
            Assert.True(parallelSplits > 0, "the pair walk did not split");
        }
    }

    /// <summary>Shapes near the pair walk that it may leave to the ordinary walk: they answer as rows do all the same.</summary>
    public static TheoryData<string, string> NearQueries => new()
    {
        { "MATCH (a:A {name: 'x'})-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name <= b.name", "RETURN b.name AS y, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A:M {mix: 1})", "RETURN a.name AS x, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(a)", "RETURN a.name AS x, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name", "RETURN DISTINCT a.name AS x, b.name AS y ORDER BY x, y" },
    };

    [Theory]
    [MemberData(nameof(NearQueries))]
    public async Task Shapes_near_the_pair_walk_answer_like_rows_and_like_one_thread(string match, string projection)
    {
        await using var backend = await RandomGraph(3);
        backend.MorselSize = 3;

        var (rows, _) = await RunAsync(backend, $"{match} WITH * {projection}", OneWorker);
        var (serial, _) = await RunAsync(backend, $"{match} {projection}", OneWorker);
        var (parallel, _) = await RunAsync(backend, $"{match} {projection}", FourWorkers);

        Assert.NotEmpty(rows);
        Assert.Equal(Sorted(rows), Sorted(serial));
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public async Task Writes_not_yet_committed_in_the_query_are_seen_by_the_pair_count()
    {
        const string write = "MATCH (m:M) WITH m ORDER BY id(m) LIMIT 1 CREATE (:A {name: 'new'})-[:R]->(m) WITH count(*) AS made ";
        const string match = "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name";
        const string projection = "RETURN a.name AS x, b.name AS y, count(*) AS n";
        await using var counted = await RandomGraph(1);
        await using var walked = await RandomGraph(1);

        var (serial, _) = await RunAsync(counted, $"{write}{match} {projection}", FourWorkers);
        var (rows, _) = await RunAsync(walked, $"{write}{match} WITH * {projection}", OneWorker);

        Assert.Contains("String:new", serial, StringComparison.Ordinal);
        Assert.Equal(Sorted(rows), Sorted(serial));
    }

    [Fact]
    public async Task Strings_compared_to_numbers_are_left_to_the_where()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.RunAsync(
            "CREATE (m:M), (n:M), (:A {name: 'b'})-[:R]->(m), (:A {name: 'a'})-[:R]->(m), (:A {name: 1})-[:R]->(m), " +
            "(:A {name: 2})-[:R]->(m), (:A)-[:R]->(m), (:A {name: 'a'})-[:R]->(n), (:A {name: 'b'})-[:R]->(n)");

        var result = await backend.RunAsync(
            "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) WHERE a.name < b.name RETURN a.name AS x, b.name AS y, count(m) AS n ORDER BY n DESC, x, y");

        Assert.Equal("String:a | String:b | Int64:2\nInt64:1 | Int64:2 | Int64:1", Render(result));
    }

    [Fact]
    public async Task Input_rows_reuse_the_ends_so_a_small_budget_answers_as_the_row_pipeline_does()
    {
        await using var backend = await RandomGraph(1);
        backend.MorselSize = 3;
        const string match = "UNWIND range(1, 200) AS i MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A)";
        var budget = OneWorker with { MaxValueBytes = 256 * 1024 };

        var (rows, _) = await RunAsync(backend, $"{match} WITH * RETURN i, count(*) AS n", budget);
        var (serial, _) = await RunAsync(backend, $"{match} RETURN i, count(*) AS n", budget);
        var (parallel, splits) = await RunAsync(backend, $"{match} RETURN i, count(*) AS n", budget with { Workers = 4 });

        Assert.Equal(Sorted(rows), Sorted(serial));
        Assert.Equal(serial, parallel);
        Assert.True(splits > 0, "the pair walk did not split");
    }

    [Theory]
    [InlineData(64 * 1024, "MemoryBudgetExceeded")]
    [InlineData(64 * 1024 * 1024, null)]
    public async Task One_worker_and_four_fail_or_answer_alike_under_a_budget(long bytes, string? error)
    {
        await using var backend = await RandomGraph(2);
        backend.MorselSize = 3;
        const string query = "MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) RETURN id(a) AS x, id(b) AS y, count(*) AS n";

        var serial = await OutcomeAsync(backend, query, OneWorker with { MaxValueBytes = bytes });
        var parallel = await OutcomeAsync(backend, query, FourWorkers with { MaxValueBytes = bytes });

        Assert.Equal(serial, parallel);
        Assert.Equal(error is null, serial.Rows is not null);
        Assert.Equal(error, serial.Error);
    }

    [Theory]
    [InlineData("WHERE a.key < b.key")]
    [InlineData("WHERE b.key >= a.key")]
    public async Task A_where_decided_on_strings_alone_answers_like_rows_with_four_workers(string where)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            await using var backend = await RandomGraph(seed);
            backend.MorselSize = 3;
            await backend.RunAsync("MATCH (n:N) SET n.key = toString(n.i % 37)");
            var match = $"MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) {where}";
            const string projection = "RETURN a.key AS x, b.key AS y, count(*) AS n";

            var (rows, _) = await RunAsync(backend, $"{match} WITH * {projection}", OneWorker);
            var (parallel, splits) = await RunAsync(backend, $"{match} {projection}", FourWorkers);

            Assert.NotEmpty(rows);
            Assert.Equal(Sorted(rows), Sorted(parallel));
            Assert.True(splits > 0, "the pair walk did not split");
        }
    }

    private static async Task<(string? Rows, string? Error)> OutcomeAsync(EmbeddedGraphBackend backend, string query, QueryOptions options)
    {
        try
        {
            return ((await RunAsync(backend, query, options)).Rows, null);
        }
        catch (CypherException error)
        {
            return (null, error.Detail);
        }
    }

    private static string[] Sorted(string rows) => rows.Split('\n').Order(StringComparer.Ordinal).ToArray();
}
