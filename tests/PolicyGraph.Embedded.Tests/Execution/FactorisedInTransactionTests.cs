using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// The counting walk's fast paths (values read by type or property, last hops counted at once) inside a write
/// transaction whose own writes are not committed yet — deleted nodes and relationships, changed labels and
/// properties, new relationships — and after deletions are committed: each answer must equal the row pipeline's
/// (the same query with <c>WITH *</c> before the aggregation) in the same transaction.
/// </summary>
public sealed class FactorisedInTransactionTests
{
    public static TheoryData<string, string> Queries => new()
    {
        { "MATCH (a:A)-[r]-(n)", "RETURN type(r) AS t, count(n) AS n ORDER BY t" },
        { "MATCH (a)-[r]->(n)", "RETURN type(r) AS t, count(*) AS n" },
        { "MATCH (i:M)", "RETURN i.name AS x, count(*) AS n" },
        { "MATCH (i)", "RETURN i.mix AS x, count(*) AS n" },
        { "MATCH (a:A)-[:R]->(m:M)", "RETURN a.name AS x, count(m) AS n ORDER BY n DESC, x LIMIT 3" },
        { "MATCH (a:A)-[:R]-(m:M)", "RETURN a.name AS x, count(*) AS n ORDER BY x" },
        { "MATCH (a)-[:R]->(m)-[:S]->(z)", "RETURN a.name AS x, count(*) AS n ORDER BY x" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Uncommitted_writes_are_seen_alike_by_both_paths(string match, string @return)
    {
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            using var store = new GraphStore();
            var cache = new QueryCache();
            var procedures = new ProcedureRegistry();
            store.Write(t => Run(t, cache, procedures, FactorisedAggregationTests.RandomGraph(seed)));
            store.Write(t => Run(t, cache, procedures, "MATCH (x) WHERE x.v % 9 = 0 DETACH DELETE x"));
            var (counted, rowByRow) = store.Write(t =>
            {
                Run(t, cache, procedures, "MATCH (x) WHERE x.v % 5 = 0 DETACH DELETE x");
                Run(t, cache, procedures, "MATCH ()-[r:S]->() WHERE r.w = 0 DELETE r");
                Run(t, cache, procedures, "MATCH (x:A) WHERE x.v > 120 SET x:M, x.name = 'new', x.mix = 1 REMOVE x.v");
                Run(t, cache, procedures, "MATCH (a:A), (m:M) WHERE a.v % 7 = 1 AND m.v % 3 = 0 CREATE (a)-[:R {w: 1}]->(m)");
                Run(t, cache, procedures, "CREATE (:A:M {name: 'x', mix: '1'})-[:R]->(:M {name: 'x'})");
                return (Run(t, cache, procedures, $"{match} {@return}"), Run(t, cache, procedures, $"{match} WITH * {@return}"));
            });

            Assert.NotEmpty(rowByRow);
            Assert.Equal(rowByRow, counted);
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Committed_deletions_are_seen_alike_by_both_paths(string match, string @return)
    {
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            using var store = new GraphStore();
            var cache = new QueryCache();
            var procedures = new ProcedureRegistry();
            store.Write(t => Run(t, cache, procedures, FactorisedAggregationTests.RandomGraph(seed)));
            store.Write(t => Run(t, cache, procedures, "MATCH (x) WHERE x.v % 4 = 0 DETACH DELETE x"));
            store.Write(t => Run(t, cache, procedures, "MATCH ()-[r:R]->() WHERE r.w = 2 DELETE r"));
            store.Write(t => Run(t, cache, procedures, "MATCH (x:A:M) WHERE x.v % 3 = 0 REMOVE x:M"));
            var read = store.BeginRead();

            var rowByRow = Run(read, cache, procedures, $"{match} WITH * {@return}");

            Assert.NotEmpty(rowByRow);
            Assert.Equal(rowByRow, Run(read, cache, procedures, $"{match} {@return}"));
        }
    }

    [Theory]
    [InlineData("CASE i % 4 WHEN 0 THEN 'a' WHEN 1 THEN i % 3 WHEN 2 THEN i % 2 = 0 ELSE null END")]
    [InlineData("CASE i % 3 WHEN 0 THEN 'a' WHEN 1 THEN 1.5 ELSE null END")]
    public void Counting_by_an_encoded_column_answers_like_the_row_pipeline(string value)
    {
        using var store = new GraphStore();
        var cache = new QueryCache();
        var procedures = new ProcedureRegistry();
        store.Write(t => Run(t, cache, procedures,
            $"UNWIND range(0, 2999) AS i CREATE (n:M {{i: i, v: {value}}}) WITH n, i WHERE i % 5 <> 0 SET n:I"));
        store.Write(t => Run(t, cache, procedures, "MATCH (n:M) WHERE n.i % 7 = 3 DELETE n"));
        var read = store.BeginRead();
        const string rowByRow = "MATCH (n:M:I) WITH * RETURN n.v AS v, count(*) AS c";
        for (var run = 0; run < 4; run++) Run(read, cache, procedures, rowByRow);
        Assert.True(store.Current.NodeColumns.HasColumn("v"));

        Assert.Equal(Run(read, cache, procedures, rowByRow), Run(read, cache, procedures, "MATCH (n:M:I) RETURN n.v AS v, count(*) AS c"));
        Assert.Equal(
            Run(read, cache, procedures, "MATCH (n:I) WITH * RETURN n.v AS v, count(*) AS c"),
            Run(read, cache, procedures, "MATCH (n:I) RETURN n.v AS v, count(*) AS c"));
    }

    [Fact]
    public void Counting_by_an_encoded_column_answers_like_the_row_pipeline_when_the_where_picks_an_index()
    {
        using var store = new GraphStore();
        var cache = new QueryCache();
        var procedures = new ProcedureRegistry();
        store.Write(t => Run(t, cache, procedures,
            "UNWIND range(0, 2999) AS i CREATE (:M {i: i, v: ['ab', 'ba', 'ac', 'ca', 'ad'][(i * 7) % 5]})"));
        store.Write(t => Run(t, cache, procedures, "CREATE TEXT INDEX m_v FOR (n:M) ON (n.v)"));
        store.Write(t => Run(t, cache, procedures, "MATCH (n:M {i: 0}) SET n.v = 'ae'"));
        var read = store.BeginRead();
        const string rowByRow = "MATCH (n:M) WHERE n.v STARTS WITH 'a' WITH * RETURN n.v AS v, count(*) AS c";
        for (var run = 0; run < 4; run++) Run(read, cache, procedures, rowByRow);
        Assert.NotNull(store.Current.NodeColumns.BuiltEncoded("v"));

        var expected = Run(read, cache, procedures, rowByRow);

        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, Run(read, cache, procedures, "MATCH (n:M) WHERE n.v STARTS WITH 'a' RETURN n.v AS v, count(*) AS c"));
    }

    /// <summary>Runs one statement in <paramref name="transaction"/> and renders its rows, one string each.</summary>
    internal static List<string> Run(GraphTransaction transaction, QueryCache cache, ProcedureRegistry procedures, string cypher)
    {
        var output = new QueryExecutor(cache.Get(cypher), transaction, new Dictionary<string, object?>(), procedures, new QueryBudget()).Run();
        return output.Rows.Select(row => string.Join(" | ", output.Columns.Select(column => Render(row, column)))).ToList();
    }

    private static string Render(Row row, string column)
    {
        row.TryGetValue(column, out var value);
        return value switch
        {
            null => "null",
            System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>()) + "]",
            _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
        };
    }
}
