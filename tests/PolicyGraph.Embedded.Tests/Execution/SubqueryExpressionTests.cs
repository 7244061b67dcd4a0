namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>COUNT { } and COLLECT { } (Neo4j 5 subquery expressions) see the outer row and run per row.</summary>
public sealed class SubqueryExpressionTests : QueryTestBase
{
    private Task Seed() => Run("""
        CREATE (a:Agency {name: 'a'}), (b:Agency {name: 'b'}), (c:Agency {name: 'c'}),
               (m1:Measure {n: 1}), (m2:Measure {n: 2}), (m3:Measure {n: 3}),
               (a)-[:R]->(m1), (a)-[:R]->(m2), (a)-[:R]->(m3), (b)-[:R]->(m3), (b)-[:R]->(m3)
        """);

    [Fact]
    public async Task Count_counts_the_matches_of_the_short_form_per_outer_row()
    {
        await Seed();

        var result = await Run("MATCH (x:Agency) RETURN x.name AS name, COUNT { (x)-[:R]->(m) WHERE m.n > 1 } AS later ORDER BY name");

        Assert.Equal<object?[]>([["a", 2L], ["b", 2L], ["c", 0L]], result.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task Count_of_a_full_query_counts_its_rows_and_works_as_a_filter()
    {
        await Seed();

        var names = await Column("""
            MATCH (x:Agency)
            WHERE COUNT { MATCH (x)-[:R]->(m) RETURN DISTINCT m } >= 1
            RETURN x.name ORDER BY x.name
            """);

        Assert.Equal(["a", "b"], names);
    }

    [Fact]
    public async Task Collect_returns_the_single_column_in_the_subquery_order()
    {
        await Seed();

        var result = await Run("""
            MATCH (x:Agency)
            RETURN x.name AS name, COLLECT { MATCH (x)-[:R]->(m) RETURN m.n ORDER BY m.n DESC } AS measures
            ORDER BY name
            """);

        var rows = result.Rows.Select(r => (r[0], string.Join(",", ((IEnumerable<object?>)r[1]!).Select(v => v?.ToString())))).ToArray();
        Assert.Equal<(object?, string)>([("a", "3,2,1"), ("b", "3,3"), ("c", "")], rows);
    }

    [Fact]
    public async Task A_relationship_bound_outside_stays_fixed_inside_the_subquery()
    {
        await Run("CREATE (a)-[:K {w: 1}]->(b), (a)-[:K {w: 2}]->(c), (b)-[:K {w: 3}]->(c)");

        var result = await Run("MATCH ()-[r]->() RETURN r.w AS w, COLLECT { MATCH (x)-[r]->(y) RETURN count(*) } AS matches, " +
                               "COUNT { MATCH (x)-[r]->(y) RETURN DISTINCT x } AS starts ORDER BY w");

        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, row =>
        {
            Assert.Equal([1L], Assert.IsAssignableFrom<IEnumerable<object?>>(row[1]));
            Assert.Equal(1L, row[2]);
        });
    }

    [Fact]
    public async Task Outer_variables_survive_optional_match_and_with_star_inside_a_subquery()
    {
        await Run("CREATE (a:P {name: 'a'})-[:K]->(b:P {name: 'b'}), (a)-[:K]->(c:P {name: 'c'}), (b)-[:K]->(c)");

        var optional = await Run("MATCH (p:P {name: 'a'}) RETURN COLLECT { OPTIONAL MATCH (p)-->(q:Nope) RETURN p.name } AS names");
        var star = await Run("MATCH (p:P {name: 'a'}) RETURN COLLECT { WITH * RETURN p.name } AS names");
        var nested = await Column("MATCH (p:P) RETURN COUNT { CALL { WITH * MATCH (p)-->(q) RETURN q } RETURN q } AS n ORDER BY n DESC");

        Assert.Equal(["a"], Assert.IsAssignableFrom<IEnumerable<object?>>(optional.Rows[0][0]));
        Assert.Equal(["a"], Assert.IsAssignableFrom<IEnumerable<object?>>(star.Rows[0][0]));
        Assert.Equal([2L, 1L, 0L], nested);
    }

    [Fact]
    public async Task A_procedure_not_known_to_be_read_only_is_refused_inside_a_subquery_expression()
    {
        var calls = 0;
        Backend.Procedures.Register(new PolicyGraph.Embedded.Execution.Procedure(
            PolicyGraph.Embedded.Execution.ProcedureSignature.Parse("test.sideEffect() :: (x :: INTEGER?)"),
            (_, _) =>
            {
                calls++;
                return [[1L]];
            }));

        foreach (var form in new[] { "COUNT", "COLLECT", "EXISTS" })
        {
            var error = await Fails(() => Run($"RETURN {form} {{ CALL test.sideEffect() YIELD x RETURN x }} AS v"));
            Assert.Equal("InvalidClauseComposition", error.Detail);
        }
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Collect_with_two_columns_is_rejected_before_running()
    {
        var error = await Fails(() => Run("MATCH (x) RETURN COLLECT { MATCH (x)-->(m) RETURN m.a, m.b }"));

        Assert.Equal("InvalidClauseComposition", error.Detail);
    }

    [Fact]
    public async Task A_subquery_expression_is_read_only()
    {
        await Seed();

        var error = await Fails(() => Run("MATCH (x) RETURN COUNT { MATCH (x)-->(m) SET m.seen = true RETURN m }"));

        Assert.Equal("InvalidClauseComposition", error.Detail);
        Assert.Equal(0L, await Scalar("MATCH (m) WHERE m.seen RETURN count(m)"));
    }
}
