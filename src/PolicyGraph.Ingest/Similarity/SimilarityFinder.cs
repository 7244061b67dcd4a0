namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// Finds measures of different documents that say the same thing. Each measure is cut into sentences (long
/// measures bundle several claims, so whole-measure vectors dilute a shared one); sentences become TF-IDF vectors
/// of character bigrams (<see cref="MeasureTokenizer"/>), and two measures are similar when their best pair of
/// sentences reaches the cosine threshold while sharing enough terms (one common key phrase, such as 出口信用保险,
/// is a shared topic rather than the same measure). Candidates come from an inverted index that skips frequent terms, so
/// the cost grows with shared rare terms, not with n².
/// </summary>
public static class SimilarityFinder
{
    public static IReadOnlyList<SimilarPair> Find(IReadOnlyList<MeasureText> measures) =>
        Find(measures, SimilarityOptions.Default);

    /// <summary>
    /// Pairs sorted by descending score, then ids; FromId is the ordinally smaller id, so each pair appears once.
    /// </summary>
    public static IReadOnlyList<SimilarPair> Find(IReadOnlyList<MeasureText> measures, SimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(options);
        var duplicate = measures.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Measure id '{duplicate.Key}' occurs more than once.", nameof(measures));
        var sentences = MeasureSentences.Build(measures, options);
        var postings = BuildPostings(sentences);
        var best = new Dictionary<(int, int), (double Score, int A, int B)>();
        for (var i = 0; i < sentences.Count; i++)
            CompareWithLater(i, sentences, measures, postings, options, best);
        return best.Select(kv => ToPair(kv.Key, kv.Value, measures, sentences))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.FromId, StringComparer.Ordinal)
            .ThenBy(p => p.ToId, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, List<(int Sentence, double Weight)>> BuildPostings(
        IReadOnlyList<MeasureSentence> sentences)
    {
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var (term, weight) in sentences[i].Vector)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((i, weight));
            }
        }
        return postings;
    }

    /// <summary>Dot products of sentence i with later sentences of other documents, over shared terms only.</summary>
    private static void CompareWithLater(
        int i,
        IReadOnlyList<MeasureSentence> sentences,
        IReadOnlyList<MeasureText> measures,
        Dictionary<string, List<(int Sentence, double Weight)>> postings,
        SimilarityOptions options,
        Dictionary<(int, int), (double Score, int A, int B)> best)
    {
        var document = measures[sentences[i].Measure].DocumentId;
        var overlaps = new Dictionary<int, (double Dot, int Shared)>();
        foreach (var (term, weight) in sentences[i].Vector)
        {
            foreach (var (j, otherWeight) in postings[term])
            {
                if (j <= i || measures[sentences[j].Measure].DocumentId == document)
                    continue;
                var (dot, shared) = overlaps.GetValueOrDefault(j);
                overlaps[j] = (dot + weight * otherWeight, shared + 1);
            }
        }
        foreach (var (j, (dot, shared)) in overlaps)
        {
            var key = (sentences[i].Measure, sentences[j].Measure);
            if (dot >= options.Threshold && shared >= options.MinSharedTerms
                && (!best.TryGetValue(key, out var seen) || dot > seen.Score))
                best[key] = (dot, i, j);
        }
    }

    private static SimilarPair ToPair(
        (int A, int B) measurePair,
        (double Score, int A, int B) match,
        IReadOnlyList<MeasureText> measures,
        IReadOnlyList<MeasureSentence> sentences)
    {
        var (a, b) = (measures[measurePair.A], measures[measurePair.B]);
        var (quoteA, quoteB) = (sentences[match.A].Text, sentences[match.B].Text);
        var swap = string.CompareOrdinal(a.Id, b.Id) > 0;
        return new SimilarPair(swap ? b.Id : a.Id, swap ? a.Id : b.Id, Math.Round(Math.Min(1.0, match.Score), 4))
        {
            FromQuote = swap ? quoteB : quoteA,
            ToQuote = swap ? quoteA : quoteB,
        };
    }
}
