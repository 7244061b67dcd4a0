namespace PolicyGraph.Cli.Tests.Commands;

/// <summary><c>eval --only LIST</c>: a bad list (a name without a document or without gold) stops with exit code 2 and names the list file and line.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pg-eval-only-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("# blind\nplan.txt\nmissing.txt\n", ":3: no document 'missing.txt'")]
    [InlineData("# blind\nplan.txt\nungraded.txt\n", ":3: no gold 'ungraded.txt.gold.json' in '")]
    public async Task A_list_naming_a_document_without_file_or_gold_is_refused_with_its_line(string text, string expected)
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder, "docs")).FullName;
        var gold = Directory.CreateDirectory(Path.Combine(_folder, "gold")).FullName;
        File.WriteAllText(Path.Combine(docs, "plan.txt"), "某市工作方案\n\n一、加快发展\n");
        File.WriteAllText(Path.Combine(gold, "plan.txt.gold.json"), "{}");
        File.WriteAllText(Path.Combine(docs, "ungraded.txt"), "某市工作要点\n\n一、加快发展\n");
        var list = Path.Combine(_folder, "blind.txt");
        File.WriteAllText(list, text);

        var (exit, output, error) = await SeedFolder.RunCli("eval", "--docs", docs, "--gold", gold, "--only", list);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(list + expected, error);
    }
}
