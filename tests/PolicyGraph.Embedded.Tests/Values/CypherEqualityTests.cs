using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

// Expected values follow the openCypher TCK (expressions/comparison/Comparison1).
public class CypherEqualityTests
{
    public static TheoryData<object?, object?, bool?> Cases => new()
    {
        { 1L, 1.0, true },
        { 1.0, 1.0, true },
        { "1.0", 1.0, false },
        { "1", 1L, false },
        { null, null, null },
        { null, 1L, null },
        { V.List(1L, 2L), V.List(1L), false },
        { V.List((object?)null), V.List(1L), null },
        { V.List("a"), V.List(1L), false },
        { V.List(V.List(1L)), V.List(V.List(1L), V.List((object?)null)), false },
        { V.List(V.List(1L), V.List(2L)), V.List(V.List(1L), V.List((object?)null)), null },
        { V.List(V.List(1L), V.List(2L, 3L)), V.List(V.List(1L), V.List((object?)null)), false },
        { V.Map(), V.Map(), true },
        { V.Map(("k", 1L)), V.Map(("k", 1L)), true },
        { V.Map(("k", "a"), ("l", 2L)), V.Map(("k", "a"), ("l", 2L)), true },
        { V.Map(), V.Map(("k", null)), false },
        { V.Map(("k", 1L)), V.Map(("k", 1L), ("l", null)), false },
        { V.Map(("k", null)), V.Map(("k", null), ("l", null)), false },
        { V.Map(("k", null)), V.Map(("k", null)), null },
        { V.Map(("k", 1L)), V.Map(("k", null)), null },
        { V.Map(("k", 1L), ("l", null)), V.Map(("k", null), ("l", 1L)), null },
        { new NodeRef(1), new NodeRef(1), true },
        { new NodeRef(1), new NodeRef(2), false },
        { new NodeRef(1), new RelationshipRef(1), false },
        { true, 1L, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equality_follows_three_valued_openCypher_rules(object? left, object? right, bool? expected)
    {
        Assert.Equal(expected, CypherEquality.AreEqual(left, right));
        Assert.Equal(expected, CypherEquality.AreEqual(right, left));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1.0)]
    [InlineData("a")]
    public void NaN_is_unequal_to_everything_including_itself(object other)
    {
        Assert.False(CypherEquality.AreEqual(double.NaN, other));
        Assert.False(CypherEquality.AreEqual(double.NaN, double.NaN));
        Assert.True(CypherEquality.AreNotEqual(double.NaN, double.NaN));
    }

    [Fact]
    public void Large_integers_are_not_conflated_through_double_rounding()
    {
        // 2^53 + 1 has no exact double; it must not equal the double 2^53.
        Assert.False(CypherEquality.AreEqual(9007199254740993L, 9007199254740992.0));
        Assert.True(CypherEquality.AreEqual(9007199254740992L, 9007199254740992.0));
    }

    [Fact]
    public void Not_equal_of_null_is_null()
    {
        Assert.Null(CypherEquality.AreNotEqual(null, null));
    }

    [Fact]
    public void Paths_compare_by_their_node_and_relationship_sequence()
    {
        var path = new PathRef([new NodeRef(1), new NodeRef(2)], [new RelationshipRef(7)]);
        var same = new PathRef([new NodeRef(1), new NodeRef(2)], [new RelationshipRef(7)]);
        var other = new PathRef([new NodeRef(1), new NodeRef(3)], [new RelationshipRef(8)]);
        Assert.True(CypherEquality.AreEqual(path, same));
        Assert.False(CypherEquality.AreEqual(path, other));
    }
}
