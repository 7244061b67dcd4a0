namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Grouping over a join through a shared middle node, the shape of "which pairs share how many measures":
/// duplicate key values merge, nulls are filtered, parallel relationships count once each, and a relationship
/// is never used twice in one match (so a single self-loop never pairs a node with itself).
/// </summary>
public sealed class GroupedJoinTests : QueryTestBase
{
    private const string Pairs =
        "MATCH (a:Agency)-[:R]->(m:Measure)<-[:R]-(b:Agency) WHERE a.name < b.name ";

    private async Task Seed()
    {
        // m1 <- x 'a', y 'b', z 'b' (same name as y), w (no name); m2 <- x twice (parallel), y;
        // m3 <- z, s 'c'; s is Agency and Measure with one self-loop.
        await Run("""
            CREATE (x:Agency {name: 'a'}), (y:Agency {name: 'b'}), (z:Agency {name: 'b'}), (w:Agency),
                   (s:Agency:Measure {name: 'c'}),
                   (m1:Measure {id: 1}), (m2:Measure {id: 2}), (m3:Measure {id: 3}),
                   (x)-[:R]->(m1), (y)-[:R]->(m1), (z)-[:R]->(m1), (w)-[:R]->(m1),
                   (x)-[:R]->(m2), (x)-[:R]->(m2), (y)-[:R]->(m2),
                   (z)-[:R]->(m3), (s)-[:R]->(m3), (s)-[:R]->(s)
            """);
    }

    [Fact]
    public async Task Pairs_merge_by_value_and_count_every_matching_row()
    {
        await Seed();
        var result = await Run(Pairs + "RETURN a.name AS first, b.name AS second, count(m) AS shared ORDER BY shared DESC, first, second");

        Assert.Equal(["first", "second", "shared"], result.Columns);
        Assert.Equal<object?[]>([["a", "b", 4L], ["b", "c", 1L]], Values(result));
    }

    [Fact]
    public async Task Distinct_count_sees_each_middle_node_once_per_pair()
    {
        await Seed();
        var result = await Run(Pairs + "RETURN a.name AS first, b.name AS second, count(DISTINCT m) AS shared ORDER BY first");

        Assert.Equal<object?[]>([["a", "b", 2L], ["b", "c", 1L]], Values(result));
    }

    [Fact]
    public async Task Limit_after_ordering_by_the_aggregate_keeps_the_top_group()
    {
        await Seed();
        var result = await Run(Pairs + "RETURN a.name AS first, b.name AS second, count(*) AS shared ORDER BY count(*) DESC LIMIT 1");

        Assert.Equal<object?[]>([["a", "b", 4L]], Values(result));
    }

    [Fact]
    public async Task Items_computed_from_aggregates_and_key_variables_are_evaluated_per_group()
    {
        await Seed();
        var result = await Run("""
            MATCH (a:Agency)-[:R]->(m:Measure)
            RETURN a, a.name AS name, count(m) * 10 AS tens, count(m) AS plain
            ORDER BY name, plain
            """);

        var rows = result.Rows.Select(r => (r[1], r[2], r[3])).ToArray();
        // x: m1, m2, m2; y: m1, m2; z: m1, m3; s: m3 and itself; w (null name) sorts last.
        Assert.Equal<(object?, object?, object?)>([("a", 30L, 3L), ("b", 20L, 2L), ("b", 20L, 2L), ("c", 20L, 2L), (null, 10L, 1L)], rows);
    }

    [Fact]
    public async Task Aggregate_without_rows_and_without_keys_still_yields_one_row()
    {
        await Seed();
        var result = await Run(Pairs + "AND a.name = 'nobody' RETURN count(m) AS shared, count(m) + 1 AS next");

        Assert.Equal<object?[]>([[0L, 1L]], Values(result));
    }

    private static object?[][] Values(PolicyGraph.Core.Querying.QueryResult result) => result.Rows.Select(r => r.ToArray()).ToArray();
}
