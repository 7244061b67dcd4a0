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
        options.Validate();
        var duplicate = measures.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Measure id '{duplicate.Key}' occurs more than once.", nameof(measures));
        var ids = new TermIds();
        var sentences = MeasureSentences.Build(measures, options, ids);
        var best = BestSentencePairs(sentences, measures, ids.Count, options);
        return BestPartners(best, measures, options.MaxPartnersPerMeasure)
            .Select(key => ToPair(key, best[key], measures, sentences))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.FromId, StringComparer.Ordinal)
            .ThenBy(p => p.ToId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per pair of measures (in input order) that has a sentence pair reaching the threshold, the best such pair: its
    /// unrounded score and the two sentences. Candidates come through the prefix-filtered index.
    /// </summary>
    internal static Dictionary<(int, int), (double Score, int A, int B)> BestSentencePairs(
        IReadOnlyList<MeasureSentence> sentences, IReadOnlyList<MeasureText> measures, int termCount, SimilarityOptions options)
    {
        var prefixes = PrefixFilter.Prefixes(sentences, termCount, options.MinSharedTerms);
        var postings = new Postings(prefixes, termCount);
        var best = new Dictionary<(int, int), (double Score, int A, int B)>();
        var overlap = new SentenceOverlap(sentences, termCount);
        var documents = DocumentNumbers(sentences, measures);
        var candidates = new Candidates(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            candidates.Collect(i, prefixes[i], postings, documents);
            CompareWithCandidates(i, candidates, sentences, overlap, options, best);
        }
        return best;
    }

    /// <summary>Each sentence's document as a number, so the innermost loop compares ints, not id strings.</summary>
    private static int[] DocumentNumbers(IReadOnlyList<MeasureSentence> sentences, IReadOnlyList<MeasureText> measures)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var id = measures[sentences[i].Measure].DocumentId;
            if (!numbers.TryGetValue(id, out documents[i]))
                numbers[id] = documents[i] = numbers.Count;
        }
        return documents;
    }

    /// <summary>
    /// Sentence i against its candidates, each compared exactly; the pairs reaching the threshold update the best
    /// sentence pair of their measures in the order the full index met them (by i's first shared term, then
    /// sentence), so ties resolve as they always did.
    /// </summary>
    private static void CompareWithCandidates(
        int i,
        Candidates candidates,
        IReadOnlyList<MeasureSentence> sentences,
        SentenceOverlap overlap,
        SimilarityOptions options,
        Dictionary<(int, int), (double Score, int A, int B)> best)
    {
        var passing = new List<(int FirstShared, int Sentence, double Dot)>();
        foreach (var j in candidates.Sentences)
        {
            var (dot, shared, firstShared) = overlap.Compare(i, j);
            if (dot >= options.Threshold && shared >= options.MinSharedTerms)
                passing.Add((firstShared, j, dot));
        }
        passing.Sort((x, y) => x.FirstShared != y.FirstShared ? x.FirstShared.CompareTo(y.FirstShared) : x.Sentence.CompareTo(y.Sentence));
        foreach (var (_, j, dot) in passing)
        {
            var key = (sentences[i].Measure, sentences[j].Measure);
            if (!best.TryGetValue(key, out var seen) || dot > seen.Score)
                best[key] = (dot, i, j);
        }
    }

    /// <summary>
    /// The measure pairs that are among the <paramref name="limit"/> best of at least one of their two measures;
    /// ties go to the partner with the ordinally smaller id, so the choice does not depend on input order.
    /// </summary>
    private static HashSet<(int, int)> BestPartners(
        Dictionary<(int, int), (double Score, int A, int B)> pairs, IReadOnlyList<MeasureText> measures, int limit)
    {
        var byMeasure = new Dictionary<int, List<(double Score, int Partner, (int, int) Key)>>();
        foreach (var (key, match) in pairs)
        {
            AddPartner(byMeasure, key.Item1, (match.Score, key.Item2, key));
            AddPartner(byMeasure, key.Item2, (match.Score, key.Item1, key));
        }
        var kept = new HashSet<(int, int)>();
        foreach (var partners in byMeasure.Values)
        {
            var best = partners.Count <= limit ? partners : partners
                .OrderByDescending(p => p.Score)
                .ThenBy(p => measures[p.Partner].Id, StringComparer.Ordinal)
                .Take(limit);
            foreach (var partner in best) kept.Add(partner.Key);
        }
        return kept;
    }

    private static void AddPartner(
        Dictionary<int, List<(double Score, int Partner, (int, int) Key)>> byMeasure, int measure, (double, int, (int, int)) partner)
    {
        if (!byMeasure.TryGetValue(measure, out var partners))
            byMeasure[measure] = partners = [];
        partners.Add(partner);
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
