using System.Text;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export.Tests;

public class CypherScriptExporterTests
{
    private static string[] Statements(PropertyGraph graph) =>
        new CypherScriptExporter().WriteToString(graph)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("//"))
            .ToArray();

    [Fact]
    public void Script_is_constraints_then_node_merges_then_relationship_merges()
    {
        var statements = Statements(TestGraphs.Policy());

        Assert.Equal(3 + 3 + 2, statements.Length);
        Assert.All(statements.Take(3), s => Assert.Matches(@"^CREATE CONSTRAINT \S+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE;$", s));
        Assert.All(statements.Skip(3).Take(3), s => Assert.StartsWith("MERGE (n:", s));
        Assert.All(statements.Skip(6), s => Assert.Matches(@"^MATCH \(a:\w+ \{id: '.*'\}\) MATCH \(b:\w+ \{id: '.*'\}\) MERGE \(a\)-\[r:\w+ \{id: '.*'\}\]->\(b\) SET r \+= \{.*\};$", s));
        Assert.All(statements, s => Assert.EndsWith(";", s));
    }

    [Fact]
    public void Extra_labels_are_set_after_merging_on_the_first()
    {
        var merge = Statements(TestGraphs.Policy()).Single(s => s.Contains("'measure:abc:1'") && s.StartsWith("MERGE"));

        Assert.StartsWith("MERGE (n:Measure {id: 'measure:abc:1'}) SET n:Innovation SET n += {", merge);
        Assert.Contains("seq: 1,", merge);
        Assert.Contains("weight: 0.75}", merge);
        Assert.Contains("concernsTaiwan: true", merge);
    }

    [Fact]
    public void Hostile_text_stays_inside_one_string_literal()
    {
        var merge = Statements(TestGraphs.Policy()).Single(s => s.Contains("'measure:abc:1'") && s.StartsWith("MERGE"));

        var (literals, code) = SplitLiterals(merge);

        Assert.Contains(TestGraphs.HostileText, literals);
        Assert.DoesNotContain("DELETE", code);
        Assert.DoesNotContain("\n", merge);
    }

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"C:\dir", @"'C:\\dir'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("line\u2028break", @"'line\u2028break'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    public void String_literals_escape_quotes_backslashes_and_control_characters(string value, string literal)
    {
        Assert.Equal(literal, CypherLiterals.String(value));
    }

    [Theory]
    [InlineData("Measure", "Measure")]
    [InlineData("has space", "`has space`")]
    [InlineData("tick`name", "`tick``name`")]
    [InlineData("名称", "`名称`")]
    [InlineData("Label\n", "`Label\n`")]
    public void Identifiers_are_backquoted_when_needed(string name, string expected)
    {
        Assert.Equal(expected, CypherLiterals.Identifier(name));
    }

    [Theory]
    [InlineData(1e20, "1E20")]
    [InlineData(2.0, "2.0")]
    [InlineData(double.NaN, "toFloat('NaN')")]
    public void Doubles_use_cypher_number_syntax(double value, string expected)
    {
        Assert.Equal(expected, CypherLiterals.Value(value, "node 'x'", "v"));
    }

    [Fact]
    public void Output_does_not_depend_on_insertion_order()
    {
        var exporter = new CypherScriptExporter();

        Assert.Equal(exporter.WriteToString(TestGraphs.Policy()), exporter.WriteToString(TestGraphs.PolicyReordered()));
    }

    /// <summary>
    /// An independent reading of Cypher's single-quoted strings: returns the decoded literals and the code
    /// outside them, so a test can see whether text escaped its literal.
    /// </summary>
    private static (List<string> Literals, string Code) SplitLiterals(string statement)
    {
        var literals = new List<string>();
        var code = new StringBuilder();
        for (var i = 0; i < statement.Length; i++)
        {
            if (statement[i] != '\'')
            {
                code.Append(statement[i]);
                continue;
            }
            var literal = new StringBuilder();
            for (i++; statement[i] != '\''; i++)
                literal.Append(statement[i] == '\\' ? Unescape(statement, ref i) : statement[i]);
            literals.Add(literal.ToString());
        }
        return (literals, code.ToString());
    }

    private static string Unescape(string text, ref int i)
    {
        var next = text[++i];
        if (next == 'u')
        {
            var code = Convert.ToInt32(text.Substring(i + 1, 4), 16);
            i += 4;
            return ((char)code).ToString();
        }
        return next switch { 'n' => "\n", 'r' => "\r", 't' => "\t", 'b' => "\b", 'f' => "\f", _ => next.ToString() };
    }
}
