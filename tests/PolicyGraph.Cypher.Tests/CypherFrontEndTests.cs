using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests;

public sealed class CypherFrontEndTests
{
    [Fact]
    public void SplitsAScriptOnlyAtStatementSeparators()
    {
        const string script = """
            CREATE (:Policy {title: 'A; B'}); // one; still a comment
            /* ; */ CREATE (:`odd;name`);

            ;
            MATCH (n) RETURN count(n)
            """;

        var statements = CypherFrontEnd.SplitStatements(script);

        Assert.Equal(
            ["CREATE (:Policy {title: 'A; B'})", "// one; still a comment\n/* ; */ CREATE (:`odd;name`)", "MATCH (n) RETURN count(n)"],
            statements);
        Assert.All(statements, statement => Assert.NotNull(CypherFrontEnd.Compile(statement)));
    }

    [Fact]
    public void SplittingReportsAnUnterminatedStringWithItsPosition()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.SplitStatements("RETURN 1;\nRETURN 'open"));

        Assert.Equal((2, 8), (error.Line, error.Column));
    }
}
