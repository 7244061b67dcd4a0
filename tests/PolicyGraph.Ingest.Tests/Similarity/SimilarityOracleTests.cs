using PolicyGraph.Ingest.Similarity;

namespace PolicyGraph.Ingest.Tests.Similarity;

/// <summary>
/// The prefix-filtered index against brute force: on small random corpora, for every minimum of shared terms from
/// 0 to 8 and several thresholds, comparing every pair of sentences of different documents finds the same best
/// sentence pair per measure pair — the same unrounded score, to the bit, and the same two sentences.
/// </summary>
public sealed class SimilarityOracleTests
{
    // A small alphabet so that random sentences share many bigrams, some of them rare enough to pass the filters.
    private const string Alphabet = "自贸试验区企业开展跨境贸易投资便利化改革创新监管服务体系政策机制金融保险";

    private static List<MeasureText> RandomCorpus(int seed)
    {
        var random = new Random(seed);
        string Sentence() => new(Enumerable.Range(0, random.Next(6, 22)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var corpus = new List<MeasureText>();
        for (var i = 0; i < 70; i++)
        {
            // Some measures copy a sentence of an earlier one, so high scores occur too.
            var copied = i > 0 && random.Next(3) == 0 ? corpus[random.Next(corpus.Count)].Text.Split('。')[0] : Sentence();
            var text = string.Join("。", Enumerable.Range(0, random.Next(1, 4)).Select(s => s == 0 ? copied : Sentence())) + "。";
            corpus.Add(new MeasureText($"m{i:D3}", $"d{random.Next(12)}", $"题{i}", text));
        }
        return corpus;
    }

    public static TheoryData<int> Seeds => new(1, 2, 3);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_index_finds_what_comparing_every_pair_finds(int seed)
    {
        var measures = RandomCorpus(seed);
        var compared = 0;
        foreach (var threshold in new[] { 0.15, 0.3, 0.5, 0.8 })
            for (var minShared = 0; minShared <= 8; minShared++)
            {
                var options = new SimilarityOptions(threshold, MinSentenceTerms: 3, MinSharedTerms: minShared, MaxDocumentFrequency: 0.3,
                    MaxPartnersPerMeasure: int.MaxValue, MaxSentencesPerTerm: 1000);
                var ids = new TermIds();
                var sentences = MeasureSentences.Build(measures, options, ids);
                var expected = BruteForce(sentences, measures, options);
                var actual = SimilarityFinder.BestSentencePairs(sentences, measures, ids.Count, options);

                Assert.Equal(Describe(expected, sentences), Describe(actual, sentences));
                AssertPublicPairsAgree(SimilarityFinder.Find(measures, options), expected, measures, sentences);
                compared += expected.Count;
            }
        Assert.True(compared > 100, $"only {compared} pairs over all settings: the corpus is too sparse to test anything");
    }

    /// <summary>Every pair of sentences of different documents, i before j; ties keep the first met in (i, first shared term of i, j) order.</summary>
    private static Dictionary<(int, int), (double Score, int A, int B)> BruteForce(
        IReadOnlyList<MeasureSentence> sentences, IReadOnlyList<MeasureText> measures, SimilarityOptions options)
    {
        var best = new Dictionary<(int, int), (double Score, int A, int B)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var passing = new List<(int FirstShared, int J, double Dot)>();
            for (var j = i + 1; j < sentences.Count; j++)
            {
                if (measures[sentences[i].Measure].DocumentId == measures[sentences[j].Measure].DocumentId) continue;
                var weightOf = sentences[j].Terms.Zip(sentences[j].Weights).ToDictionary(p => p.First, p => p.Second);
                var (dot, shared, first) = (0.0, 0, -1);
                for (var t = 0; t < sentences[i].Terms.Length; t++)
                {
                    if (!weightOf.TryGetValue(sentences[i].Terms[t], out var weight)) continue;
                    dot += sentences[i].Weights[t] * weight;
                    shared++;
                    if (first < 0) first = t;
                }
                if (dot >= options.Threshold && shared >= options.MinSharedTerms) passing.Add((first, j, dot));
            }
            foreach (var (_, j, dot) in passing.OrderBy(p => p.FirstShared).ThenBy(p => p.J))
            {
                var key = (sentences[i].Measure, sentences[j].Measure);
                if (!best.TryGetValue(key, out var seen) || dot > seen.Score) best[key] = (dot, i, j);
            }
        }
        return best;
    }

    private static string[] Describe(Dictionary<(int, int), (double Score, int A, int B)> pairs, IReadOnlyList<MeasureSentence> sentences) =>
        pairs.Select(p => $"{p.Key} {BitConverter.DoubleToInt64Bits(p.Value.Score):X} {sentences[p.Value.A].Text} | {sentences[p.Value.B].Text}")
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>The public result: one pair per measure pair the oracle found, its rounded score and its two quotes.</summary>
    private static void AssertPublicPairsAgree(IReadOnlyList<SimilarPair> pairs, Dictionary<(int, int), (double Score, int A, int B)> expected,
        IReadOnlyList<MeasureText> measures, IReadOnlyList<MeasureSentence> sentences)
    {
        Assert.Equal(expected.Count, pairs.Count);
        var index = measures.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);
        foreach (var pair in pairs)
        {
            var (from, to) = (index[pair.FromId], index[pair.ToId]);
            var swapped = !expected.ContainsKey((from, to));
            var match = expected[swapped ? (to, from) : (from, to)];
            Assert.Equal(Math.Round(Math.Min(1.0, match.Score), 4), pair.Score);
            Assert.Equal(sentences[swapped ? match.B : match.A].Text, pair.FromQuote);
            Assert.Equal(sentences[swapped ? match.A : match.B].Text, pair.ToQuote);
        }
    }

    [Theory]
    [InlineData(0.0, 6, nameof(SimilarityOptions.Threshold))]
    [InlineData(double.NaN, 6, nameof(SimilarityOptions.Threshold))]
    [InlineData(1.5, 6, nameof(SimilarityOptions.Threshold))]
    [InlineData(0.45, -1, nameof(SimilarityOptions.MinSharedTerms))]
    public void Options_out_of_range_are_refused_naming_the_option(double threshold, int minShared, string option)
    {
        var options = SimilarityOptions.Default with { Threshold = threshold, MinSharedTerms = minShared };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityFinder.Find(RandomCorpus(4), options));
        Assert.Equal(option, error.ParamName);
    }

    [Theory]
    [InlineData(nameof(SimilarityOptions.MaxPartnersPerMeasure))]
    [InlineData(nameof(SimilarityOptions.MaxSentencesPerTerm))]
    [InlineData(nameof(SimilarityOptions.MaxDocumentFrequency))]
    [InlineData(nameof(SimilarityOptions.MinSentenceTerms))]
    public void Limits_out_of_range_are_refused_naming_the_option(string option)
    {
        var options = option switch
        {
            nameof(SimilarityOptions.MaxPartnersPerMeasure) => SimilarityOptions.Default with { MaxPartnersPerMeasure = 0 },
            nameof(SimilarityOptions.MaxSentencesPerTerm) => SimilarityOptions.Default with { MaxSentencesPerTerm = 0 },
            nameof(SimilarityOptions.MaxDocumentFrequency) => SimilarityOptions.Default with { MaxDocumentFrequency = 0 },
            _ => SimilarityOptions.Default with { MinSentenceTerms = -1 },
        };
        Assert.Equal(option, Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityFinder.Find(RandomCorpus(5), options)).ParamName);
    }
}
