using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary><c>eval --only LIST</c>: the list file's checks, and an evaluation of the listed documents alone.</summary>
public sealed class DocumentListTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pg-doclist-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A document of the folder with a gold file beside it (only the gold file's presence is checked here).</summary>
    private void Document(string name)
    {
        File.WriteAllText(Path.Combine(_folder, name), "x");
        File.WriteAllText(Path.Combine(_folder, name + GoldReader.Suffix), "{}");
    }

    private string List(string text)
    {
        var path = Path.Combine(_folder, "list.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Names_are_read_in_order_without_comments_or_blank_lines()
    {
        Document("b.txt");
        Document("a.md");

        var names = DocumentList.Read(List("# blind set\n\nb.txt\n  a.md  \n"), _folder, _folder);

        Assert.Equal(["b.txt", "a.md"], names);
    }

    [Theory]
    [InlineData("a.txt\nmissing.txt\n", ":2: no document 'missing.txt'")]
    [InlineData("a.txt\na.txt\n", ":2: 'a.txt' is listed twice")]
    [InlineData("sub/a.txt\n", ":1: 'sub/a.txt' is not a file name")]
    [InlineData("# nothing\n", "names no document")]
    [InlineData("a.txt\nungraded.txt\n", ":2: no gold 'ungraded.txt.gold.json' in '")]
    public void A_bad_list_names_the_file_and_line(string text, string expected)
    {
        Document("a.txt");
        File.WriteAllText(Path.Combine(_folder, "ungraded.txt"), "x");
        var list = List(text);

        var error = Assert.Throws<GoldFormatException>(() => DocumentList.Read(list, _folder, _folder));

        Assert.StartsWith(list, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Only_the_listed_documents_are_scored()
    {
        const string listed = "hebei-ftz-4th-batch-innovation-cases.md";
        var gold = GoldReader.ReadFile(Path.Combine(CorpusPaths.Gold, listed + GoldReader.Suffix));

        var report = Evaluator.Run(CorpusPaths.Documents, CorpusPaths.Gold, TestCorpus.Options, [listed]);

        var document = Assert.Single(report.Documents);
        Assert.Equal(listed, document.File);
        Assert.Equal(gold.Items.Count, report.Overall[EvaluationFields.Items].TruePositives + report.Overall[EvaluationFields.Items].FalseNegatives);
    }
}
