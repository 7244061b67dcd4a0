namespace PolicyGraph.Ingest.Similarity;

/// <summary>A measure to compare: its id, the document it belongs to, and its title and text.</summary>
public sealed record MeasureText(string Id, string DocumentId, string Title, string Text);

/// <summary>
/// Two measures of different documents that say the same thing. <see cref="Score"/> is the cosine (0, 1] of the
/// best-matching pair of sentences; <see cref="FromQuote"/> and <see cref="ToQuote"/> are those sentences.
/// </summary>
public sealed record SimilarPair(string FromId, string ToId, double Score)
{
    public string FromQuote { get; init; } = "";

    public string ToQuote { get; init; } = "";
}

/// <summary>
/// Tuning of <see cref="SimilarityFinder"/>. <see cref="Threshold"/> is the minimum sentence cosine for a pair;
/// sentences with fewer than <see cref="MinSentenceTerms"/> distinct terms are too generic to compare; a sentence
/// pair must share at least <see cref="MinSharedTerms"/> terms (about a seven-character phrase); terms in
/// more than <see cref="MaxDocumentFrequency"/> of the sentences are ignored (little signal, and they would make
/// candidate generation quadratic).
/// </summary>
public sealed record SimilarityOptions(
    double Threshold = 0.45,
    int MinSentenceTerms = 8,
    int MinSharedTerms = 6,
    double MaxDocumentFrequency = 0.05)
{
    public static SimilarityOptions Default { get; } = new();
}
