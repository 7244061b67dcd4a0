using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Values;
using PolicyGraph.Embedded.Values;
using static PolicyGraph.Embedded.Tests.Expressions.FunctionHarness;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class MathAndConversionFunctionTests
{
    [Fact]
    public void Abs_sign_keep_integer_type()
    {
        Assert.Equal(5L, Call("abs", -5L));
        Assert.Equal(2.5, Call("abs", -2.5));
        Assert.Equal(-1L, Call("sign", -3.2));
        Assert.Equal(0L, Call("sign", 0L));
    }

    [Fact]
    public void Ceil_floor_round_return_floats()
    {
        Assert.Equal(2.0, Call("ceil", 1.1));
        Assert.Equal(1.0, Call("floor", 1.9));
        Assert.Equal(3.0, Call("round", 2.5));
        Assert.Equal(-1.0, Call("round", -1.5));
        Assert.Equal(2.0, Call("ceil", 2L));
        Assert.Equal(3.14, Call("round", 3.14159, 2L));
    }

    [Fact]
    public void Transcendental_functions()
    {
        Assert.Equal(3.0, Call("sqrt", 9L));
        Assert.Equal(2.0, Call("log10", 100L));
        Assert.Equal(180.0, Call("degrees", Math.PI));
        Assert.Equal(Math.PI, Call("pi"));
        Assert.Equal(0.5, (double)Call("haversin", Math.PI / 2)!, 10);
        Assert.Equal(Math.PI / 4, Call("atan2", 1L, 1L));
        Assert.Null(Call("sqrt", (object?)null));
        Assert.True(double.IsNaN((double)Call("sqrt", -1L)!));
    }

    [Fact]
    public void Rand_is_in_unit_interval()
    {
        var value = Assert.IsType<double>(Call("rand"));
        Assert.InRange(value, 0.0, 1.0);
    }

    [Fact]
    public void ToInteger_follows_the_TCK()
    {
        // TCK TypeConversion2.
        Assert.Equal(82L, Call("toInteger", 82.9));
        Assert.Equal(1L, Call("toInteger", "1.7"));
        Assert.Equal(2L, Call("toInteger", "2"));
        Assert.Null(Call("toInteger", "foo"));
        Assert.Null(Call("toInteger", ""));
        foreach (var invalid in new object?[] { V.List(), V.Map(), new NodeRef(1) })
        {
            var error = Assert.Throws<CypherException>(() => Call("toInteger", invalid));
            Assert.Equal(("TypeError", "InvalidArgumentValue", QueryPhase.Runtime), (error.Category, error.Detail, error.Phase));
        }
    }

    [Fact]
    public void ToFloat_follows_the_TCK()
    {
        // TCK TypeConversion3.
        Assert.Equal(3.0, Call("toFloat", 3L));
        Assert.Equal(5.0, Call("toFloat", "5"));
        Assert.Null(Call("toFloat", "foo"));
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherException>(() => Call("toFloat", true)).Detail);
    }

    [Fact]
    public void ToBoolean_follows_the_TCK()
    {
        // TCK TypeConversion1.
        Assert.Equal(true, Call("toBoolean", "true"));
        Assert.Equal(false, Call("toBoolean", "false"));
        Assert.Null(Call("toBoolean", " tru "));
        Assert.Null(Call("toBoolean", "f alse"));
        Assert.Null(Call("toBoolean", ""));
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherException>(() => Call("toBoolean", 1.0)).Detail);
        Assert.Throws<CypherException>(() => Call("toBoolean", V.List()));
    }

    [Fact]
    public void ToString_follows_the_TCK()
    {
        // TCK TypeConversion4.
        Assert.Equal("42", Call("toString", 42L));
        Assert.Equal("2.3", Call("toString", 2.3));
        Assert.Equal("true", Call("toString", true));
        Assert.Equal("apa", Call("toString", "apa"));
        Assert.Equal("InvalidArgumentValue", Assert.Throws<CypherException>(() => Call("toString", V.List())).Detail);
        Assert.Null(Call("toStringOrNull", V.Map()));
    }
}
