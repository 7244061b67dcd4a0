using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>Dynamic labels, types and property keys: the trees, the printed form and the errors.</summary>
public sealed class DynamicLabelParserTests
{
    private static Clause Clause(string query, int index = 0) => Assert.IsType<SingleQuery>(CypherFrontEnd.Parse(query)).Clauses[index];

    [Fact]
    public void ANodeLabelFromAnExpressionIsADynamicLabel()
    {
        var match = Assert.IsType<MatchClause>(Clause("MATCH (n:Person:$($extra)) RETURN n"));

        var node = match.Pattern.Parts[0].Element.Start;
        var conjunction = Assert.IsType<LabelConjunction>(node.LabelExpression);
        Assert.Equal(new LabelName("Person"), conjunction.Left);
        Assert.Equal(new DynamicLabel(new Parameter("extra"), Any: false), conjunction.Right);
        Assert.Empty(node.Labels);
    }

    [Theory]
    [InlineData("$any(x)", true)]
    [InlineData("$all(x)", false)]
    [InlineData("$(x)", false)]
    public void AnyAndAllChooseHowAListOfLabelsIsRead(string label, bool any)
    {
        var match = Assert.IsType<MatchClause>(Clause($"WITH ['A'] AS x MATCH (n:{label}) RETURN n", 1));

        Assert.Equal(new DynamicLabel(V("x"), any), match.Pattern.Parts[0].Element.Start.LabelExpression);
    }

    [Fact]
    public void ARelationshipTypeFromAnExpressionIsKeptApartFromTheStaticTypes()
    {
        var match = Assert.IsType<MatchClause>(Clause("MATCH ()-[r:$any($types)]->() RETURN r"));

        var relationship = match.Pattern.Parts[0].Element.Chains[0].Relationship;
        Assert.Equal(new DynamicLabel(new Parameter("types"), Any: true), relationship.DynamicType);
        Assert.Empty(relationship.Types);
    }

    [Fact]
    public void SetAndRemoveTakeDynamicLabelsAndKeys()
    {
        var set = Assert.IsType<SetClause>(Clause("MATCH (n) SET n:A:$($b), n[$k] = 1", 1));
        var labels = Assert.IsType<SetLabelsItem>(set.Items[0]);
        Assert.Equal(["A"], labels.Labels);
        Assert.Equal([new Parameter("b")], labels.Dynamic);
        Assert.Equal(new SetDynamicPropertyItem(V("n"), new Parameter("k"), I(1)), set.Items[1]);

        var remove = Assert.IsType<RemoveClause>(Clause("MATCH (n) REMOVE n[$k], n:$($b)", 1));
        Assert.Equal(new RemoveDynamicPropertyItem(V("n"), new Parameter("k")), remove.Items[0]);
        Assert.Equal([new Parameter("b")], Assert.IsType<RemoveLabelsItem>(remove.Items[1]).Dynamic);
    }

    [Theory]
    [InlineData("MATCH (n:$any($l))-[r:$($t)]->(m) RETURN n", "MATCH (n:$any($l))-[r:$($t)]->(m)")]
    [InlineData("MATCH (n) SET n:$($l), n[$k] = 1", "MATCH (n) SET n:$($l), n[$k] = 1")]
    public void PrintsDynamicForms(string query, string start)
    {
        Assert.StartsWith(start, CypherPrinter.Print(CypherFrontEnd.Parse(query)));
    }

    [Theory]
    [InlineData("MATCH (n) SET n:$any($l)", "SET and REMOVE take $(…)")]
    [InlineData("MATCH ()-[r:A|$($t)]->() RETURN r", "must be the only type expression")]
    public void MisplacedDynamicFormsAreSyntaxErrors(string query, string message)
    {
        Assert.Contains(message, Assert.Throws<CypherException>(() => CypherFrontEnd.Parse(query)).Message);
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n:$($l) RETURN n", "InvalidLabelExpression")]
    [InlineData("CREATE (n:$any(['A']))", "InvalidLabelExpression")]
    [InlineData("MATCH (n:$(1)) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n) SET n[1] = 2", "InvalidArgumentType")]
    [InlineData("WITH {a: 1} AS m SET m['a'] = 2", "InvalidArgumentType")]
    [InlineData("CREATE ()-[:$any(['A'])]->()", "NoSingleRelationshipType")]
    public void SemanticAnalysisChecksDynamicForms(string query, string detail)
    {
        Assert.Equal(detail, Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query)).Detail);
    }
}
