using Newtonsoft.Json.Linq;
using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Cli.Tests.Commands;

public class QueryCommandTests
{
    [Fact]
    public async Task Json_output_carries_the_innovation_counts_by_novelty_of_the_nineteenth_batch()
    {
        // The 19th-batch letter states 全国首创 28, 复制拓展 19, 复制 1.
        var (exit, output, _) = await SeedFolder.Run(new QueryCommand(),
            "MATCH (:InnovationBatch {number: $batch})-[:INCLUDES]->(i:Innovation) RETURN i.novelty AS novelty, count(*) AS n ORDER BY n DESC",
            "--format", "json", "--params", """{"batch": 19}""");

        Assert.Equal(0, exit);
        var rows = JObject.Parse(output)["rows"]!.Select(r => ((string)r[0]!, (long)r[1]!)).ToList();
        Assert.Equal([("全国首创", 28L), ("复制拓展", 19L), ("复制", 1L)], rows);
    }

    [Fact]
    public async Task The_schemas_full_text_index_answers_on_the_embedded_engine()
    {
        // cypher/schema declares policy_text with the cjk analyzer; the seeds state a cross-border capital pool.
        var (exit, output, error) = await SeedFolder.Run(new QueryCommand(),
            "CALL db.index.fulltext.queryNodes('policy_text', '\"跨境资金池\"') YIELD node, score RETURN node.text AS text, score ORDER BY score DESC",
            "--format", "json");

        Assert.True(exit == 0, error);
        var rows = JObject.Parse(output)["rows"]!.ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("跨境资金池", (string?)row[0] ?? "", StringComparison.Ordinal));
        Assert.True((double)rows[0][1]! >= (double)rows[^1][1]!);
    }

    [Fact]
    public async Task Table_output_aligns_chinese_text_and_counts_rows()
    {
        var (exit, output, _) = await SeedFolder.Run(new QueryCommand(),
            "MATCH (b:InnovationBatch) RETURN b.number AS number ORDER BY number");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("| number |", lines[1]);
        Assert.Equal(["| 7      |", "| 19     |"], lines[3..5]);
        Assert.Equal("2 rows", lines[^1]);
    }

    [Fact]
    public async Task Updates_are_refused_unless_write_is_given()
    {
        var (refused, _, error) = await SeedFolder.Run(new QueryCommand(), "CREATE (:Note {text: 'x'})");
        var (allowed, output, _) = await SeedFolder.Run(new QueryCommand(), "--write", "CREATE (n:Note {text: 'x'}) RETURN n.text AS text");

        Assert.Equal(1, refused);
        Assert.Contains("CREATE at line 1, column 1", error);
        Assert.Equal(0, allowed);
        Assert.Contains("'x'", output);
    }

    [Fact]
    public async Task A_syntax_error_names_its_line_and_column()
    {
        var (exit, _, error) = await SeedFolder.Run(new QueryCommand(), "MATCH (n)\nRETURN n.name AS");

        Assert.Equal(1, exit);
        Assert.Contains("SyntaxError", error);
        Assert.Contains("line 2", error);
    }
}
