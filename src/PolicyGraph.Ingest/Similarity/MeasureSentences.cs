namespace PolicyGraph.Ingest.Similarity;

/// <summary>
/// One sentence of a measure, the unit of comparison since long measures bundle several claims: where it stands
/// in the measure's title or text, and its unit-length TF-IDF vector as parallel arrays of term ids and weights,
/// in the order the terms first occur.
/// </summary>
internal sealed record MeasureSentence(int Measure, string Source, int Start, int Length, int[] Terms, double[] Weights)
{
    /// <summary>The sentence's text, cut out only for the pairs that are kept (as the edge's quote).</summary>
    public string Text => Source.Substring(Start, Length);
}

internal static class MeasureSentences
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '\n', '\t'];

    /// <summary>A sentence before weighing: its distinct terms in order of first occurrence, and how often each occurs.</summary>
    private sealed record Counted(int Measure, string Source, int Start, int Length, int[] Terms, int[] Counts);

    /// <summary>Sentences of all measures with unit-length TF-IDF vectors; generic short sentences are left out.</summary>
    public static IReadOnlyList<MeasureSentence> Build(IReadOnlyList<MeasureText> measures, SimilarityOptions options, TermIds ids)
    {
        var raw = Count(measures, options, ids);
        var documentFrequency = new int[ids.Count];
        foreach (var sentence in raw)
        {
            foreach (var term in sentence.Terms) documentFrequency[term]++;
        }
        var maxFrequency = Math.Min(options.MaxSentencesPerTerm, Math.Max(2, (int)Math.Floor(options.MaxDocumentFrequency * raw.Count)));
        var weighed = new List<MeasureSentence>(raw.Count);
        foreach (var s in raw)
        {
            var (terms, weights) = Weigh(s, documentFrequency, maxFrequency, raw.Count);
            weighed.Add(new MeasureSentence(s.Measure, s.Source, s.Start, s.Length, terms, weights));
        }
        return weighed;
    }

    /// <summary>The title (when the text does not already start with it) and each sentence of the text, as (source, start, length).</summary>
    public static IEnumerable<(string Source, int Start, int Length)> Split(MeasureText measure)
    {
        var (titleStart, titleLength) = Trimmed(measure.Title, 0, measure.Title.Length);
        if (titleLength > 0 && !measure.Text.AsSpan().Contains(measure.Title.AsSpan(titleStart, titleLength), StringComparison.Ordinal))
            yield return (measure.Title, titleStart, titleLength);
        var text = measure.Text;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOfAny(SentenceEnds, start);
            if (end < 0) end = text.Length;
            var (from, length) = Trimmed(text, start, end);
            if (length > 0) yield return (text, from, length);
            start = end + 1;
        }
    }

    /// <summary>The range [start, end) of <paramref name="text"/> without white space at either end.</summary>
    private static (int Start, int Length) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }

    private static List<Counted> Count(IReadOnlyList<MeasureText> measures, SimilarityOptions options, TermIds ids)
    {
        var tokenizer = new MeasureTokenizer(ids);
        var terms = new List<int>();
        var slots = new Dictionary<int, int>();
        var distinct = new List<int>();
        var counts = new List<int>();
        var raw = new List<Counted>();
        for (var m = 0; m < measures.Count; m++)
        {
            foreach (var (source, start, length) in Split(measures[m]))
            {
                tokenizer.Terms(source.AsSpan(start, length), terms);
                slots.Clear();
                distinct.Clear();
                counts.Clear();
                foreach (var term in terms)
                {
                    if (slots.TryGetValue(term, out var slot))
                    {
                        counts[slot]++;
                        continue;
                    }
                    slots[term] = distinct.Count;
                    distinct.Add(term);
                    counts.Add(1);
                }
                if (distinct.Count >= options.MinSentenceTerms)
                    raw.Add(new Counted(m, source, start, length, [.. distinct], [.. counts]));
            }
        }
        return raw;
    }

    /// <summary>Sublinear tf × smoothed idf, normalised to unit length; terms in too many sentences are left out.</summary>
    private static (int[] Terms, double[] Weights) Weigh(Counted sentence, int[] documentFrequency, int maxFrequency, int n)
    {
        var terms = new List<int>(sentence.Terms.Length);
        var weights = new List<double>(sentence.Terms.Length);
        for (var k = 0; k < sentence.Terms.Length; k++)
        {
            var frequency = documentFrequency[sentence.Terms[k]];
            if (frequency > maxFrequency) continue;
            terms.Add(sentence.Terms[k]);
            weights.Add((1 + Math.Log(sentence.Counts[k])) * (Math.Log((1.0 + n) / (1.0 + frequency)) + 1));
        }
        var squares = 0.0;
        foreach (var weight in weights) squares += weight * weight;
        var length = Math.Sqrt(squares);
        return ([.. terms], [.. weights.Select(w => length == 0 ? w : w / length)]);
    }
}
