using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

// Expected values follow the openCypher TCK (expressions/comparison/Comparison2).
public class CypherComparisonTests
{
    public static TheoryData<object?, object?, bool?> GreaterOrEqualCases => new()
    {
        { V.List(1L, 0L), V.List(1L), true },
        { V.List(1L, null), V.List(1L), true },
        { V.List(1L, 2L), V.List(1L, null), null },
        { V.List(1L, "a"), V.List(1L, null), null },
        { V.List(1L, 2L), V.List(3L, null), false },
    };

    [Theory]
    [MemberData(nameof(GreaterOrEqualCases))]
    public void Lists_compare_lexicographically_with_null_propagation(object? left, object? right, bool? expected)
    {
        Assert.Equal(expected, CypherComparison.GreaterThanOrEqual(left, right));
    }

    public static TheoryData<object?, object?, bool?> LessThanCases => new()
    {
        { 1.0, 1.0, false },
        { 1L, 1.0, false },
        { "1.0", 1.0, null },
        { "1", 1L, null },
        { 1L, 3.14, true },
        { "a", "b", true },
        { "B", "a", true },
        { false, true, true },
        { null, 1L, null },
        { V.Map(), V.Map(), null },
        { new NodeRef(1), new NodeRef(2), null },
        { V.List(), "", null },
    };

    [Theory]
    [MemberData(nameof(LessThanCases))]
    public void Less_than_is_null_across_incomparable_types(object? left, object? right, bool? expected)
    {
        Assert.Equal(expected, CypherComparison.LessThan(left, right));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void NaN_against_a_number_is_false_for_every_operator(object number)
    {
        Assert.False(CypherComparison.GreaterThan(double.NaN, number));
        Assert.False(CypherComparison.GreaterThanOrEqual(double.NaN, number));
        Assert.False(CypherComparison.LessThan(double.NaN, number));
        Assert.False(CypherComparison.LessThanOrEqual(double.NaN, number));
    }

    [Fact]
    public void NaN_against_a_string_is_null()
    {
        Assert.Null(CypherComparison.LessThan(double.NaN, "a"));
    }
}
