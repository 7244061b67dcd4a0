using Newtonsoft.Json.Linq;
using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>
/// The team-written corpus (tests/corpus) scored against its gold. The figures may only go up: each field's F1 must
/// reach the figure in tests/corpus/thresholds.json, and no more items may be lost without a check line than it allows.
/// </summary>
public class CorpusEvaluationTests
{
    private static readonly string CorpusRoot = PolicyGraph.Testing.RepositoryRoot.Combine("tests", "corpus");
    private static readonly string DocumentsDirectory = Path.Combine(CorpusRoot, "documents");
    private static readonly string GoldDirectory = Path.Combine(CorpusRoot, "gold");

    private static readonly Lazy<EvaluationReport> Report = new(() => Evaluator.Run(DocumentsDirectory, GoldDirectory, TestCorpus.Options));

    private static JObject Thresholds => JObject.Parse(File.ReadAllText(Path.Combine(CorpusRoot, "thresholds.json")));

    public static TheoryData<string> Fields => [.. EvaluationFields.All];

    [Theory]
    [MemberData(nameof(Fields))]
    public void No_field_falls_below_its_ratchet(string field)
    {
        var minimum = Thresholds["f1"]?[field]?.Value<double>() ?? throw new InvalidOperationException($"thresholds.json has no f1 figure for '{field}'.");
        var score = Report.Value.Overall[field];
        Assert.True(score.F1 >= minimum, $"{field}: F1 {score.F1:F4} fell below the ratchet {minimum:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}).");
    }

    [Fact]
    public void No_more_items_are_lost_without_a_check_line_than_the_ratchet_allows()
    {
        var allowed = Thresholds["maxItemsLostWithoutCheck"]!.Value<int>();
        var lost = Report.Value.LostWithoutCheck;
        Assert.True(lost.Count <= allowed,
            $"{lost.Count} items lost without a check line (ratchet {allowed}), e.g. " + string.Join("; ", lost.Take(5).Select(l => $"{l.Document} #{l.Number} {l.Title}")));
    }

    [Fact]
    public void Every_document_has_gold_and_every_gold_file_its_document()
    {
        var documents = Directory.EnumerateFiles(DocumentsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var gold = GoldReader.ReadDirectory(GoldDirectory);
        Assert.Equal(documents, gold.Select(g => g.File).Order(StringComparer.Ordinal));
        Assert.All(gold, g => Assert.NotEmpty(g.Items));
    }

    [Fact]
    public void The_corpus_covers_every_format_and_at_least_28_documents()
    {
        var byFormat = Directory.EnumerateFiles(DocumentsDirectory).GroupBy(Evaluator.FormatOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byFormat.Values.Sum() >= 28, $"{byFormat.Values.Sum()} documents");
        Assert.True(byFormat.GetValueOrDefault("txt") > 0 && byFormat.GetValueOrDefault("md") > 0, "txt and md documents");
        Assert.All(new[] { "html", "docx", "pdf" }, format => Assert.True(byFormat.GetValueOrDefault(format) >= 4, $"{format}: {byFormat.GetValueOrDefault(format)}"));
    }
}
