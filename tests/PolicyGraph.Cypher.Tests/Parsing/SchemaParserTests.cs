using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

public sealed class SchemaParserTests
{
    [Fact]
    public void ParsesAUniquenessConstraint()
    {
        var parsed = CypherFrontEnd.Parse("CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (p:Policy) REQUIRE p.id IS UNIQUE");

        var expected = new CreateConstraintCommand("policy_id", true, V("p"), "Policy", false, [P(V("p"), "id")], ConstraintKind.Unique);
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void ParsesANodeKeyOnSeveralPropertiesWithoutAName()
    {
        var parsed = CypherFrontEnd.Parse("CREATE CONSTRAINT FOR (o:Org) REQUIRE (o.name, o.region) IS NODE KEY");

        var expected = new CreateConstraintCommand(null, false, V("o"), "Org", false, [P(V("o"), "name"), P(V("o"), "region")], ConstraintKind.NodeKey);
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("CREATE INDEX policy_year IF NOT EXISTS FOR (p:Policy) ON (p.year)", IndexKind.Range)]
    [InlineData("CREATE RANGE INDEX policy_year FOR (p:Policy) ON (p.year)", IndexKind.Range)]
    [InlineData("CREATE TEXT INDEX policy_year FOR (p:Policy) ON (p.year)", IndexKind.Text)]
    public void ParsesIndexKinds(string text, IndexKind kind)
    {
        var index = Assert.IsType<CreateIndexCommand>(CypherFrontEnd.Parse(text));

        Assert.Equal(kind, index.Kind);
        Assert.Equal("policy_year", index.Name);
        Assert.Equal([P(V("p"), "year")], index.Properties);
    }

    [Fact]
    public void ParsesAFulltextIndexOverSeveralLabelsWithOptions()
    {
        var parsed = CypherFrontEnd.Parse(
            "CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Policy|Clause) ON EACH [n.title, n.body] OPTIONS {indexConfig: {}}");

        var expected = new CreateIndexCommand(
            IndexKind.Fulltext, "texts", true, V("n"), ["Policy", "Clause"], false, [P(V("n"), "title"), P(V("n"), "body")],
            new MapLiteral([new MapEntry("indexConfig", new MapLiteral([]))]));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void ParsesARelationshipIndex()
    {
        var index = Assert.IsType<CreateIndexCommand>(CypherFrontEnd.Parse("CREATE INDEX cites_year FOR ()-[r:CITES]-() ON (r.year)"));

        Assert.True(index.IsRelationship);
        Assert.Equal(["CITES"], index.Labels);
    }

    [Fact]
    public void ParsesDropCommands()
    {
        Assert.Equal(new DropConstraintCommand("policy_id", true), CypherFrontEnd.Parse("DROP CONSTRAINT policy_id IF EXISTS"));
        Assert.Equal(new DropIndexCommand("texts", false), CypherFrontEnd.Parse("drop index texts"));
    }
}
