using PolicyGraph.Ingest.Similarity;

namespace PolicyGraph.Ingest.Tests.Similarity;

/// <summary>The bounds that keep SIMILAR_TO linear in the corpus when one measure recurs in many documents.</summary>
public class SimilarityLimitsTests
{
    private const string Replicated = "允许区内企业按规定以保税物流方式开展以船供为目的的高低硫燃料油混兑调和业务。";
    private const int Copies = 6;

    /// <summary>The same measure in <see cref="Copies"/> documents, among unrelated random measures (so idf is realistic).</summary>
    private static List<MeasureText> Corpus()
    {
        var random = new Random(7);
        string Sentence() => new(Enumerable.Range(0, 30).Select(_ => (char)(0x4E00 + random.Next(2500))).ToArray());
        var corpus = Enumerable.Range(0, Copies)
            .Select(i => new MeasureText($"copy#{i}", $"doc-{i}", "燃料油混兑", Replicated))
            .ToList();
        for (var i = 0; i < 300; i++)
            corpus.Add(new MeasureText($"other#{i}", $"other-{i % 50}", $"题{i}", Sentence() + "。" + Sentence() + "。"));
        return corpus;
    }

    private static Dictionary<string, int> PartnerCounts(IEnumerable<SimilarPair> pairs) =>
        pairs.SelectMany(p => new[] { p.FromId, p.ToId }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Without_a_tight_limit_every_copy_is_linked_to_every_other()
    {
        var pairs = SimilarityFinder.Find(Corpus(), SimilarityOptions.Default with { MaxPartnersPerMeasure = 100 });

        Assert.Equal(Copies * (Copies - 1) / 2, pairs.Count);
    }

    [Fact]
    public void Each_measure_keeps_only_its_best_partners()
    {
        const int limit = 2;

        var pairs = SimilarityFinder.Find(Corpus(), SimilarityOptions.Default with { MaxPartnersPerMeasure = limit });

        Assert.InRange(pairs.Count, 1, Copies * limit);
        Assert.True(pairs.Count < Copies * (Copies - 1) / 2, "the limit should drop some of the pairs");
        var partners = PartnerCounts(pairs);
        Assert.Equal(Copies, partners.Count);
        Assert.All(partners.Values, count => Assert.True(count >= limit, $"a copy has {count} partners, fewer than its {limit} best"));
    }

    [Fact]
    public void Default_limit_keeps_all_pairs_of_a_small_corpus()
    {
        Assert.Equal(Copies * (Copies - 1) / 2, SimilarityFinder.Find(Corpus()).Count);
    }

    [Fact]
    public void A_term_in_more_sentences_than_the_cap_carries_no_weight()
    {
        var capped = SimilarityFinder.Find(Corpus(), SimilarityOptions.Default with { MaxSentencesPerTerm = Copies - 1 });
        var uncapped = SimilarityFinder.Find(Corpus(), SimilarityOptions.Default with { MaxSentencesPerTerm = Copies });

        Assert.Empty(capped);
        Assert.NotEmpty(uncapped);
    }
}
