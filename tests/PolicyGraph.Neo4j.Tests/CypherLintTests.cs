using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>Every .cypher file under cypher/ passes Neo4j's own linter with no error, warning or deprecation.</summary>
public sealed class CypherLintTests
{
    [CypherLintFact]
    public void All_cypher_files_lint_clean()
    {
        var (exitCode, output) = ExternalTool.Run(ExternalTool.Find("node")!, RepoPaths.Root, "tools/cypher-lint/lint.mjs", "cypher/");

        Assert.True(exitCode == 0, $"cypher-lint reported findings:\n{output}");
        Assert.Matches(@"cypher-lint: [1-9]\d* file\(s\), 0 finding\(s\)", output);
    }

    [CypherLintFact]
    public void The_linter_fails_on_a_syntax_error_and_on_a_deprecation_and_names_file_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("cypher-lint-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "bad.cypher"),
                "// header\nMATCH (n) RETURN n;\n\nMATCH (n)\nRETURN id(n);\nMATCH (n RETURN n;\n");

            var (exitCode, output) = ExternalTool.Run(ExternalTool.Find("node")!, folder.FullName,
                Path.Combine(RepoPaths.Root, "tools", "cypher-lint", "lint.mjs"), ".");

            Assert.Equal(1, exitCode);
            Assert.Contains("bad.cypher:5:8: warning:", output);
            Assert.Contains("bad.cypher:6:10: error:", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
