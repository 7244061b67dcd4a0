using PolicyGraph.Core.Querying;

namespace PolicyGraph.Core.Tests.Querying;

public sealed class CypherStatementFileTests
{
    [Fact]
    public void Statements_end_at_semicolon_lines_and_the_last_may_omit_it()
    {
        var statements = CypherStatementFile.Parse("// name: a\nMATCH (n)\nRETURN n\n;\n\n// name: b\nRETURN 1");

        Assert.Equal(["MATCH (n)\nRETURN n", "RETURN 1"], statements.Select(s => s.Cypher));
        Assert.Equal([2, 7], statements.Select(s => s.Line));
        Assert.Equal([new CypherComment(6, "name: b")], statements[1].Header);
    }

    [Fact]
    public void The_header_is_the_comment_lines_before_the_text_and_a_blank_line_ends_it()
    {
        var statement = Assert.Single(CypherStatementFile.Parse("\n//  @title 标题 | Title  \n// @answers x\n\n// kept in the text\nRETURN 1\n"));

        Assert.Equal([new CypherComment(2, "@title 标题 | Title"), new CypherComment(3, "@answers x")], statement.Header);
        Assert.Equal("// kept in the text\nRETURN 1", statement.Cypher);
        Assert.Equal(5, statement.Line);
        Assert.Equal([2, 3, 5], statement.Comments.Select(c => c.Line));
    }

    [Fact]
    public void Windows_line_ends_read_the_same()
    {
        Assert.Equal(CypherStatementFile.Parse("// h\nRETURN 1\n;\nRETURN 2"), CypherStatementFile.Parse("// h\r\nRETURN 1\r\n;\r\nRETURN 2"),
            new StatementComparer());
    }

    [Fact]
    public void Blank_lines_around_semicolons_are_not_statements_but_a_header_alone_is()
    {
        var statements = CypherStatementFile.Parse("\n;\n  ;  \n// name: empty\n;\n");

        var statement = Assert.Single(statements);
        Assert.Equal("", statement.Cypher);
        Assert.Equal(0, statement.Line);
        Assert.Equal([new CypherComment(4, "name: empty")], statement.Header);
    }

    [Fact]
    public void A_body_of_comment_lines_alone_holds_no_cypher()
    {
        var statement = Assert.Single(CypherStatementFile.Parse("// name: q\n\n// a note\n  // another\n;\n"));

        Assert.Equal("", statement.Cypher);
        Assert.Equal(0, statement.Line);
        Assert.Equal([1, 3, 4], statement.Comments.Select(c => c.Line));
    }

    private sealed class StatementComparer : IEqualityComparer<CypherStatement>
    {
        public bool Equals(CypherStatement? x, CypherStatement? y) =>
            x!.Cypher == y!.Cypher && x.Line == y.Line && x.Header.SequenceEqual(y.Header) && x.Comments.SequenceEqual(y.Comments);

        public int GetHashCode(CypherStatement obj) => obj.Cypher.GetHashCode(StringComparison.Ordinal);
    }
}
