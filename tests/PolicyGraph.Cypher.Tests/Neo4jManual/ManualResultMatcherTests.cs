using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Neo4jManual;

/// <summary>The comparison the conformance runner relies on must be able to say no.</summary>
public sealed class ManualResultMatcherTests
{
    [Theory]
    [InlineData(1L, "1", true)]
    [InlineData(1L, "1.0", false)]
    [InlineData(1.0, "1", false)]
    [InlineData("a", "\"a\"", true)]
    [InlineData("a", "\"b\"", false)]
    [InlineData(null, "null", true)]
    [InlineData(false, "null", false)]
    public void ScalarsMatchOnlyTheSameTypeAndValue(object? actual, string expected, bool matches)
    {
        Assert.Equal(matches, ManualResultMatcher.Matches(actual, JToken.Parse(expected)));
    }

    [Fact]
    public void NodesMatchOnLabelsAndEveryProperty()
    {
        var node = new NodeValue("1", ["Person"], new Dictionary<string, object?> { ["name"] = "Ann", ["age"] = 3L });

        Assert.True(ManualResultMatcher.Matches(node, JToken.Parse("""{"_labels": ["Person"], "name": "Ann", "age": 3}""")));
        Assert.False(ManualResultMatcher.Matches(node, JToken.Parse("""{"_labels": ["Person"], "name": "Ann"}""")));
        Assert.False(ManualResultMatcher.Matches(node, JToken.Parse("""{"_labels": ["Movie"], "name": "Ann", "age": 3}""")));
    }

    [Fact]
    public void UnorderedRowsMatchAsAMultisetAndOrderedRowsInOrder()
    {
        IReadOnlyList<IReadOnlyList<object?>> actual = [[1L], [2L], [2L]];

        Assert.True(ManualResultMatcher.RowsMatch(actual, [JArray.Parse("[2]"), JArray.Parse("[1]"), JArray.Parse("[2]")], ordered: false));
        Assert.False(ManualResultMatcher.RowsMatch(actual, [JArray.Parse("[2]"), JArray.Parse("[1]"), JArray.Parse("[1]")], ordered: false));
        Assert.False(ManualResultMatcher.RowsMatch(actual, [JArray.Parse("[2]"), JArray.Parse("[1]"), JArray.Parse("[2]")], ordered: true));
    }
}
