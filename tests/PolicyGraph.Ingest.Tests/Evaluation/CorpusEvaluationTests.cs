using Newtonsoft.Json.Linq;
using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>
/// The team-written corpus (tests/corpus) scored against its gold. The figures may only go up: per set of documents
/// of tests/corpus/thresholds.json (the corpus written with its fixes, and each blind set by its list), each field's
/// F1 must reach the set's figure, and no more items may be lost without a check line than it allows.
/// </summary>
public class CorpusEvaluationTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => Evaluator.Run(CorpusPaths.Documents, CorpusPaths.Gold, TestCorpus.Options));

    private static JArray Sets => (JArray)JObject.Parse(File.ReadAllText(Path.Combine(CorpusPaths.Root, "thresholds.json")))["sets"]!;

    private static IReadOnlyList<string> ListOf(JToken set) =>
        DocumentList.Read(Path.Combine(CorpusPaths.Root, set["list"]!.Value<string>()!), CorpusPaths.Documents, CorpusPaths.Gold);

    /// <summary>The documents of a set: those its list names, or for the set without a list every document in no list.</summary>
    private static HashSet<string> DocumentsOf(JToken set)
    {
        if (set["list"]!.Type != JTokenType.Null) return ListOf(set).ToHashSet(StringComparer.Ordinal);
        var listed = Sets.Where(s => s["list"]!.Type != JTokenType.Null).SelectMany(ListOf).ToHashSet(StringComparer.Ordinal);
        return Report.Value.Documents.Select(d => d.File).Where(f => !listed.Contains(f)).ToHashSet(StringComparer.Ordinal);
    }

    public static TheoryData<string, string> SetsAndFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in Sets)
            foreach (var field in EvaluationFields.All) data.Add(set["name"]!.Value<string>()!, field);
        return data;
    }

    private static JToken Set(string name) => Sets.Single(s => s["name"]!.Value<string>() == name);

    [Theory]
    [MemberData(nameof(SetsAndFields))]
    public void No_field_falls_below_its_ratchet(string setName, string field)
    {
        var set = Set(setName);
        var minimum = set["f1"]?[field]?.Value<double>() ?? throw new InvalidOperationException($"thresholds.json: set '{setName}' has no f1 figure for '{field}'.");
        var documents = DocumentsOf(set);
        var score = Evaluator.Sum(Report.Value.Documents.Where(d => documents.Contains(d.File)).Select(d => d.Fields))[field];
        Assert.True(score.F1 >= minimum, $"{setName}, {field}: F1 {score.F1:F4} fell below the ratchet {minimum:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}).");
    }

    [Fact]
    public void No_set_loses_more_items_without_a_check_line_than_its_ratchet_allows()
    {
        foreach (var set in Sets)
        {
            var allowed = set["maxItemsLostWithoutCheck"]!.Value<int>();
            var documents = DocumentsOf(set);
            var lost = Report.Value.LostWithoutCheck.Where(l => documents.Contains(l.Document)).ToList();
            Assert.True(lost.Count <= allowed,
                $"{set["name"]}: {lost.Count} items lost without a check line (ratchet {allowed}), e.g. " + string.Join("; ", lost.Take(5).Select(l => $"{l.Document} #{l.Number} {l.Title}")));
        }
    }

    [Fact]
    public void The_sets_cover_the_corpus_and_no_document_is_in_two_lists()
    {
        var listed = Sets.Where(s => s["list"]!.Type != JTokenType.Null).SelectMany(ListOf).ToList();
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        var covered = Sets.SelectMany(DocumentsOf).Order(StringComparer.Ordinal);
        Assert.Equal(Directory.EnumerateFiles(CorpusPaths.Documents).Select(Path.GetFileName).Order(StringComparer.Ordinal), covered);
    }

    [Fact]
    public void Every_document_has_gold_and_every_gold_file_its_document()
    {
        var documents = Directory.EnumerateFiles(CorpusPaths.Documents).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var gold = GoldReader.ReadDirectory(CorpusPaths.Gold);
        Assert.Equal(documents, gold.Select(g => g.File).Order(StringComparer.Ordinal));
        Assert.All(gold, g => Assert.NotEmpty(g.Items));
    }

    [Fact]
    public void The_corpus_covers_every_format_and_at_least_28_documents()
    {
        var byFormat = Directory.EnumerateFiles(CorpusPaths.Documents).GroupBy(Evaluator.FormatOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byFormat.Values.Sum() >= 28, $"{byFormat.Values.Sum()} documents");
        Assert.True(byFormat.GetValueOrDefault("txt") > 0 && byFormat.GetValueOrDefault("md") > 0, "txt and md documents");
        Assert.All(new[] { "html", "docx", "pdf" }, format => Assert.True(byFormat.GetValueOrDefault(format) >= 4, $"{format}: {byFormat.GetValueOrDefault(format)}"));
    }
}
