using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

public class CypherArithmeticTests
{
    [Fact]
    public void Integer_operations_stay_integer()
    {
        Assert.Equal(5L, CypherArithmetic.Add(2L, 3L));
        Assert.Equal(-1L, CypherArithmetic.Subtract(2L, 3L));
        Assert.Equal(6L, CypherArithmetic.Multiply(2L, 3L));
        Assert.Equal(3L, CypherArithmetic.Divide(7L, 2L));
        Assert.Equal(-3L, CypherArithmetic.Divide(-7L, 2L));
        Assert.Equal(1L, CypherArithmetic.Modulo(7L, 3L));
        Assert.Equal(-1L, CypherArithmetic.Modulo(-7L, 3L));
    }

    [Fact]
    public void A_float_operand_promotes_the_result_to_float()
    {
        Assert.Equal(5.5, CypherArithmetic.Add(2L, 3.5));
        Assert.Equal(3.5, CypherArithmetic.Divide(7L, 2.0));
        Assert.Equal(1.5, CypherArithmetic.Modulo(7.5, 2L));
    }

    [Fact]
    public void Power_is_always_a_float()
    {
        Assert.Equal(8.0, CypherArithmetic.Power(2L, 3L));
        Assert.IsType<double>(CypherArithmetic.Power(2L, 3L));
    }

    [Fact]
    public void Float_division_by_zero_follows_IEEE()
    {
        Assert.Equal(double.PositiveInfinity, CypherArithmetic.Divide(1.0, 0L));
        Assert.True(double.IsNaN((double)CypherArithmetic.Divide(0.0, 0.0)!));
    }

    [Theory]
    [InlineData("divide")]
    [InlineData("modulo")]
    public void Integer_division_by_zero_is_an_error(string operation)
    {
        var error = Assert.Throws<CypherException>(() =>
            operation == "divide" ? CypherArithmetic.Divide(1L, 0L) : CypherArithmetic.Modulo(1L, 0L));
        Assert.Equal("ArithmeticError", error.Category);
        Assert.Equal("DivisionByZero", error.Detail);
    }

    [Fact]
    public void Integer_overflow_is_an_error_not_a_wrap_around()
    {
        Assert.Equal("IntegerOverflow", Assert.Throws<CypherException>(() => CypherArithmetic.Add(long.MaxValue, 1L)).Detail);
        Assert.Equal("IntegerOverflow", Assert.Throws<CypherException>(() => CypherArithmetic.Subtract(long.MinValue, 1L)).Detail);
        Assert.Equal("IntegerOverflow", Assert.Throws<CypherException>(() => CypherArithmetic.Multiply(long.MaxValue, 2L)).Detail);
        Assert.Equal("IntegerOverflow", Assert.Throws<CypherException>(() => CypherArithmetic.Divide(long.MinValue, -1L)).Detail);
        Assert.Equal("IntegerOverflow", Assert.Throws<CypherException>(() => CypherArithmetic.Negate(long.MinValue)).Detail);
        Assert.Equal(long.MinValue, CypherArithmetic.Multiply(-4611686018427387904L, 2L));
    }

    [Fact]
    public void Null_operands_give_null()
    {
        Assert.Null(CypherArithmetic.Add(null, 1L));
        Assert.Null(CypherArithmetic.Multiply(2L, null));
        Assert.Null(CypherArithmetic.Power(null, null));
        Assert.Null(CypherArithmetic.Negate(null));
    }

    [Fact]
    public void Plus_concatenates_strings_and_renders_numbers_like_toString()
    {
        Assert.Equal("ab", CypherArithmetic.Add("a", "b"));
        Assert.Equal("x->1", CypherArithmetic.Add("x->", 1L));
        Assert.Equal("1.0a", CypherArithmetic.Add(1.0, "a"));
        Assert.Equal("atrue", CypherArithmetic.Add("a", true));
    }

    [Fact]
    public void Plus_concatenates_lists_and_appends_single_elements()
    {
        // TCK List4: [1, 10, 100] + [4, 5] and [false, true] + false.
        Assert.Equal(new object?[] { 1L, 10L, 100L, 4L, 5L }, (IEnumerable<object?>)CypherArithmetic.Add(V.List(1L, 10L, 100L), V.List(4L, 5L))!);
        Assert.Equal(new object?[] { false, true, false }, (IEnumerable<object?>)CypherArithmetic.Add(V.List(false, true), false)!);
        Assert.Equal(new object?[] { 0L, 1L }, (IEnumerable<object?>)CypherArithmetic.Add(0L, V.List(1L))!);
    }

    [Fact]
    public void Operands_of_the_wrong_type_raise_a_type_error()
    {
        var error = Assert.Throws<CypherException>(() => CypherArithmetic.Subtract("a", 1L));
        Assert.Equal("TypeError", error.Category);
        Assert.Equal(QueryPhase.Runtime, error.Phase);
        Assert.Throws<CypherException>(() => CypherArithmetic.Add(true, 1L));
        Assert.Throws<CypherException>(() => CypherArithmetic.Add(V.Map(), "a"));
    }
}
