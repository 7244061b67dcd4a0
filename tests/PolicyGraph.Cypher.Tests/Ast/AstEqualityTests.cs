using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Tests.Ast;

public sealed class AstEqualityTests
{
    [Fact]
    public void PositionsTakeNoPartInEqualityOrHashing()
    {
        var here = new Variable("n") { Position = new SourcePosition(0, 1, 1) };
        var there = new Variable("n") { Position = new SourcePosition(40, 3, 9) };

        Assert.Equal(here, there);
        Assert.Equal(here.GetHashCode(), there.GetHashCode());
        Assert.NotEqual(new Variable("n"), new Variable("m"));
    }

    [Fact]
    public void NodesOfDifferentKindsWithTheSameShapeDiffer()
    {
        Assert.NotEqual<AstNode>(new Variable("n"), new Parameter("n"));
    }

    [Fact]
    public void ListsCompareByContentAndOrder()
    {
        AstList<Expression> first = [new IntegerLiteral(1), new IntegerLiteral(2)];
        AstList<Expression> same = [new IntegerLiteral(1), new IntegerLiteral(2)];
        AstList<Expression> reversed = [new IntegerLiteral(2), new IntegerLiteral(1)];

        Assert.Equal(new ListLiteral(first), new ListLiteral(same));
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(new ListLiteral(first), new ListLiteral(reversed));
    }

    [Fact]
    public void TheWrittenTextOfAProjectionItemTakesNoPartInEquality()
    {
        var written = new ProjectionItem(new CountStar(), null) { SourceText = "count( * )" };
        var built = new ProjectionItem(new CountStar(), null);

        Assert.Equal(written, built);
        Assert.Equal("count( * )", written.ColumnName);
        Assert.Equal("count(*)", built.ColumnName);
    }
}
