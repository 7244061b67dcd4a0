namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// The inverted index: for each term, the sentences that index it, in sentence order. One flat array for all
/// terms (a term's entries are a slice of it), so building the index allocates two arrays rather than a list per term.
/// </summary>
internal sealed class Postings
{
    private readonly int[] _start;
    private readonly int[] _sentence;

    /// <summary>Per term, the first entry not yet known to be at or before the sentence being compared.</summary>
    private readonly int[] _cursor;

    /// <param name="indexedTerms">Per sentence, the terms it is indexed under.</param>
    public Postings(IReadOnlyList<int[]> indexedTerms, int termCount)
    {
        _start = new int[termCount + 1];
        foreach (var terms in indexedTerms)
        {
            foreach (var term in terms) _start[term + 1]++;
        }
        for (var t = 0; t < termCount; t++) _start[t + 1] += _start[t];
        _sentence = new int[_start[termCount]];
        _cursor = _start[..termCount];
        var fill = _start[..termCount];
        for (var i = 0; i < indexedTerms.Count; i++)
        {
            foreach (var term in indexedTerms[i]) _sentence[fill[term]++] = i;
        }
    }

    /// <summary>
    /// The sentences indexed under <paramref name="term"/> after <paramref name="sentence"/>, in order. Sentences
    /// are compared in ascending order, so each term's cursor only moves forward: entries at or before a compared
    /// sentence are never read again.
    /// </summary>
    public ReadOnlySpan<int> After(int term, int sentence)
    {
        var at = _cursor[term];
        var end = _start[term + 1];
        while (at < end && _sentence[at] <= sentence) at++;
        _cursor[term] = at;
        return _sentence.AsSpan(at, end - at);
    }
}
