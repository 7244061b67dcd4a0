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
}
