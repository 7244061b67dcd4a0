using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Values;
using static PolicyGraph.Embedded.Tests.Expressions.FunctionHarness;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class ListAndStringFunctionTests
{
    [Theory]
    [InlineData(-10L, -3L, new long[] { -10, -9, -8, -7, -6, -5, -4, -3 })]
    [InlineData(0L, -1L, new long[0])]
    [InlineData(1234L, 1234L, new long[] { 1234 })]
    public void Range_with_default_step(long start, long end, long[] expected)
    {
        Assert.Equal(expected.Cast<object?>(), (IEnumerable<object?>)Call("range", start, end)!);
    }

    [Theory]
    [InlineData(1381L, -3412L, -1298L, new long[] { 1381, 83, -1215, -2513 })]
    [InlineData(0L, 1L, 2L, new long[] { 0 })]
    [InlineData(0L, 1L, -1L, new long[0])]
    [InlineData(-3412L, 1381L, 1298L, new long[] { -3412, -2114, -816, 482 })]
    public void Range_with_explicit_step(long start, long end, long step, long[] expected)
    {
        // TCK List11 [2].
        Assert.Equal(expected.Cast<object?>(), (IEnumerable<object?>)Call("range", start, end, step)!);
    }

    [Fact]
    public void A_long_range_is_indexed_without_being_built_and_spans_the_whole_long_range()
    {
        var hundredMillion = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Call("range", 1L, 100_000_000L));
        var extremes = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Call("range", long.MinValue, long.MaxValue, 1L << 62));

        Assert.Equal(100_000_000, hundredMillion.Count);
        Assert.Equal(100_000_000L, hundredMillion[^1]);
        Assert.Equal(new object?[] { long.MinValue, -(1L << 62), 0L, 1L << 62 }, extremes);
    }

    [Fact]
    public void Range_rejects_a_zero_step_and_non_integer_arguments()
    {
        var zeroStep = Assert.Throws<CypherException>(() => Call("range", 2L, 8L, 0L));
        Assert.Equal(("ArgumentError", "NumberOutOfRange"), (zeroStep.Category, zeroStep.Detail));
        foreach (var bad in new object?[] { true, 1.1, 0.0, "xyz", V.List(0L), V.Map(("start", 0L)) })
        {
            var error = Assert.Throws<CypherException>(() => Call("range", bad, 1L, 1L));
            Assert.Equal(("ArgumentError", "InvalidArgumentType"), (error.Category, error.Detail));
        }
    }

    [Fact]
    public void Head_last_tail_and_size()
    {
        var list = V.List(1L, 2L, 3L);
        Assert.Equal(1L, Call("head", list));
        Assert.Equal(3L, Call("last", list));
        Assert.Equal(new object?[] { 2L, 3L }, (IEnumerable<object?>)Call("tail", list)!);
        Assert.Null(Call("head", V.List()));
        Assert.Empty((IEnumerable<object?>)Call("tail", V.List())!);
        Assert.Equal(3L, Call("size", list));
        Assert.Equal(4L, Call("size", "政策文件"));
        Assert.Null(Call("size", (object?)null));
    }

    [Fact]
    public void Reverse_handles_lists_and_strings()
    {
        Assert.Equal(new object?[] { 3L, null, 1L }, (IEnumerable<object?>)Call("reverse", V.List(1L, null, 3L))!);
        Assert.Equal("cba", Call("reverse", "abc"));
    }

    [Fact]
    public void Coalesce_returns_the_first_non_null_argument()
    {
        Assert.Equal("x", Call("coalesce", null, "x", "y"));
        Assert.Null(Call("coalesce", null, null));
    }

    [Fact]
    public void Substring_left_right()
    {
        Assert.Equal("ell", Call("substring", "hello", 1L, 3L));
        Assert.Equal("llo", Call("substring", "hello", 2L));
        Assert.Equal("", Call("substring", "hello", 10L));
        Assert.Equal("he", Call("left", "hello", 2L));
        Assert.Equal("hello", Call("left", "hello", 20L));
        Assert.Equal("lo", Call("right", "hello", 2L));
        Assert.Null(Call("left", null, 2L));
        Assert.Equal("NumberOutOfRange", Assert.Throws<CypherException>(() => Call("left", "hello", -1L)).Detail);
    }

    [Fact]
    public void Trim_case_replace_split()
    {
        Assert.Equal("a b", Call("trim", "  a b  "));
        Assert.Equal("a  ", Call("ltrim", "  a  "));
        Assert.Equal("  a", Call("rtrim", "  a  "));
        Assert.Equal("ABC", Call("toUpper", "abc"));
        Assert.Equal("abc", Call("toLower", "ABC"));
        Assert.Equal("hexxo", Call("replace", "hello", "l", "x"));
        Assert.Equal(new object?[] { "a", "b", "", "c" }, (IEnumerable<object?>)Call("split", "a,b,,c", ",")!);
        Assert.Null(Call("split", "a,b", null));
    }

    [Fact]
    public void String_functions_reject_non_strings()
    {
        var error = Assert.Throws<CypherException>(() => Call("toUpper", 1L));
        Assert.Equal(("TypeError", "InvalidArgumentValue"), (error.Category, error.Detail));
    }
}
