using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

public class CypherOrderingTests
{
    [Fact]
    public void Distinct_types_sort_in_the_openCypher_order()
    {
        // TCK ReturnOrderBy1 [12], read bottom-up: map < node < relationship < list < path < string < boolean < number < NaN < null.
        var node = new NodeRef(1);
        var relationship = new RelationshipRef(1);
        var path = new PathRef([node, new NodeRef(2)], [relationship]);
        var map = V.Map(("a", "map"));
        var list = V.List("list");
        var values = new List<object?> { node, relationship, path, 1.5, list, "text", null, false, double.NaN, map };

        values.Sort(CypherOrdering.Instance);

        var expected = new List<object?> { map, node, relationship, list, path, "text", false, 1.5, double.NaN, null };
        Assert.Equal(expected.Count, values.Count);
        for (var i = 0; i < expected.Count; i++) Assert.True(CypherEquivalence.AreEquivalent(expected[i], values[i]), $"position {i}");
    }

    [Fact]
    public void Numbers_sort_numerically_across_integer_and_float()
    {
        var values = new List<object?> { 3L, 2.5, -1L, 10.0, 0L };
        values.Sort(CypherOrdering.Instance);
        Assert.Equal(new object?[] { -1L, 0L, 2.5, 3L, 10.0 }, values);
    }

    [Fact]
    public void Strings_sort_by_code_point_so_upper_case_comes_first()
    {
        var values = new List<object?> { "b", "a", "B", "abc1", "abc" };
        values.Sort(CypherOrdering.Instance);
        Assert.Equal(new object?[] { "B", "a", "abc", "abc1", "b" }, values);
    }

    [Fact]
    public void Lists_sort_element_by_element_then_by_length()
    {
        Assert.True(CypherOrdering.CompareValues(V.List(1L), V.List(2L)) < 0);
        Assert.True(CypherOrdering.CompareValues(V.List(2L), V.List(2L, 1L)) < 0);
        Assert.True(CypherOrdering.CompareValues(V.List(1L, "a"), V.List(1L, 2L)) < 0);
        Assert.True(CypherOrdering.CompareValues(V.List(1L, 2L), V.List(1L, null)) < 0);
    }

    [Fact]
    public void False_sorts_before_true()
    {
        Assert.True(CypherOrdering.CompareValues(false, true) < 0);
    }

    [Fact]
    public void Integer_and_equal_float_tie()
    {
        Assert.Equal(0, CypherOrdering.CompareValues(1L, 1.0));
    }
}
