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

    [Fact]
    public void DiagnoseListsEverySemanticProblemInQueryOrder()
    {
        const string query = "MATCH (p:Policy)\nWHERE count(p) > 1\nRETURN q.title, frobnicate(p) AS x, p.a AS x";

        var problems = CypherFrontEnd.Diagnose(query);

        Assert.Equal(
            ["InvalidAggregation", "UndefinedVariable", "UnknownFunction", "ColumnNameConflict"],
            problems.Select(problem => problem.Detail));
        Assert.Equal([(2, 7), (3, 8), (3, 17), (3, 37)], problems.Select(problem => (problem.Line!.Value, problem.Column!.Value)));
        var first = Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));
        Assert.Equal(problems[0].Message, first.Message);
    }

    [Fact]
    public void DiagnoseReportsTheSyntaxErrorAloneWhenTheQueryDoesNotParse()
    {
        var problem = Assert.Single(CypherFrontEnd.Diagnose("MATCH (n RETURN n"));

        Assert.Equal("UnexpectedSyntax", problem.Detail);
    }

    [Fact]
    public void DiagnoseFindsNothingInAValidQuery()
    {
        Assert.Empty(CypherFrontEnd.Diagnose("MATCH (p:Policy)-[:CITES]->(q) RETURN p.title, count(q) AS cited"));
    }
}
