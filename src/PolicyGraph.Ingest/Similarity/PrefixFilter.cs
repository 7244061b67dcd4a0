namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// Prefix filtering: a pair of sentences must share at least <c>k</c> terms to be similar, so it is enough to
/// index each sentence under its <c>n − k + 1</c> rarest terms (n its number of terms) and to look up later
/// sentences under the same. If two sentences share k terms, the rarest of the shared terms is among the indexed
/// terms of both: otherwise all k shared terms would lie among the other <c>k − 1</c> terms of one of them. The
/// most frequent terms, whose long postings made the full index quadratic in practice, are never looked up.
/// </summary>
internal static class PrefixFilter
{
    /// <summary>
    /// Per sentence, the terms it is indexed under (none when it has fewer than <paramref name="minShared"/>). A
    /// minimum below one counts as one: a pair with a positive score shares at least one term anyway.
    /// </summary>
    public static List<int[]> Prefixes(IReadOnlyList<MeasureSentence> sentences, int termCount, int minShared)
    {
        minShared = Math.Max(1, minShared);
        var frequency = new int[termCount];
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Terms) frequency[term]++;
        }
        // Rarest first; ties by term id so the order is total and the same on every run.
        Comparison<int> rarestFirst = (a, b) => frequency[a] != frequency[b] ? frequency[a].CompareTo(frequency[b]) : a.CompareTo(b);
        var prefixes = new List<int[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var length = sentence.Terms.Length - minShared + 1;
            if (length <= 0)
            {
                prefixes.Add([]);
                continue;
            }
            var ordered = sentence.Terms.ToArray();
            Array.Sort(ordered, rarestFirst);
            prefixes.Add(ordered[..length]);
        }
        return prefixes;
    }
}

/// <summary>The later sentences of other documents sharing an indexed term with one sentence, each once.</summary>
internal sealed class Candidates(int sentenceCount)
{
    /// <summary>Per sentence, 1 + the last sentence it was collected for: no clearing between sentences.</summary>
    private readonly int[] _collectedFor = new int[sentenceCount];

    public List<int> Sentences { get; } = [];

    public void Collect(int sentence, int[] prefix, Postings postings, int[] documents)
    {
        Sentences.Clear();
        foreach (var term in prefix)
        {
            foreach (var j in postings.After(term, sentence))
            {
                if (documents[j] == documents[sentence] || _collectedFor[j] == sentence + 1) continue;
                _collectedFor[j] = sentence + 1;
                Sentences.Add(j);
            }
        }
    }
}

/// <summary>
/// The exact comparison of two sentences: the dot product of their vectors summed in the first sentence's term
/// order (so the score is the same to the last bit as when it was accumulated term by term through the index),
/// the number of shared terms and the position of the first shared term.
/// </summary>
internal sealed class SentenceOverlap(IReadOnlyList<MeasureSentence> sentences, int termCount)
{
    private readonly double[] _weight = new double[termCount];

    /// <summary>Per term, 1 + the sentence whose weight <see cref="_weight"/> holds for it.</summary>
    private readonly int[] _holder = new int[termCount];

    public (double Dot, int Shared, int FirstShared) Compare(int i, int j)
    {
        var other = sentences[j];
        for (var k = 0; k < other.Terms.Length; k++)
            (_weight[other.Terms[k]], _holder[other.Terms[k]]) = (other.Weights[k], j + 1);
        var (terms, weights) = (sentences[i].Terms, sentences[i].Weights);
        var (dot, shared, first) = (0.0, 0, -1);
        for (var k = 0; k < terms.Length; k++)
        {
            if (_holder[terms[k]] != j + 1) continue;
            dot += weights[k] * _weight[terms[k]];
            shared++;
            if (first < 0) first = k;
        }
        return (dot, shared, first);
    }
}
