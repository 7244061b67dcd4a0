using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class ReadClauseTests : QueryTestBase
{
    [Fact]
    public async Task Aggregation_groups_by_the_non_aggregated_columns()
    {
        await Run("CREATE (:P {city: 'a', v: 1}), (:P {city: 'a', v: 2}), (:P {city: 'b', v: 5}), (:P {v: 7})");

        var result = await Run("MATCH (p:P) RETURN p.city AS city, count(*) AS n, sum(p.v) AS total ORDER BY city");

        Assert.Equal(["city", "n", "total"], result.Columns);
        Assert.Equal(
            [["a", 2L, 3L], ["b", 1L, 5L], [null, 1L, 7L]],
            result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Grouping_by_a_node_property_is_right_when_groups_interleave()
    {
        await Run("CREATE (a:G {k: 'a'}), (b:G {k: 'b'}), (c:G {k: 'a'}) WITH a, b, c UNWIND [a, b, a, c, b, a] AS n CREATE (n)-[:T]->(:Leaf)");

        var result = await Run("MATCH (g:G)-[:T]->(l) WITH g, l ORDER BY id(l) RETURN g.k AS k, count(l) AS n ORDER BY k");

        Assert.Equal([["a", 4L], ["b", 2L]], result.Rows.Select(r => r.ToArray()));
    }

    [Theory]
    // Distinct values {10, 40}: the median interpolates to 25; over all four rows it would be 10.
    [InlineData("percentileCont(DISTINCT x, 0.5)", 25.0)]
    [InlineData("percentileCont(x, 0.5)", 10.0)]
    // Distinct {10, 40} at 0.75 is the second value; over all rows it is the third (10).
    [InlineData("percentileDisc(DISTINCT x, $p)", 40L)]
    [InlineData("percentileDisc(x, $p)", 10L)]
    public async Task Distinct_percentiles_receive_the_percentile_argument(string aggregate, object expected)
    {
        var value = await Scalar($"UNWIND [10, 10, 10, 40] AS x RETURN {aggregate} AS p", new Dictionary<string, object?> { ["p"] = 0.75 });

        Assert.Equal(expected, value);
    }

    [Fact]
    public async Task Aggregation_without_rows_still_returns_one_row()
    {
        var result = await Run("MATCH (n:Nothing) RETURN count(n) AS n, collect(n) AS all");

        Assert.Equal([0L, Array.Empty<object?>()], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Order_by_can_use_an_aggregate_again_and_variables_before_projection()
    {
        await Run("UNWIND [1, 1, 2, 3, 3, 3] AS x CREATE (:V {x: x})");

        var byCount = (await Run("MATCH (v:V) RETURN v.x AS x, count(*) AS n ORDER BY count(*) DESC, x")).Rows.Select(r => r[0]);
        var byHidden = await Column("MATCH (v:V) WITH DISTINCT v.x AS x RETURN x ORDER BY x DESC");

        Assert.Equal([3L, 1L, 2L], byCount);
        Assert.Equal([3L, 2L, 1L], byHidden);
    }

    [Fact]
    public async Task Skip_and_limit_take_parameters_and_reject_negative_values()
    {
        var page = await Column("UNWIND range(1, 10) AS i RETURN i SKIP $skip LIMIT $limit", new { skip = 3, limit = 2 });
        var error = await Fails(() => Run("UNWIND range(1, 3) AS i RETURN i LIMIT $limit", new { limit = -1 }));

        Assert.Equal([4L, 5L], page);
        Assert.Equal("NegativeIntegerArgument", error.Detail);
    }

    [Fact]
    public async Task With_where_filters_projected_rows_and_can_see_earlier_variables()
    {
        await Run("CREATE (:A {v: 1})-[:T]->(:B), (:A {v: 2})");

        var values = await Column("MATCH (a:A) OPTIONAL MATCH (a)-[r]->() WITH a WHERE r IS NULL RETURN a.v");

        Assert.Equal([2L], values);
    }

    [Fact]
    public async Task Return_star_lists_variables_alphabetically()
    {
        var result = await Run("WITH 1 AS b, 2 AS a RETURN *");

        Assert.Equal(["a", "b"], result.Columns);
        Assert.Equal([2L, 1L], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Distinct_compares_values_not_references()
    {
        var values = await Column("UNWIND [[1, 2], [1, 2], [2], 1, 1.0] AS x RETURN DISTINCT x");

        Assert.Equal(3, values.Count);
    }

    [Fact]
    public async Task Unwind_expands_lists_skips_null_and_keeps_scalars()
    {
        Assert.Equal([1L, 2L], await Column("UNWIND [1, 2] AS x RETURN x"));
        Assert.Empty(await Column("UNWIND null AS x RETURN x"));
        Assert.Empty(await Column("UNWIND [] AS x RETURN x"));
    }

    [Fact]
    public async Task Union_removes_duplicates_and_union_all_keeps_them()
    {
        Assert.Equal(2, (await Column("RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x")).Count);
        Assert.Equal(3, (await Column("RETURN 1 AS x UNION ALL RETURN 1 AS x UNION ALL RETURN 2 AS x")).Count);
    }

    [Fact]
    public async Task Parameters_are_normalised_to_cypher_values()
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = new[] { 1, 2 }, ["map"] = new Dictionary<string, object?> { ["k"] = 3.5f } };

        var result = await Run("RETURN $ids AS ids, $map.k AS k", parameters);

        var row = Assert.Single(result.Rows);
        Assert.Equal([1L, 2L], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[0]));
        Assert.Equal(3.5, row[1]);
    }

    [Fact]
    public async Task Pattern_predicates_comprehensions_and_exists_use_the_graph()
    {
        await Run("CREATE (a:P {n: 'a'})-[:K]->(:P {n: 'b'}), (a)-[:K]->(:P {n: 'c'}), (:P {n: 'd'})");

        var withFriends = await Column("MATCH (p:P) WHERE (p)-[:K]->() RETURN p.n");
        var friends = await Scalar("MATCH (p:P {n: 'a'}) RETURN [(p)-[:K]->(f) | f.n] AS friends");
        var lonely = await Column("MATCH (p:P) WHERE NOT EXISTS { (p)-[:K]-() } RETURN p.n");

        Assert.Equal(["a"], withFriends);
        Assert.Equal(["b", "c"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(friends).Order());
        Assert.Equal(["d"], lonely);
    }

    [Fact]
    public async Task Result_entities_carry_element_ids_labels_and_endpoints()
    {
        await Run("CREATE (:A {k: 1})-[:T {w: 2}]->(:B)");

        var result = await Run("MATCH (a:A)-[t:T]->(b) RETURN a, t, b");

        var row = Assert.Single(result.Rows);
        var a = Assert.IsType<NodeValue>(row[0]);
        var t = Assert.IsType<RelationshipValue>(row[1]);
        var b = Assert.IsType<NodeValue>(row[2]);
        Assert.Equal(["A"], a.Labels);
        Assert.Equal(a.ElementId, t.StartElementId);
        Assert.Equal(b.ElementId, t.EndElementId);
        Assert.Equal(2L, t.Properties["w"]);
    }

    [Fact]
    public async Task Unknown_procedures_fail_at_compile_time()
    {
        var error = await Fails(() => Run("CALL nothing.here()"));

        Assert.Equal(QueryPhase.CompileTime, error.Phase);
    }
}
