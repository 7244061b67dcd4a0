using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Kuzu;

namespace PolicyGraph.Benchmarks.Tests.Kuzu;

public sealed class RowComparisonTests
{
    private static JArray Rows(string json) => JArray.Parse(json);

    [Fact]
    public void Unordered_results_compare_as_multisets()
    {
        Assert.Null(RowComparison.Difference(Rows("""[["a",1],["b",2],["a",1]]"""), Rows("""[["b",2],["a",1],["a",1]]"""), ordered: false));
        Assert.NotNull(RowComparison.Difference(Rows("""[["a",1],["b",2],["a",1]]"""), Rows("""[["b",2],["b",2],["a",1]]"""), ordered: false));
    }

    [Fact]
    public void Ordered_results_must_agree_row_by_row()
    {
        var difference = RowComparison.Difference(Rows("""[["a",1],["b",2]]"""), Rows("""[["b",2],["a",1]]"""), ordered: true);
        Assert.Equal("""row 1: ["a",1] against ["b",2]""", difference);
    }

    [Fact]
    public void Row_counts_are_compared_first()
    {
        Assert.Equal("2 rows against 1", RowComparison.Difference(Rows("[[1],[2]]"), Rows("[[1]]"), ordered: false));
    }

    [Fact]
    public void Numbers_compare_by_value_across_integer_and_float()
    {
        Assert.Null(RowComparison.Difference(Rows("[[3, 0.1]]"), Rows("[[3.0, 0.10000000000000002]]"), ordered: true));
        Assert.Null(RowComparison.Difference(Rows("[[3, [1, 2.5]], [1, []]]"), Rows("[[1.0, []], [3.0, [1.0, 2.5]]]"), ordered: false));
        Assert.NotNull(RowComparison.Difference(Rows("[[3]]"), Rows("[[3.001]]"), ordered: true));
        Assert.NotNull(RowComparison.Difference(Rows("""[["3"]]"""), Rows("[[3]]"), ordered: true));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n.name ORDER BY n.name", true)]
    [InlineData("MATCH (n) RETURN n.name\norder  by n.name DESC", true)]
    [InlineData("MATCH (n) RETURN count(n)", false)]
    [InlineData("MATCH (n) WHERE n.text CONTAINS 'ORDER BY' RETURN n", false)]
    [InlineData("MATCH (n) // ORDER BY later\nRETURN n", false)]
    public void A_query_is_ordered_when_it_says_ORDER_BY_outside_literals_and_comments(string cypher, bool ordered)
    {
        Assert.Equal(ordered, RowComparison.IsOrdered(cypher));
    }

    [Fact]
    public void A_failed_query_on_either_side_counts_as_a_difference()
    {
        var query = new BenchQuery("q", "MATCH (n) RETURN count(n)", new Dictionary<string, object?>(), 1);
        var ours = JObject.Parse("""{"name":"q","medianMs":2.0,"columns":["c"],"rows":[[5]]}""");
        var kuzu = JObject.Parse("""{"name":"q","error":"Binder exception: x\nmore"}""");
        Assert.Equal("Kuzu failed: Binder exception: x", SideBySideReport.Compare(query, ours, kuzu).Difference);
        var same = SideBySideReport.Compare(query, ours, JObject.Parse("""{"name":"q","medianMs":4.0,"rows":[[5.0]]}"""));
        Assert.Null(same.Difference);
        Assert.Equal(0.5, same.Ratio);
    }
}
