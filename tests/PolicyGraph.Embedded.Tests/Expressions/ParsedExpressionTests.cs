using PolicyGraph.Core.Querying;
using static PolicyGraph.Embedded.Tests.Expressions.Parsed;

namespace PolicyGraph.Embedded.Tests.Expressions;

// Query text goes through the real parser; expected values are taken from the openCypher TCK scenarios named.
public class ParsedExpressionTests
{
    public static TheoryData<string, object?> Scalars => new()
    {
        { "1 + 2 * 3", 7L },                                    // precedence
        { "2 ^ 3 ^ 2", 64.0 },                                  // Precedence: ^ is left-associative in openCypher
        { "-2 ^ 2", 4.0 },
        { "7 / 2", 3L },
        { "7 % -3", 1L },
        { "0.5 + 1", 1.5 },
        { "'a' + 1", "a1" },
        { "size([1, 2, 3][0..2])", 2L },                        // List2
        { "[1, 2, 3][-1]", 3L },
        { "[1, 2, 3][5]", null },
        { "{name: 'Apa'}['name']", "Apa" },                     // Map2
        { "{null: 'Mats', NULL: 'Pontus'}['NULL']", "Pontus" },
        { "1 IN [1, 2]", true },
        { "null IN [1, 2]", null },
        { "[1, 2] = [1, 2.0]", true },
        { "1 < 2 < 3", true },                                  // Comparison3: chains
        { "1 < 3 > 2", true },
        { "3 > 2 > 1 = true", false },                          // (3 > 2) AND (2 > 1) AND (1 = true)
        { "NOT true XOR false", false },                        // NOT binds tighter than XOR
        { "NOT (true XOR false)", false },
        { "true XOR true XOR true", true },
        { "true OR false AND false", true },                    // Precedence1: AND binds tighter than OR
        { "CASE 1 WHEN 1 THEN 'one' ELSE 'other' END", "one" }, // Conditional2
        { "CASE WHEN null THEN 1 ELSE 2 END", 2L },
        { "any(x IN [1, 2, 3] WHERE x > 2)", true },            // Quantifier
        { "all(x IN [] WHERE x > 2)", true },
        { "none(x IN [1, null] WHERE x = 1)", false },
        { "single(x IN [1, 2] WHERE x = 2)", true },
        { "reduce(acc = 0, x IN [1, 2, 3] | acc + x)", 6L },
        { "size([x IN range(1, 10) WHERE x % 3 = 0])", 3L },
        { "toString(1.0)", "1.0" },
        { "toInteger('42')", 42L },
        { "coalesce(null, 'x')", "x" },
        { "'ABC' STARTS WITH 'A'", true },
        { "'abc' =~ 'a.*'", true },
        { "null IS NULL", true },
        { "size('政策')", 2L },
        { "labels(null)", null },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Evaluates_parsed_expressions(string expression, object? expected)
    {
        Assert.Equal(expected, Eval(expression));
    }

    [Fact]
    public void Lists_maps_and_projections_from_parsed_text()
    {
        Assert.Equal(new object?[] { 1L, 10L, 100L, 4L, 5L }, (IEnumerable<object?>)Eval("[1, 10, 100] + [4, 5]")!);
        Assert.Equal(new object?[] { 1L, 9L, 25L }, (IEnumerable<object?>)Eval("[x IN range(1, 5) WHERE x % 2 = 1 | x * x]")!);
        Assert.Equal(new object?[] { "c", "b", "a" }, (IEnumerable<object?>)Eval("reverse(split('a,b,c', ','))")!);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Eval("{a: 1, b: [true, null]}"));
        Assert.Equal(1L, map["a"]);
        Assert.Equal(new object?[] { true, null }, (IEnumerable<object?>)map["b"]!);
    }

    [Fact]
    public void Errors_point_at_the_failing_expression_in_the_query_text()
    {
        var error = Assert.Throws<CypherException>(() => Eval("1 + (2 / 0)"));
        Assert.Equal("DivisionByZero", error.Detail);
        Assert.Equal(1, error.Line);
        Assert.InRange(error.Column!.Value, 13, 17); // inside "2 / 0", not at the enclosing "1 + ..."
    }

    [Fact]
    public void Type_errors_inside_a_comprehension_follow_the_TCK()
    {
        // TypeConversion2 [9]: [x IN [1, {}] | toInteger(x)] fails with TypeError.InvalidArgumentValue at runtime.
        var error = Assert.Throws<CypherException>(() => Eval("[x IN [1, {}] | toInteger(x)]"));
        Assert.Equal(("TypeError", "InvalidArgumentValue", QueryPhase.Runtime), (error.Category, error.Detail, error.Phase));
    }
}
