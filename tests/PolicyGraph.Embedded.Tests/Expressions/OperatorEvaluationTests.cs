using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Embedded.Tests.Expressions.E;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class OperatorEvaluationTests
{
    [Fact]
    public void Arithmetic_respects_the_tree_it_is_given()
    {
        // (1 + 2) * 3 ^ 2 = 27.0 (^ yields a float).
        var expression = Bin(BinaryOperator.Multiply, Bin(BinaryOperator.Add, Int(1), Int(2)), Bin(BinaryOperator.Power, Int(3), Int(2)));
        Assert.Equal(27.0, Eval(expression));
    }

    [Fact]
    public void And_short_circuits_on_false_but_still_yields_null_for_unknowns()
    {
        Assert.Equal(false, Eval(Bin(BinaryOperator.And, Bool(false), Null)));
        Assert.Null(Eval(Bin(BinaryOperator.And, Bool(true), Null)));
        Assert.Equal(true, Eval(Bin(BinaryOperator.Or, Null, Bool(true))));
    }

    [Fact]
    public void In_uses_equality_with_null_semantics()
    {
        Assert.Equal(true, Eval(Bin(BinaryOperator.In, Int(1), List(Float(1.0), Null))));
        Assert.Null(Eval(Bin(BinaryOperator.In, Int(2), List(Int(1), Null))));
        Assert.Equal(false, Eval(Bin(BinaryOperator.In, Int(2), List(Int(1), Int(3)))));
        Assert.Null(Eval(Bin(BinaryOperator.In, Null, List(Int(1)))));
        Assert.Equal(false, Eval(Bin(BinaryOperator.In, Null, List())));
        Assert.Equal(true, Eval(Bin(BinaryOperator.In, List(Int(1)), List(List(Int(1)), Int(2)))));
    }

    [Fact]
    public void String_predicates_are_null_for_non_strings()
    {
        Assert.Equal(true, Eval(Bin(BinaryOperator.StartsWith, Str("数据安全法"), Str("数据"))));
        Assert.Equal(true, Eval(Bin(BinaryOperator.EndsWith, Str("abc"), Str("bc"))));
        Assert.Equal(false, Eval(Bin(BinaryOperator.Contains, Str("abc"), Str("x"))));
        Assert.Null(Eval(Bin(BinaryOperator.Contains, Int(1), Str("1"))));
        Assert.Null(Eval(Bin(BinaryOperator.StartsWith, Str("a"), Null)));
    }

    [Fact]
    public void Regex_match_must_cover_the_whole_string()
    {
        Assert.Equal(true, Eval(Bin(BinaryOperator.RegexMatch, Str("ab"), Str("a.|x"))));
        Assert.Equal(false, Eval(Bin(BinaryOperator.RegexMatch, Str("abc"), Str("a.|x"))));
        Assert.Null(Eval(Bin(BinaryOperator.RegexMatch, Null, Str("a"))));
        Assert.Throws<CypherException>(() => Eval(Bin(BinaryOperator.RegexMatch, Str("a"), Str("("))));
        // Unbalanced on its own; wrapped in the anchoring group it would balance and match "xxb" anywhere.
        var unbalanced = Assert.Throws<CypherException>(() => Eval(Bin(BinaryOperator.RegexMatch, Str("xxb"), Str("a)|(b"))));
        Assert.Contains("a)|(b", unbalanced.Message);
    }

    [Fact]
    public void Is_null_and_not()
    {
        Assert.Equal(true, Eval(Un(UnaryOperator.IsNull, Null)));
        Assert.Equal(false, Eval(Un(UnaryOperator.IsNotNull, Null)));
        Assert.Null(Eval(Un(UnaryOperator.Not, Null)));
        Assert.Equal(-3L, Eval(Un(UnaryOperator.Minus, Int(3))));
    }

    [Fact]
    public void Runtime_errors_carry_the_position_of_the_failing_expression()
    {
        var division = new BinaryExpression(BinaryOperator.Divide, Int(1), Int(0)) { Position = new SourcePosition(10, 2, 8) };
        var error = Assert.Throws<CypherException>(() => Eval(division));
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Equal("DivisionByZero", error.Detail);
    }

    [Fact]
    public void Comparison_operators_use_openCypher_comparability()
    {
        Assert.Equal(true, Eval(Bin(BinaryOperator.LessThan, Int(1), Float(3.14))));
        Assert.Null(Eval(Bin(BinaryOperator.LessThan, Str("1"), Int(1))));
        Assert.Equal(true, Eval(Bin(BinaryOperator.Equal, Int(1), Float(1.0))));
        Assert.Null(Eval(Bin(BinaryOperator.NotEqual, Null, Null)));
    }
}
