using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

/// <summary>
/// A query can nest lists a million levels deep; walking such a value must fail the query with a CypherException,
/// never overflow the stack (which would end the test host, and in production the server).
/// </summary>
public class DeepNestingTests
{
    private const int Depth = 1_000_000;

    private static IReadOnlyList<object?> Nested(int depth)
    {
        IReadOnlyList<object?> value = V.List(1L);
        for (var i = 0; i < depth; i++) value = V.List(value);
        return value;
    }

    private static void AssertTooDeep(Action walk)
    {
        var error = Assert.Throws<CypherException>(walk);
        Assert.Equal("ValueNestedTooDeeply", error.Detail);
    }

    [Fact]
    public void Equality_of_very_deep_lists_fails_cleanly() =>
        AssertTooDeep(() => CypherEquality.AreEqual(Nested(Depth), Nested(Depth)));

    [Fact]
    public void Ordering_of_very_deep_lists_fails_cleanly() =>
        AssertTooDeep(() => CypherOrdering.CompareValues(Nested(Depth), Nested(Depth)));

    [Fact]
    public void Grouping_by_a_very_deep_list_fails_cleanly() =>
        AssertTooDeep(() => CypherEquivalence.HashOf(Nested(Depth)));

    [Fact]
    public void Lists_nested_up_to_the_limit_still_compare()
    {
        // Nested(n) is n + 1 lists deep.
        var deepest = ValueNesting.MaxDepth - 1;
        Assert.Equal(true, CypherEquality.AreEqual(Nested(deepest), Nested(deepest)));
        Assert.Equal(0, CypherOrdering.CompareValues(Nested(deepest), Nested(deepest)));
        Assert.Equal(false, CypherComparison.LessThan(Nested(deepest), Nested(deepest)));
        Assert.True(CypherEquivalence.AreEquivalent(Nested(deepest), Nested(deepest)));
    }

    [Fact]
    public void One_level_past_the_limit_fails_every_walk()
    {
        var tooDeep = Nested(ValueNesting.MaxDepth);
        AssertTooDeep(() => CypherEquality.AreEqual(tooDeep, tooDeep));
        AssertTooDeep(() => CypherComparison.LessThan(tooDeep, tooDeep));
        AssertTooDeep(() => CypherOrdering.CompareValues(tooDeep, tooDeep));
        AssertTooDeep(() => CypherEquivalence.AreEquivalent(tooDeep, tooDeep));
        AssertTooDeep(() => CypherEquivalence.HashOf(tooDeep));
        AssertTooDeep(() => ResultValueText.Format(tooDeep));
    }

    [Fact]
    public void Inequality_of_very_deep_lists_fails_cleanly() =>
        AssertTooDeep(() => CypherComparison.LessThan(Nested(Depth), Nested(Depth)));

    [Theory]
    [InlineData("RETURN reduce(acc = [], x IN range(1, 1000000) | [acc]) AS deep")]
    [InlineData("WITH reduce(acc = [], x IN range(1, 1000000) | [acc]) AS deep RETURN deep = deep AS same")]
    public async Task A_query_building_a_very_deep_list_fails_with_a_cypher_error(string query)
    {
        await using var engine = new EmbeddedGraphBackend();

        var error = await Assert.ThrowsAsync<CypherException>(() => engine.RunAsync(query));

        Assert.Equal("ValueNestedTooDeeply", error.Detail);
    }
}
