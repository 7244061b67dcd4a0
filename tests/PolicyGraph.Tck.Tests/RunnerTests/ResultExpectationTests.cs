using PolicyGraph.Core.Querying;
using PolicyGraph.Tck.Tests.Execution;
using PolicyGraph.Testing.Tck;

namespace PolicyGraph.Tck.Tests.RunnerTests;

public sealed class ResultExpectationTests
{
    private static readonly NodeValue Alice = new("n1", ["Person", "A"], new Dictionary<string, object?> { ["name"] = "a" });
    private static readonly NodeValue Bob = new("n2", ["B"], new Dictionary<string, object?>());

    [Fact]
    public void Bags_ignore_row_order_but_lists_ordered_rows_do_not()
    {
        var table = Table(["x"], ["1"], ["2"]);
        var actual = Result(["x"], [2L], [1L]);
        Assert.Null(ResultExpectation.FromTable(table, ordered: false, ignoreListOrder: false).Mismatch(actual));
        Assert.NotNull(ResultExpectation.FromTable(table, ordered: true, ignoreListOrder: false).Mismatch(actual));
    }

    [Fact]
    public void Bags_count_duplicates()
    {
        var expectation = ResultExpectation.FromTable(Table(["x"], ["1"], ["1"]), false, false);
        var mismatch = expectation.Mismatch(Result(["x"], [1L], [2L]));
        Assert.NotNull(mismatch);
        Assert.Contains("Missing: | 1 |", mismatch);
        Assert.Contains("Unexpected: | 2 |", mismatch);
    }

    [Fact]
    public void Integer_one_is_not_float_one_and_nan_equals_nan()
    {
        var expectation = ResultExpectation.FromTable(Table(["x", "y"], ["1", "NaN"]), false, false);
        Assert.NotNull(expectation.Mismatch(Result(["x", "y"], [1.0, double.NaN])));
        Assert.Null(expectation.Mismatch(Result(["x", "y"], [1L, double.NaN])));
    }

    [Fact]
    public void Columns_must_match_in_order()
    {
        var expectation = ResultExpectation.FromTable(Table(["a", "b"], ["1", "2"]), false, false);
        Assert.Contains("Columns differ", expectation.Mismatch(Result(["b", "a"], [2L, 1L])));
    }

    [Fact]
    public void Nodes_compare_by_label_set_and_properties()
    {
        var expectation = ResultExpectation.FromTable(Table(["n"], ["(:A:Person {name: 'a'})"], ["(:B)"]), false, false);
        Assert.Null(expectation.Mismatch(Result(["n"], [Bob], [Alice])));
        var renamed = Alice with { Properties = new Dictionary<string, object?> { ["name"] = "z" } };
        Assert.NotNull(expectation.Mismatch(Result(["n"], [Bob], [renamed])));
    }

    [Fact]
    public void Paths_keep_the_direction_of_each_hop()
    {
        var knows = new RelationshipValue("r1", "KNOWS", "n2", "n1", new Dictionary<string, object?>());
        var path = new PathValue([Alice, Bob], [knows]);
        var backward = ResultExpectation.FromTable(Table(["p"], ["<(:A:Person {name: 'a'})<-[:KNOWS]-(:B)>"]), false, false);
        var forward = ResultExpectation.FromTable(Table(["p"], ["<(:A:Person {name: 'a'})-[:KNOWS]->(:B)>"]), false, false);
        Assert.Null(backward.Mismatch(Result(["p"], [path])));
        Assert.NotNull(forward.Mismatch(Result(["p"], [path])));
    }

    [Fact]
    public void Lists_compare_as_bags_only_when_asked()
    {
        var table = Table(["l"], ["[1, 2, [3, 4]]"]);
        var actual = Result(["l"], [new List<object?> { 2L, new List<object?> { 4L, 3L }, 1L }]);
        Assert.NotNull(ResultExpectation.FromTable(table, false, ignoreListOrder: false).Mismatch(actual));
        Assert.Null(ResultExpectation.FromTable(table, false, ignoreListOrder: true).Mismatch(actual));
    }

    [Fact]
    public void Empty_expectation_accepts_only_zero_rows()
    {
        Assert.Null(ResultExpectation.Empty.Mismatch(Result(["x"])));
        Assert.NotNull(ResultExpectation.Empty.Mismatch(Result(["x"], [1L])));
    }

    [Fact]
    public void Maps_ignore_key_order()
    {
        var expectation = ResultExpectation.FromTable(Table(["m"], ["{a: 1, b: 'x'}"]), false, false);
        var map = new Dictionary<string, object?> { ["b"] = "x", ["a"] = 1L };
        Assert.Null(expectation.Mismatch(Result(["m"], [map])));
    }

    private static DataTable Table(params string[][] rows) => new(rows);

    private static QueryResult Result(string[] columns, params object?[][] rows) =>
        new(columns, rows, QueryCounters.None);
}
