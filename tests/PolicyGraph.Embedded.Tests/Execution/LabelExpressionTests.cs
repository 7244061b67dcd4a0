namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>Neo4j 5 label expressions in node patterns: | (or), &amp; (and), ! (not), % (any label), parentheses.</summary>
public sealed class LabelExpressionTests : QueryTestBase
{
    private Task Seed() => Run("""
        CREATE (:Agency {n: 'agency'}), (:Zone {n: 'zone'}), (:Agency:Zone {n: 'both'}), (:Measure {n: 'measure'}), ({n: 'bare'})
        """);

    [Theory]
    [InlineData("(x:Agency|Zone)", "agency,both,zone")]
    [InlineData("(x:Agency&Zone)", "both")]
    [InlineData("(x:!Agency)", "bare,measure,zone")]
    [InlineData("(x:%)", "agency,both,measure,zone")]
    [InlineData("(x:!%)", "bare")]
    [InlineData("(x:(Agency|Measure)&!Zone)", "agency,measure")]
    [InlineData("(x:Agency|:Measure)", "agency,both,measure")]
    public async Task A_node_pattern_matches_the_nodes_its_label_expression_allows(string pattern, string expected)
    {
        await Seed();

        var names = await Column($"MATCH {pattern} RETURN x.n ORDER BY x.n");

        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Label_expressions_work_inside_expanded_patterns_and_counted_aggregations()
    {
        await Run("""
            CREATE (a:Agency {n: 'a'}), (z:Zone {n: 'z'}), (m:Measure {n: 'm'}), (d:Document {n: 'd'}),
                   (a)-[:R]->(m), (z)-[:R]->(m), (d)-[:R]->(m)
            """);

        var names = await Column("MATCH (m:Measure)<-[:R]-(x:Agency|Zone) RETURN x.n ORDER BY x.n");
        var counted = await Scalar("MATCH (x:Agency|Zone)-[:R]->(m) RETURN count(*)");

        Assert.Equal(["a", "z"], names);
        Assert.Equal(2L, counted);
    }

    [Theory]
    [InlineData("x:Agency|Zone", "agency,both,zone")]
    [InlineData("x:!Agency", "bare,measure,zone")]
    [InlineData("x:% AND NOT x:Agency&Zone", "agency,measure,zone")]
    public async Task Where_evaluates_label_expressions(string predicate, string expected)
    {
        await Seed();

        var names = await Column($"MATCH (x) WHERE {predicate} RETURN x.n ORDER BY x.n");

        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task A_relationship_has_its_type_as_its_only_label()
    {
        await Run("CREATE (a)-[:R]->(b), (a)-[:S]->(b), (a)-[:T]->(b)");

        Assert.Equal(2L, await Scalar("MATCH ()-[r]->() WHERE r:R|S RETURN count(r)"));
        Assert.Equal(3L, await Scalar("MATCH ()-[r]->() WHERE r:% RETURN count(r)"));
    }

    [Fact]
    public async Task Create_refuses_a_label_expression_that_is_not_a_conjunction()
    {
        var error = await Fails(() => Run("CREATE (:Agency|Zone)"));

        Assert.Equal("InvalidLabelExpression", error.Detail);
        Assert.Equal(0L, await Scalar("MATCH (n) RETURN count(n)"));
    }
}
