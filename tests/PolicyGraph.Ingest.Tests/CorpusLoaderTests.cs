using System.Text;

namespace PolicyGraph.Ingest.Tests;

public class CorpusLoaderTests
{
    [Fact]
    public void Same_input_gives_the_same_ids()
    {
        var first = CorpusLoader.LoadDirectory(TestCorpus.SeedDirectory, options: TestCorpus.Options);
        var second = CorpusLoader.LoadDirectory(TestCorpus.SeedDirectory, options: TestCorpus.Options);
        Assert.Equal(first.Graph.Nodes.Select(n => n.Id), second.Graph.Nodes.Select(n => n.Id));
        Assert.Equal(first.Graph.Relationships.Select(r => r.Id), second.Graph.Relationships.Select(r => r.Id));
    }

    [Theory]
    [InlineData("GBK")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Seeds_re_encoded_at_test_time_give_the_same_measures(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var copies = Directory.GetFiles(TestCorpus.SeedDirectory, "*.txt")
            .Select(f => new KeyValuePair<string, byte[]>(Path.GetFileName(f), encoding.GetBytes(File.ReadAllText(f, Encoding.UTF8))));
        var reencoded = CorpusLoader.LoadBytes(copies, options: TestCorpus.Options);
        static IEnumerable<string> Facts(IngestResult r) => r.Graph.Nodes.Where(n => n.HasLabel("Measure"))
            .Select(n => $"{n["sourceFile"]}|{n["seq"]}|{n["title"]}|{n["line"]}").Order(StringComparer.Ordinal);
        Assert.Equal(Facts(TestCorpus.Seeds), Facts(reencoded));
        Assert.Equal(TestCorpus.Seeds.Graph.Relationships.Count(r => r.Type == "RESPONSIBLE_FOR"), reencoded.Graph.Relationships.Count(r => r.Type == "RESPONSIBLE_FOR"));
        Assert.All(reencoded.Documents, d => Assert.NotEqual("utf-8", d.Encoding));
    }

    [Fact]
    public void Bad_files_are_reported_by_name_and_the_good_ones_still_load()
    {
        var binary = new byte[256];
        new Random(3).NextBytes(binary);
        binary[0] = 0;
        var result = CorpusLoader.LoadBytes(
        [
            new("a-empty.txt", []),
            new("b-binary.txt", binary),
            new("c-plan.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan)),
            new("d-copy.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan)),
        ], options: TestCorpus.Options);
        Assert.Equal(["c-plan.txt"], result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile));
        Assert.Contains(result.Diagnostics, d => d.File == "a-empty.txt" && d.Code == DiagnosticCodes.EmptyFile);
        Assert.Contains(result.Diagnostics, d => d.File == "b-binary.txt" && d.Code == DiagnosticCodes.BinaryFile);
        Assert.Contains(result.Diagnostics, d => d.File == "d-copy.txt" && d.Code == DiagnosticCodes.DuplicateFile);
        Assert.Equal(3, result.Graph.Nodes.Count(n => n.HasLabel("Measure")));
    }

    [Fact]
    public void Another_citys_agencies_are_qualified_with_that_city()
    {
        var result = TestCorpus.LoadTexts(("quanzhou.txt", SyntheticDocuments.QuanzhouPlan));
        var agencies = result.Graph.Nodes.Where(n => n.HasLabel("Agency")).Select(n => (string)n["name"]!).ToList();
        Assert.Contains("泉州市商务局", agencies);
        Assert.Contains("泉州市交通运输局", agencies);
        var disagreement = Assert.Single(result.Consistency.Disagreements, d => d.Field == "agencies");
        Assert.Equal((2, "晋江市人民政府", "石狮市人民政府"), (disagreement.Seq, Assert.Single(disagreement.BodyOnly), Assert.Single(disagreement.TableOnly)));
    }

    [Fact]
    public void A_stated_total_that_does_not_match_is_reported()
    {
        var result = TestCorpus.LoadTexts(("batch.txt", SyntheticDocuments.MiniBatchLetter));
        var total = result.Consistency.Totals.Single(t => t.Label == "total");
        Assert.Equal((3, 2, false), (total.Stated, total.Extracted, total.Matches));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TotalMismatch && d.File == "batch.txt");
    }

    [Fact]
    public void A_citation_of_a_loaded_document_points_at_it()
    {
        var cited = "福建省关于推进跨境贸易便利化的通知\n\n闽政〔2024〕9号\n\n一、总体要求\n\n（一）做好通关工作。各地要做好工作。\n";
        var result = TestCorpus.LoadTexts(("cited.txt", cited), ("quanzhou.txt", SyntheticDocuments.QuanzhouPlan));
        var citedId = result.Documents.Single(d => d.SourceFile == "cited.txt").DocumentId;
        var citing = result.Documents.Single(d => d.SourceFile == "quanzhou.txt").DocumentId;
        Assert.Contains(result.Graph.Relationships, r => r.Type == "CITES" && r.StartId == citing && r.EndId == citedId);
        Assert.DoesNotContain(result.Graph.Nodes, n => n["cited"] is true);
    }

    [Fact]
    public void A_folder_mixing_formats_loads_every_document_and_names_every_entry_it_skips()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a-plan.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan));
        folder.Write("b-plan.docx", Reading.PlanInFormats.Docx());
        folder.Write("c-plan.html", Reading.PlanInFormats.Html());
        folder.Write("d-plan.pdf", Reading.PlanInFormats.Pdf());
        folder.Write("e-note.md", Encoding.UTF8.GetBytes(SyntheticDocuments.UnknownGenreNote));
        folder.Write("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        folder.Write("bundle.zip", [0x50, 0x4B, 0x05, 0x06, .. new byte[18]]);
        folder.Write("blob.bin", [0, 1, 2, 3]);
        Directory.CreateDirectory(Path.Combine(folder.Path, "x.txt"));
        var result = CorpusLoader.LoadDirectory(folder.Path, options: TestCorpus.Options);
        Assert.Equal(["a-plan.txt", "b-plan.docx", "c-plan.html", "d-plan.pdf", "e-note.md"], result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile));
        var skipped = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.Skipped).Select(d => d.File).Order(StringComparer.Ordinal);
        Assert.Equal(["blob.bin", "bundle.zip", "logo.png", "x.txt"], skipped);
        Assert.Contains("folder", result.Diagnostics.Single(d => d.File == "x.txt").Message);
        Assert.Equal(["docx", "html", "md", "pdf", "txt"], result.Graph.Nodes.Where(n => n.HasLabel("Document") && n["format"] is not null).Select(n => (string)n["format"]!).Order());
    }

    [Fact]
    public void A_duplicate_by_content_names_both_files_and_keeps_the_first_in_name_order()
    {
        using var folder = new TemporaryFolder();
        var bytes = Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan);
        folder.Write("quanzhou.txt", bytes);
        folder.Write("Copy of quanzhou.txt", bytes);
        var result = CorpusLoader.LoadDirectory(folder.Path, options: TestCorpus.Options);
        Assert.Equal(["Copy of quanzhou.txt"], result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile));
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateFile);
        Assert.Equal("quanzhou.txt", duplicate.File);
        Assert.Contains("Copy of quanzhou.txt", duplicate.Message);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_refused_and_one_inside_is_read()
    {
        using var outside = new TemporaryFolder();
        using var folder = new TemporaryFolder();
        var secret = outside.Write("secret.txt", Encoding.UTF8.GetBytes(SyntheticDocuments.QuanzhouPlan));
        var note = folder.Write("note.md", Encoding.UTF8.GetBytes(SyntheticDocuments.UnknownGenreNote));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "escape.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "inside.txt"), note);
        var result = CorpusLoader.LoadDirectory(folder.Path, options: TestCorpus.Options);
        var refused = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutsideFolder);
        Assert.Equal(("escape.txt", DiagnosticSeverity.Error), (refused.File, refused.Severity));
        Assert.DoesNotContain(result.Documents, d => d.SourceFile == "escape.txt");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateFile && d.File == "note.md" && d.Message.Contains("inside.txt"));
        Assert.False(DocumentFolder.IsInside(Path.Combine(folder.Path, "escape.txt"), folder.Path));
        Assert.True(DocumentFolder.IsInside(Path.Combine(folder.Path, "inside.txt"), folder.Path));
    }

    [Fact]
    public void Bad_documents_of_every_format_are_reported_by_name_while_the_good_one_loads()
    {
        var docx = Reading.PlanInFormats.Docx();
        var result = CorpusLoader.LoadBytes(
        [
            new("cut.docx", docx[..(docx.Length / 3)]),
            new("locked.pdf", Reading.PdfFixtures.Handwritten(1, encrypted: true)),
            new("scan.pdf", File.ReadAllBytes(Reading.PlanInFormats.FixturePath("scanned.pdf"))),
            new("empty.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>首页</a></nav></body></html>")),
            new("plan.html", Reading.PlanInFormats.Html()),
        ], options: TestCorpus.Options);
        Assert.Equal(["plan.html"], result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile));
        Assert.Equal(["cut.docx", "empty.html", "locked.pdf", "scan.pdf"],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.File).Order(StringComparer.Ordinal));
    }

    /// <summary>A folder under the system temp folder, deleted afterwards (links inside are deleted, not their targets).</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("policygraph-loader-").FullName;

        public string Write(string name, byte[] bytes)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
