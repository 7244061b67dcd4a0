using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Embedded.Tests.Expressions.E;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class ListExpressionEvaluationTests
{
    [Fact]
    public void List_comprehension_filters_and_projects()
    {
        // [x IN [1, 2, 3, 4] WHERE x % 2 = 0 | x * 10] = [20, 40]
        var comprehension = new ListComprehension(
            Var("x"),
            List(Int(1), Int(2), Int(3), Int(4)),
            Bin(BinaryOperator.Equal, Bin(BinaryOperator.Modulo, Var("x"), Int(2)), Int(0)),
            Bin(BinaryOperator.Multiply, Var("x"), Int(10)));
        Assert.Equal(new object?[] { 20L, 40L }, (IEnumerable<object?>)Eval(comprehension)!);
    }

    [Fact]
    public void Comprehension_variables_shadow_outer_ones_only_inside()
    {
        var comprehension = new ListComprehension(Var("x"), List(Int(1)), null, Bin(BinaryOperator.Add, Var("x"), Var("y")));
        var row = Row(("x", 100L), ("y", 5L));
        Assert.Equal(new object?[] { 6L }, (IEnumerable<object?>)Eval(comprehension, row)!);
    }

    [Fact]
    public void Reduce_folds_left()
    {
        // reduce(acc = 0, x IN [1, 2, 3] | acc * 10 + x) = 123
        var reduce = new Reduce(Var("acc"), Int(0), Var("x"), List(Int(1), Int(2), Int(3)),
            Bin(BinaryOperator.Add, Bin(BinaryOperator.Multiply, Var("acc"), Int(10)), Var("x")));
        Assert.Equal(123L, Eval(reduce));
    }

    public static TheoryData<QuantifierKind, object?> QuantifierOverTrueNullFalse => new()
    {
        // Elements evaluate to true, null, false: any → true, all → false, none → false, single → null.
        { QuantifierKind.Any, true },
        { QuantifierKind.All, false },
        { QuantifierKind.None, false },
        { QuantifierKind.Single, null },
    };

    [Theory]
    [MemberData(nameof(QuantifierOverTrueNullFalse))]
    public void Quantifiers_use_three_valued_logic(QuantifierKind kind, object? expected)
    {
        var quantifier = new Quantifier(kind, Var("x"), List(Int(1), Null, Int(3)), Bin(BinaryOperator.LessThan, Var("x"), Int(2)));
        Assert.Equal(expected, Eval(quantifier));
    }

    [Theory]
    [InlineData(QuantifierKind.All, true)]
    [InlineData(QuantifierKind.Any, false)]
    [InlineData(QuantifierKind.None, true)]
    [InlineData(QuantifierKind.Single, false)]
    public void Quantifiers_over_an_empty_list(QuantifierKind kind, bool expected)
    {
        Assert.Equal(expected, Eval(new Quantifier(kind, Var("x"), List(), Bin(BinaryOperator.Equal, Var("x"), Int(1)))));
    }

    [Fact]
    public void Single_is_true_only_for_exactly_one_match_without_unknowns()
    {
        var one = new Quantifier(QuantifierKind.Single, Var("x"), List(Int(1), Int(2)), Bin(BinaryOperator.Equal, Var("x"), Int(2)));
        var two = new Quantifier(QuantifierKind.Single, Var("x"), List(Int(2), Int(2), Null), Bin(BinaryOperator.Equal, Var("x"), Int(2)));
        Assert.Equal(true, Eval(one));
        Assert.Equal(false, Eval(two));
    }

    [Fact]
    public void Case_simple_and_generic()
    {
        var simple = new CaseExpression(Int(2), [new CaseAlternative(Int(1), Str("one")), new CaseAlternative(Float(2.0), Str("two"))], Str("other"));
        var noMatch = new CaseExpression(Null, [new CaseAlternative(Null, Str("null"))], null);
        var generic = new CaseExpression(null, [new CaseAlternative(Null, Str("a")), new CaseAlternative(Bool(true), Str("b"))], null);
        Assert.Equal("two", Eval(simple));
        Assert.Null(Eval(noMatch));
        Assert.Equal("b", Eval(generic));
    }

    [Fact]
    public void Function_calls_go_through_the_registry_case_insensitively()
    {
        Assert.Equal(3L, Eval(Call("SIZE", List(Int(1), Int(2), Int(3)))));
        Assert.Equal("x", Eval(Call("coalesce", Null, Str("x"))));
    }

    [Fact]
    public void Unknown_functions_and_wrong_arity_fail_at_compile_time()
    {
        var unknown = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => Eval(Call("nope", Int(1))));
        Assert.Equal(("UnknownFunction", PolicyGraph.Core.Querying.QueryPhase.CompileTime), (unknown.Detail, unknown.Phase));
        var arity = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => Eval(Call("size")));
        Assert.Equal("InvalidNumberOfArguments", arity.Detail);
    }

    [Fact]
    public void Exists_on_a_property_tests_presence()
    {
        var row = Row(("m", new Dictionary<string, object?> { ["a"] = 1L }));
        Assert.Equal(true, Eval(Call("exists", Prop(Var("m"), "a")), row));
        Assert.Equal(false, Eval(Call("exists", Prop(Var("m"), "b")), row));
    }
}
