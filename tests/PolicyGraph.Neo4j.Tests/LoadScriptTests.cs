using PolicyGraph.Neo4j.Loading;
using static PolicyGraph.Neo4j.Tests.Support.SampleGraphs;

namespace PolicyGraph.Neo4j.Tests;

public sealed class LoadScriptTests
{
    [Fact]
    public void A_node_script_declares_its_exact_label_set()
    {
        var script = LoadScript.Parse("x.cypher", "// loads: (:Measure:Innovation)\n// why\nUNWIND $rows AS row\nMERGE (n:Measure {id: row.id});\n");

        Assert.Equal(["Measure", "Innovation"], script.NodeLabels);
        Assert.Equal("UNWIND $rows AS row\nMERGE (n:Measure {id: row.id})", script.Statement);
        Assert.True(script.Loads(Node("m", ["Innovation", "Measure"])));
        Assert.False(script.Loads(Node("m", ["Measure"])));
    }

    [Fact]
    public void A_relationship_script_declares_type_and_endpoint_labels()
    {
        var script = LoadScript.Parse("r.cypher", "// loads: (:Agency)-[:RESPONSIBLE_FOR]->(:Measure)\nUNWIND $rows AS row RETURN row;");
        var agency = Node("a", ["Agency"]);
        var innovation = Node("m", ["Measure", "Innovation"]);

        Assert.True(script.Loads(Rel("RESPONSIBLE_FOR", "a", "m"), agency, innovation));
        Assert.False(script.Loads(Rel("MENTIONS", "a", "m"), agency, innovation));
        Assert.False(script.Loads(Rel("RESPONSIBLE_FOR", "m", "a"), innovation, agency));
    }

    [Fact]
    public void A_semicolon_inside_a_line_does_not_end_the_statement()
    {
        var script = LoadScript.Parse("s.cypher", "// loads: (:Agency)\nUNWIND $rows AS row\nMERGE (n:Agency {id: row.id})\nSET n.note = 'a; b';\n");

        Assert.Equal("UNWIND $rows AS row\nMERGE (n:Agency {id: row.id})\nSET n.note = 'a; b'", script.Statement);
    }

    [Theory]
    [InlineData("MERGE (n:X {id: 1});", "bad.cypher:1: expected a first line like")]
    [InlineData("// loads: Agency\nRETURN 1;", "bad.cypher:1: cannot read the target 'Agency'")]
    [InlineData("// loads: (:A)\n// two statements\nRETURN 1;\nRETURN 2;", "bad.cypher:3: a load script holds exactly one statement")]
    public void A_malformed_script_is_rejected_naming_the_file(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LoadScript.Parse("bad.cypher", text));

        Assert.Contains("bad.cypher", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
