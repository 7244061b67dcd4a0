using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

public class CypherEquivalenceTests
{
    public static TheoryData<object?, object?> EquivalentPairs => new()
    {
        { null, null },
        { double.NaN, double.NaN },
        { 1L, 1.0 },
        { "a", "a" },
        { V.List(1L, null), V.List(1.0, null) },
        { V.Map(("k", null), ("l", 1L)), V.Map(("l", 1.0), ("k", null)) },
        { new NodeRef(3), new NodeRef(3) },
    };

    [Theory]
    [MemberData(nameof(EquivalentPairs))]
    public void Equivalent_values_are_equal_and_hash_alike(object? left, object? right)
    {
        Assert.True(CypherEquivalence.AreEquivalent(left, right));
        Assert.Equal(CypherEquivalence.HashOf(left), CypherEquivalence.HashOf(right));
    }

    public static TheoryData<object?, object?> DistinctPairs => new()
    {
        { null, 0L },
        { 1L, "1" },
        { 1L, 1.5 },
        { V.List(1L), V.List(1L, 1L) },
        { V.Map(("k", 1L)), V.Map(("k", 2L)) },
        { new NodeRef(3), new RelationshipRef(3) },
        { true, 1L },
    };

    [Theory]
    [MemberData(nameof(DistinctPairs))]
    public void Different_values_are_not_equivalent(object? left, object? right)
    {
        Assert.False(CypherEquivalence.AreEquivalent(left, right));
    }

    [Fact]
    public void A_hash_set_with_the_comparer_removes_duplicates_for_DISTINCT()
    {
        var set = new HashSet<object?>(CypherEquivalence.Instance) { 1L, 1.0, null, null, double.NaN, double.NaN, V.List("x"), V.List("x") };
        Assert.Equal(4, set.Count);
    }
}
