namespace PolicyGraph.Ingest.Similarity;

/// <summary>One sentence of a measure: the unit of comparison, since long measures bundle several claims.</summary>
internal sealed record MeasureSentence(int Measure, string Text, IReadOnlyDictionary<string, double> Vector);

internal static class MeasureSentences
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '\n', '\t'];

    /// <summary>The title (when the text does not already start with it) and each sentence of the text.</summary>
    public static IEnumerable<string> Split(MeasureText measure)
    {
        var sentences = measure.Text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = measure.Title.Trim();
        return title.Length > 0 && !measure.Text.Contains(title, StringComparison.Ordinal)
            ? sentences.Prepend(title)
            : sentences;
    }

    /// <summary>Sentences of all measures with unit-length TF-IDF vectors; generic short sentences are left out.</summary>
    public static IReadOnlyList<MeasureSentence> Build(IReadOnlyList<MeasureText> measures, SimilarityOptions options)
    {
        var raw = measures
            .SelectMany((m, index) => Split(m).Select(text => (Measure: index, Text: text, Terms: Count(text))))
            .Where(s => s.Terms.Count >= options.MinSentenceTerms)
            .ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in raw.SelectMany(s => s.Terms.Keys))
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var maxFrequency = Math.Min(options.MaxSentencesPerTerm, Math.Max(2, (int)Math.Floor(options.MaxDocumentFrequency * raw.Count)));
        return raw
            .Select(s => new MeasureSentence(s.Measure, s.Text,
                Weigh(s.Terms, documentFrequency, maxFrequency, raw.Count)))
            .ToList();
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in MeasureTokenizer.Terms(text))
            counts[term] = counts.GetValueOrDefault(term) + 1;
        return counts;
    }

    /// <summary>Sublinear tf × smoothed idf, normalised to unit length.</summary>
    /// <remarks>Weights go to a list first so the one dictionary kept per sentence is built once, already normalised.</remarks>
    private static IReadOnlyDictionary<string, double> Weigh(
        Dictionary<string, int> counts, Dictionary<string, int> documentFrequency, int maxFrequency, int n)
    {
        var weights = new List<(string Term, double Weight)>(counts.Count);
        foreach (var (term, count) in counts)
        {
            var frequency = documentFrequency[term];
            if (frequency <= maxFrequency)
                weights.Add((term, (1 + Math.Log(count)) * (Math.Log((1.0 + n) / (1.0 + frequency)) + 1)));
        }
        var length = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        var vector = new Dictionary<string, double>(weights.Count, StringComparer.Ordinal);
        foreach (var (term, weight) in weights)
            vector[term] = length == 0 ? weight : weight / length;
        return vector;
    }
}
