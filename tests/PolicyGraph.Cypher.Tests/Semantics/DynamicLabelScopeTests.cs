using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Semantics;

/// <summary>A $(…) label or type in MATCH is evaluated on the incoming row, so it may read only what was bound before.</summary>
public sealed class DynamicLabelScopeTests
{
    [Theory]
    [InlineData("MATCH (a)-->(b:$(a.kind)) RETURN b", "a")]
    [InlineData("MATCH (a)-[:$(a.kind)]->(b) RETURN b", "a")]
    [InlineData("MATCH (a)-[r]->(b)-[:$(r.next)]->(c) RETURN c", "r")]
    [InlineData("MATCH (a), (b:$(a.kind)) RETURN b", "a")]
    [InlineData("MATCH (a) WHERE EXISTS { (a)-->(x)-->(:$(x.kind)) } RETURN a", "x")]
    public void ReadingAVariableOfTheSameMatchIsACompileError(string query, string variable)
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));

        Assert.Equal("InvalidLabelExpression", error.Detail);
        Assert.Contains($"`{variable}` is defined in the same MATCH clause", error.Message);
    }

    [Theory]
    [InlineData("WITH 'X' AS k MATCH (n:$(k)) RETURN n")]
    [InlineData("MATCH (a) MATCH (a)-->(b:$(a.kind)) RETURN b")]
    [InlineData("MATCH (a) MATCH (b)-[:$(a.kind)]->(c) RETURN c")]
    [InlineData("MATCH (a) WHERE EXISTS { (a)-->(:$(a.kind)) } RETURN a")]
    [InlineData("MATCH (a) CREATE (a)-[:$(a.kind)]->(b:$(a.kind))")]
    public void VariablesBoundBeforeTheClauseCanBeRead(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }
}
