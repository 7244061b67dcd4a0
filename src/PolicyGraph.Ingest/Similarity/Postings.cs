namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// The inverted index: for each term, the sentences whose vector holds it, in sentence order, with the term's
/// weight there. One flat array for all terms (a term's entries are a slice of it), so building the index
/// allocates three arrays rather than a list per term.
/// </summary>
internal sealed class Postings
{
    private readonly int[] _start;
    private readonly int[] _sentence;
    private readonly double[] _weight;

    /// <summary>Per term, the first entry not yet known to be at or before the sentence being compared.</summary>
    private readonly int[] _cursor;

    public Postings(IReadOnlyList<MeasureSentence> sentences, int termCount)
    {
        _start = new int[termCount + 1];
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Terms) _start[term + 1]++;
        }
        for (var t = 0; t < termCount; t++) _start[t + 1] += _start[t];
        _sentence = new int[_start[termCount]];
        _weight = new double[_start[termCount]];
        _cursor = _start[..termCount];
        var fill = _start[..termCount];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (terms, weights) = (sentences[i].Terms, sentences[i].Weights);
            for (var k = 0; k < terms.Length; k++)
            {
                var at = fill[terms[k]]++;
                (_sentence[at], _weight[at]) = (i, weights[k]);
            }
        }
    }

    /// <summary>
    /// The entries of <paramref name="term"/> for sentences after <paramref name="sentence"/>, in sentence order.
    /// Sentences are compared in ascending order, so each term's cursor only moves forward: the entries at or
    /// before a compared sentence are never read again.
    /// </summary>
    public Slice After(int term, int sentence)
    {
        var at = _cursor[term];
        var end = _start[term + 1];
        while (at < end && _sentence[at] <= sentence) at++;
        _cursor[term] = at;
        return new Slice(_sentence.AsSpan(at, end - at), _weight.AsSpan(at, end - at));
    }

    public readonly ref struct Slice(ReadOnlySpan<int> sentences, ReadOnlySpan<double> weights)
    {
        private readonly ReadOnlySpan<int> _sentences = sentences;
        private readonly ReadOnlySpan<double> _weights = weights;

        public Enumerator GetEnumerator() => new(_sentences, _weights);

        public ref struct Enumerator(ReadOnlySpan<int> sentences, ReadOnlySpan<double> weights)
        {
            private readonly ReadOnlySpan<int> _sentences = sentences;
            private readonly ReadOnlySpan<double> _weights = weights;
            private int _index = -1;

            public bool MoveNext() => ++_index < _sentences.Length;

            public readonly (int Sentence, double Weight) Current => (_sentences[_index], _weights[_index]);
        }
    }
}
