using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

public class CypherValuesTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(-1.5e-10, "-1.5E-10")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Floats_format_like_Cypher_toString(double value, string expected)
    {
        Assert.Equal(expected, CypherValues.FormatFloat(value));
    }

    [Fact]
    public void Normalize_turns_clr_values_into_runtime_values()
    {
        var normalized = CypherValues.Normalize(new Dictionary<string, object> { ["n"] = 3, ["xs"] = new[] { 1.5f, 2f } });

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(normalized);
        Assert.Equal(3L, map["n"]);
        Assert.Equal(new object?[] { 1.5, 2.0 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["xs"]));
    }

    [Fact]
    public void Typed_arrays_count_as_lists()
    {
        var typed = new long[] { 1, 2 };
        Assert.Equal(CypherValueKind.List, CypherValues.KindOf(typed));
        Assert.True(CypherEquality.AreEqual(typed, V.List(1L, 2L)));
    }

    [Fact]
    public void Type_names_match_Cypher_type_names()
    {
        Assert.Equal("INTEGER", CypherValues.TypeName(1L));
        Assert.Equal("FLOAT", CypherValues.TypeName(1.0));
        Assert.Equal("LIST", CypherValues.TypeName(V.List()));
        Assert.Equal("MAP", CypherValues.TypeName(V.Map()));
        Assert.Equal("NODE", CypherValues.TypeName(new NodeRef(1)));
        Assert.Equal("NULL", CypherValues.TypeName(null));
    }
}
