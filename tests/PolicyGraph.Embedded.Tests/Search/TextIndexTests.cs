using PolicyGraph.Embedded.Tests.Execution;

namespace PolicyGraph.Embedded.Tests.Search;

/// <summary>A TEXT index narrows CONTAINS / STARTS WITH / ENDS WITH to candidate nodes; answers never change.</summary>
public sealed class TextIndexTests : QueryTestBase
{
    private Task Seed() => Run("""
        UNWIND ['跨境资金池业务', '资金池', '跨境电商', 'aab', 'abab', 'ABAB', '', '资'] AS text
        CREATE (:Measure {text: text})
        WITH 1 AS one
        CREATE (:Measure {text: 42}), (:Measure), (:Other {text: '跨境资金池'})
        """);

    [Theory]
    [InlineData("CONTAINS '资金池'")]
    [InlineData("CONTAINS '跨境'")]
    [InlineData("CONTAINS 'ab'")]
    [InlineData("CONTAINS 'aba'")]
    [InlineData("CONTAINS '资'")]
    [InlineData("CONTAINS ''")]
    [InlineData("CONTAINS '不存在'")]
    [InlineData("STARTS WITH '跨境'")]
    [InlineData("ENDS WITH '资金池'")]
    [InlineData("CONTAINS $needle")]
    public async Task Indexed_and_scanned_answers_are_the_same(string predicate)
    {
        await Seed();
        var query = $"MATCH (m:Measure) WHERE m.text {predicate} RETURN m.text ORDER BY m.text";
        var parameters = new Dictionary<string, object?> { ["needle"] = "境资" };

        var scanned = await Run(query, parameters);
        await Run("CREATE TEXT INDEX measure_text IF NOT EXISTS FOR (m:Measure) ON (m.text)");
        var indexed = await Run(query, parameters);

        Assert.Equal(scanned.Rows.Select(r => r[0]), indexed.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task The_plan_starts_from_the_text_index_once_there_is_one()
    {
        await Seed();
        const string explain = "EXPLAIN MATCH (m:Measure) WHERE m.text CONTAINS '资金' RETURN m";

        var before = (string)(await Run(explain)).Rows[0][2]!;
        await Run("CREATE TEXT INDEX measure_text IF NOT EXISTS FOR (m:Measure) ON (m.text)");
        var after = (string)(await Run(explain)).Rows[0][2]!;

        Assert.Contains("label scan", before, StringComparison.Ordinal);
        Assert.Contains("through the index measure_text on text", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_nodes_are_found_after_their_commit_and_inside_their_own_transaction()
    {
        await Seed();
        await Run("CREATE TEXT INDEX measure_text IF NOT EXISTS FOR (m:Measure) ON (m.text)");
        Assert.Equal(1L, await Scalar("MATCH (m:Measure) WHERE m.text CONTAINS '资金池业' RETURN count(m)"));

        var inside = await Scalar("CREATE (:Measure {text: '新资金池业态'}) WITH 1 AS one MATCH (m:Measure) WHERE m.text CONTAINS '资金池业' RETURN count(m)");

        Assert.Equal(2L, inside);
        Assert.Equal(2L, await Scalar("MATCH (m:Measure) WHERE m.text CONTAINS '资金池业' RETURN count(m)"));
    }
}
