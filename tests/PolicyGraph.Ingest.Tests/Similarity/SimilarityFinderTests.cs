using Xunit.Abstractions;
using PolicyGraph.Ingest.Similarity;
using PolicyGraph.Ingest.Tests.Resolution;

namespace PolicyGraph.Ingest.Tests.Similarity;

public class SimilarityFinderTests(ITestOutputHelper output)
{
    private static MeasureText Measure(string id, string document, string text) =>
        new(id, document, text.Split('。')[0], text);

    [Fact]
    public void Same_pilot_in_two_documents_is_similar_and_unrelated_measure_is_not()
    {
        var measures = new[]
        {
            Measure("a1", "A", "深化金融合作。稳步推进合格境外有限合伙人（QFLP）试点工作。支持银行探索数字人民币应用场景。"),
            Measure("b1", "B", "推进金融领域国际合作。稳妥推进合格境外有限合伙人（QFLP）试点，支持符合条件的企业申报。"),
            Measure("b2", "B", "强化生态保护。开展湿地生物多样性保护工程项目建设，建设鸟类监测体系和生态宣教点。"),
            Measure("c1", "C", "健全劳动关系三方协调机制，定期召开三方会议，统筹解决重大劳动关系问题。"),
        };

        var pairs = SimilarityFinder.Find(measures);

        var pair = Assert.Single(pairs);
        Assert.Equal(("a1", "b1"), (pair.FromId, pair.ToId));
        Assert.InRange(pair.Score, 0.45, 1.0);
        Assert.Contains("QFLP", pair.FromQuote);
        Assert.Contains("QFLP", pair.ToQuote);
    }

    [Fact]
    public void Measures_of_the_same_document_are_never_paired()
    {
        var text = "允许区内企业按规定以保税物流方式开展以船供为目的的高低硫燃料油混兑调和业务。";
        var measures = new[] { Measure("x1", "X", text), Measure("x2", "X", text) };

        Assert.Empty(SimilarityFinder.Find(measures));
    }

    [Fact]
    public void Identical_measures_of_different_documents_score_one_and_order_ids()
    {
        var text = "允许区内企业按规定以保税物流方式开展以船供为目的的高低硫燃料油混兑调和业务。";
        var measures = new[] { Measure("z", "X", text), Measure("a", "Y", text) };

        var pair = Assert.Single(SimilarityFinder.Find(measures));

        Assert.Equal("a", pair.FromId);
        Assert.Equal("z", pair.ToId);
        Assert.Equal(1.0, pair.Score, precision: 3);
    }

    [Fact]
    public void Duplicate_ids_are_rejected()
    {
        var measures = new[] { Measure("m", "X", "推进合格境外有限合伙人试点。"), Measure("m", "Y", "推进试点。") };

        var error = Assert.Throws<ArgumentException>(() => SimilarityFinder.Find(measures));
        Assert.Contains("'m'", error.Message);
    }

    [Fact]
    public void Seed_pairs_at_the_default_threshold_are_hand_labelled_and_mostly_right()
    {
        var labels = ReadLabels();

        var pairs = SimilarityFinder.Find(SeedMeasures.Load());

        Assert.All(pairs, p => Assert.True(labels.ContainsKey((p.FromId, p.ToId)), $"unlabelled pair {p.FromId} ~ {p.ToId}"));
        var correct = pairs.Count(p => labels[(p.FromId, p.ToId)]);
        Assert.True(pairs.Count >= 6, $"only {pairs.Count} pairs found");
        Assert.True(correct >= 0.85 * pairs.Count, $"precision {correct}/{pairs.Count}");
    }

    /// <summary>
    /// Prints precision against the hand labels per threshold (the figures in Similarity/README.md):
    /// dotnet test … --filter Precision_by_threshold --logger "console;verbosity=detailed"
    /// </summary>
    [Fact]
    public void Precision_by_threshold_falls_as_the_threshold_drops()
    {
        var labels = ReadLabels();
        var measures = SeedMeasures.Load();
        var precision = new List<double>();
        foreach (var threshold in new[] { 0.6, 0.5, 0.45, 0.4, 0.35, 0.3 })
        {
            var pairs = SimilarityFinder.Find(measures, SimilarityOptions.Default with { Threshold = threshold });
            var correct = pairs.Count(p => labels.GetValueOrDefault((p.FromId, p.ToId)));
            precision.Add(pairs.Count == 0 ? 1 : (double)correct / pairs.Count);
            output.WriteLine($"threshold {threshold:F2}: {pairs.Count} pairs, {correct} correct, precision {precision[^1]:P0}");
        }

        Assert.True(precision[0] >= precision[^1]);
        Assert.True(precision[^1] < 1.0, "the lowest threshold should admit wrong pairs; otherwise the labels are stale");
    }

    /// <summary>Phrases both sides of a recurring measure share, found by reading the seeds.</summary>
    private static readonly string[] RecurringTopics = ["合格境外有限合伙人", "燃料油混兑", "跨境资金集中运营管理"];

    [Fact]
    public void Topics_known_to_recur_across_the_seeds_are_linked()
    {
        var pairs = SimilarityFinder.Find(SeedMeasures.Load());

        Assert.All(RecurringTopics, topic => Assert.Contains(pairs, p => p.FromQuote.Contains(topic) && p.ToQuote.Contains(topic)));
    }

    [Fact]
    public void Large_corpus_is_handled_through_the_index_and_keeps_the_seed_pairs()
    {
        var seeds = SeedMeasures.Load();
        var corpus = seeds.Concat(SyntheticMeasures(5000)).ToList();

        var pairs = SimilarityFinder.Find(corpus);

        Assert.DoesNotContain(pairs, p => p.FromId.StartsWith("synthetic") || p.ToId.StartsWith("synthetic"));
        Assert.All(RecurringTopics, topic => Assert.Contains(pairs, p => p.FromQuote.Contains(topic) && p.ToQuote.Contains(topic)));
    }

    /// <summary>Random sentences over 2,500 common characters: realistic term statistics, no true duplicates.</summary>
    private static IEnumerable<MeasureText> SyntheticMeasures(int count)
    {
        var random = new Random(20260101);
        string Sentence() => new(Enumerable.Range(0, 30).Select(_ => (char)(0x4E00 + random.Next(2500))).ToArray());
        for (var i = 0; i < count; i++)
        {
            var text = string.Join("。", Enumerable.Range(0, 3).Select(_ => Sentence())) + "。";
            yield return new MeasureText($"synthetic#{i}", $"synthetic-{i % 100}", text[..10], text);
        }
    }

    private static Dictionary<(string, string), bool> ReadLabels() =>
        File.ReadLines(Path.Combine(SeedFiles.RepositoryRoot, "tests", "PolicyGraph.Ingest.Tests", "Similarity", "seed-pair-labels.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("from\t"))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => (cells[0], cells[1]), cells => cells[2] == "yes");
}
