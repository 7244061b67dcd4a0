using PolicyGraph.Tck.Tests.Values;

namespace PolicyGraph.Tck.Tests.RunnerTests;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("-42", "-42")]
    [InlineData("4611686018427387905", "4611686018427387905")]
    [InlineData("1.0", "1.0")]
    [InlineData("1e308", "1E+308")]
    [InlineData("-1e-305", "-1E-305")]
    [InlineData(".5", "0.5")]
    [InlineData("NaN", "NaN")]
    [InlineData("[1, 'a', [2]]", "[1, 'a', [2]]")]
    [InlineData("{b:1, a: 'x'}", "{a: 'x', b: 1}")]
    [InlineData("{``: null}", "{: null}")]
    [InlineData("(:B:A {name: 'x'})", "(:A:B {name: 'x'})")]
    [InlineData("()", "()")]
    [InlineData("[:KNOWS {num: 1}]", "[:KNOWS {num: 1}]")]
    [InlineData("<(:A)-[:T]->(:B)<-[:U {k: 1}]-(:C)>", "<(:A)-[:T]->(:B)<-[:U {k: 1}]-(:C)>")]
    [InlineData("<()>", "<()>")]
    public void Parses_to_canonical_text(string notation, string canonical) =>
        Assert.Equal(canonical, CanonicalText.Of(TckValueParser.Parse(notation)));

    [Fact]
    public void Integers_and_floats_differ()
    {
        Assert.IsType<TckInteger>(TckValueParser.Parse("1"));
        Assert.IsType<TckFloat>(TckValueParser.Parse("1.0"));
        Assert.NotEqual(CanonicalText.Of(TckValueParser.Parse("1")), CanonicalText.Of(TckValueParser.Parse("1.0")));
    }

    [Fact]
    public void String_escapes_apply_after_gherkin_unescaping()
    {
        // The cell 'a\\bcn5t\'"\\//\\"\'' (after Gherkin) is the string a\bcn5t'"\//\"'
        var value = Assert.IsType<TckString>(TckValueParser.Parse(@"'a\\bcn5t\'""\\//\\""\''"));
        Assert.Equal(@"a\bcn5t'""\//\""'", value.Value);
    }

    [Theory]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("'open")]
    [InlineData("12abc")]
    [InlineData("1 2")]
    public void Malformed_values_name_the_column(string notation)
    {
        var error = Assert.Throws<FormatException>(() => TckValueParser.Parse(notation));
        Assert.Contains("column", error.Message);
    }

    [Fact]
    public void Ignoring_list_order_sorts_nested_lists()
    {
        var a = TckValueParser.Parse("[[2, 1], 3]");
        var b = TckValueParser.Parse("[3, [1, 2]]");
        Assert.NotEqual(CanonicalText.Of(a), CanonicalText.Of(b));
        Assert.Equal(CanonicalText.Of(a, ignoreListOrder: true), CanonicalText.Of(b, ignoreListOrder: true));
    }
}
