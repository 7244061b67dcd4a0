using PolicyGraph.Core.Querying;

namespace PolicyGraph.Core.Tests.Querying;

public class ResultValueTextTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(42L, "42")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("福州市商务局", "'福州市商务局'")]
    public void Scalars_use_cypher_literal_notation(object? value, string expected) =>
        Assert.Equal(expected, ResultValueText.Format(value));

    [Fact]
    public void Lists_and_maps_nest_and_maps_sort_their_keys()
    {
        var value = new List<object?> { 1L, "a", new Dictionary<string, object?> { ["z"] = null, ["b"] = 2.5 } };
        Assert.Equal("[1, 'a', {b: 2.5, z: null}]", ResultValueText.Format(value));
    }

    [Fact]
    public void Paths_show_each_hop_in_its_direction_of_travel()
    {
        var a = new NodeValue("1", ["Agency"], new Dictionary<string, object?> { ["name"] = "市商务局" });
        var m = new NodeValue("2", ["Measure"], new Dictionary<string, object?>());
        var z = new NodeValue("3", [], new Dictionary<string, object?>());
        var owns = new RelationshipValue("10", "RESPONSIBLE_FOR", "1", "2", new Dictionary<string, object?> { ["order"] = 1L });
        var applies = new RelationshipValue("11", "APPLIES_IN", "3", "2", new Dictionary<string, object?>());
        var path = new PathValue([a, m, z], [owns, applies]);

        Assert.Equal("<(:Agency {name: '市商务局'})-[:RESPONSIBLE_FOR {order: 1}]->(:Measure)<-[:APPLIES_IN]-()>",
            ResultValueText.Format(path));
    }
}
