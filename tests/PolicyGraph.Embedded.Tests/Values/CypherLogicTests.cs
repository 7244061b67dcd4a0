using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

// Truth tables from the openCypher TCK (expressions/boolean/Boolean1..4).
public class CypherLogicTests
{
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, null, false)]
    [InlineData(null, false, false)]
    [InlineData(true, null, null)]
    [InlineData(null, null, null)]
    public void And(bool? left, bool? right, bool? expected) => Assert.Equal(expected, CypherLogic.And(left, right));

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(true, null, true)]
    [InlineData(null, true, true)]
    [InlineData(false, null, null)]
    [InlineData(null, null, null)]
    public void Or(bool? left, bool? right, bool? expected) => Assert.Equal(expected, CypherLogic.Or(left, right));

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(true, null, null)]
    [InlineData(null, false, null)]
    public void Xor(bool? left, bool? right, bool? expected) => Assert.Equal(expected, CypherLogic.Xor(left, right));

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(null, null)]
    public void Not(bool? operand, bool? expected) => Assert.Equal(expected, CypherLogic.Not(operand));

    [Fact]
    public void Non_boolean_operands_are_type_errors()
    {
        Assert.Equal("InvalidArgumentType", Assert.Throws<CypherException>(() => CypherLogic.And(123L, true)).Detail);
        Assert.Throws<CypherException>(() => CypherLogic.Or("x", null));
        Assert.Throws<CypherException>(() => CypherLogic.Not(V.List()));
    }
}
