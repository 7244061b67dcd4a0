using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;
using static PolicyGraph.Embedded.Tests.Expressions.E;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class AccessEvaluationTests
{
    private static readonly Expression Numbers = List(Int(1), Int(2), Int(3), Int(4), Int(5));

    [Theory]
    [InlineData(0, 1L)]
    [InlineData(4, 5L)]
    [InlineData(-1, 5L)]
    [InlineData(-5, 1L)]
    [InlineData(5, null)]
    [InlineData(-6, null)]
    public void List_indexing_counts_from_the_end_for_negative_indexes(long index, object? expected)
    {
        Assert.Equal(expected, Eval(Index(Numbers, Int(index))));
    }

    [Theory]
    [InlineData(1, 3, new long[] { 2, 3 })]
    [InlineData(-3, -1, new long[] { 3, 4 })]
    [InlineData(3, 1, new long[0])]
    [InlineData(2, 100, new long[] { 3, 4, 5 })]
    public void Slicing_clamps_to_the_list(long from, long to, long[] expected)
    {
        Assert.Equal(expected.Cast<object?>(), (IEnumerable<object?>)Eval(Slice(Numbers, Int(from), Int(to)))!);
    }

    [Fact]
    public void Slicing_with_an_open_bound_or_a_null_bound()
    {
        Assert.Equal(new object?[] { 1L, 2L }, (IEnumerable<object?>)Eval(Slice(Numbers, null, Int(2)))!);
        Assert.Equal(new object?[] { 4L, 5L }, (IEnumerable<object?>)Eval(Slice(Numbers, Int(-2), null))!);
        Assert.Null(Eval(Slice(Numbers, Null, Int(2))));
    }

    [Fact]
    public void Indexing_errors_follow_the_TCK()
    {
        // TCK List1 [6], [8]; Map2 [6].
        Assert.Equal("TypeError", Assert.Throws<CypherException>(() => Eval(Index(Int(123), Int(0)))).Category);
        Assert.Equal("TypeError", Assert.Throws<CypherException>(() => Eval(Index(Numbers, Float(1.0)))).Category);
        var mapByInt = Assert.Throws<CypherException>(() => Eval(Index(Map(("name", Str("Apa"))), Int(0))));
        Assert.Equal("MapElementAccessByNonString", mapByInt.Detail);
    }

    [Fact]
    public void Map_access_by_key_and_by_dynamic_key()
    {
        var map = Map(("name", Str("Apa")), ("nums", List(Int(1))));
        Assert.Equal("Apa", Eval(Prop(map, "name")));
        Assert.Null(Eval(Prop(map, "missing")));
        Assert.Equal("Apa", Eval(Index(map, Bin(BinaryOperator.Add, Str("na"), Str("me")))));
        Assert.Null(Eval(Prop(Null, "x")));
    }

    [Fact]
    public void Property_access_on_entities_and_deleted_entities()
    {
        var graph = new TestGraph();
        var node = graph.AddNode(["Policy"], ("title", "条例"));
        var context = new EvaluationContext(graph);
        var row = Row(("n", node));
        Assert.Equal("条例", Eval(Prop(Var("n"), "title"), row, context));
        Assert.Null(Eval(Prop(Var("n"), "missing"), row, context));

        graph.Delete(node);
        var error = Assert.Throws<CypherException>(() => Eval(Prop(Var("n"), "title"), row, context));
        Assert.Equal("DeletedEntityAccess", error.Detail);
    }

    [Fact]
    public void Label_predicates_need_every_label()
    {
        var graph = new TestGraph();
        var node = graph.AddNode(["Policy", "Law"]);
        var context = new EvaluationContext(graph);
        var row = Row(("n", node), ("missing", null));
        Assert.Equal(true, Eval(new LabelPredicate(Var("n"), ["Policy", "Law"]), row, context));
        Assert.Equal(false, Eval(new LabelPredicate(Var("n"), ["Policy", "Notice"]), row, context));
        Assert.Null(Eval(new LabelPredicate(Var("missing"), ["Policy"]), row, context));
    }

    [Fact]
    public void Parameters_and_variables()
    {
        var context = new EvaluationContext(new TestGraph(), new Dictionary<string, object?> { ["limit"] = 10L });
        Assert.Equal(10L, Eval(Param("limit"), context: context));
        Assert.Equal("MissingParameter", Assert.Throws<CypherException>(() => Eval(Param("other"), context: context)).Detail);
        Assert.Equal("UndefinedVariable", Assert.Throws<CypherException>(() => Eval(Var("x"))).Detail);
    }

    [Fact]
    public void Map_projection_selects_properties_literals_variables_and_all()
    {
        var graph = new TestGraph();
        var node = graph.AddNode(["Policy"], ("title", "办法"), ("year", 2020L));
        var row = Row(("n", node), ("level", "national"));
        var projection = new MapProjection(Var("n"), [
            new PropertySelector("title"), new LiteralEntry("answer", Int(42)), new VariableSelector(Var("level")), new PropertySelector("missing"),
        ]);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Eval(projection, row, new EvaluationContext(graph)));

        Assert.Equal("办法", map["title"]);
        Assert.Equal(42L, map["answer"]);
        Assert.Equal("national", map["level"]);
        Assert.Null(map["missing"]);
        var all = new MapProjection(Var("n"), [new AllPropertiesSelector()]);
        var allMap = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Eval(all, row, new EvaluationContext(graph)));
        Assert.Equal(2, allMap.Count);
    }
}
