using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using static PolicyGraph.Embedded.Tests.Expressions.E;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class AggregateReferenceTests
{
    private sealed class AggregatedRow(Expression call, object? value) : IAggregateRow
    {
        public bool TryGetValue(string variable, out object? bound)
        {
            bound = null;
            return false;
        }

        public bool TryGetAggregate(Expression aggregateCall, out object? result)
        {
            result = value;
            return ReferenceEquals(aggregateCall, call);
        }
    }

    [Fact]
    public void Aggregate_calls_read_their_finished_value_from_the_row()
    {
        var count = new CountStar();
        var expression = Bin(BinaryOperator.Add, count, Int(1)); // count(*) + 1
        Assert.Equal(8L, Eval(expression, new AggregatedRow(count, 7L)));
    }

    [Fact]
    public void Aggregate_values_are_visible_inside_comprehensions()
    {
        var collect = Call("collect", Var("x"));
        var comprehension = new ListComprehension(Var("y"), collect, null, Bin(BinaryOperator.Multiply, Var("y"), Int(2)));
        var row = new AggregatedRow(collect, new object?[] { 1L, 2L });
        Assert.Equal(new object?[] { 2L, 4L }, (IEnumerable<object?>)Eval(comprehension, row)!);
    }

    [Fact]
    public void An_aggregate_outside_an_aggregation_is_an_invalid_aggregation()
    {
        var error = Assert.Throws<CypherException>(() => Eval(Call("sum", Int(1))));
        Assert.Equal("InvalidAggregation", error.Detail);
    }
}
