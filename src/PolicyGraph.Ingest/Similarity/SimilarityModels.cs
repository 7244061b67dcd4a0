using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PolicyGraph.Ingest.Tests")]

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
/// more than <see cref="MaxDocumentFrequency"/> of the sentences, or in more than <see cref="MaxSentencesPerTerm"/>,
/// are ignored (little signal, and they would make candidate generation quadratic: a share of the sentences grows
/// with the corpus, a fixed count does not); each measure keeps at most its <see cref="MaxPartnersPerMeasure"/> best
/// partners (a measure replicated in hundreds of documents would otherwise link every copy to every other, and the
/// edge count would grow with the square of the corpus).
/// </summary>
public sealed record SimilarityOptions(
    double Threshold = 0.45,
    int MinSentenceTerms = 8,
    int MinSharedTerms = 6,
    double MaxDocumentFrequency = 0.05,
    int MaxPartnersPerMeasure = 10,
    int MaxSentencesPerTerm = 250)
{
    public static SimilarityOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of its range.</summary>
    public void Validate()
    {
        // A threshold above zero also makes a minimum of shared terms below one mean one (a positive score shares a term).
        if (!(Threshold > 0 && Threshold <= 1)) throw Invalid(nameof(Threshold), Threshold, "must be in (0, 1]");
        if (MinSentenceTerms < 0) throw Invalid(nameof(MinSentenceTerms), MinSentenceTerms, "cannot be negative");
        if (MinSharedTerms < 0) throw Invalid(nameof(MinSharedTerms), MinSharedTerms, "cannot be negative");
        if (!(MaxDocumentFrequency > 0 && MaxDocumentFrequency <= 1))
            throw Invalid(nameof(MaxDocumentFrequency), MaxDocumentFrequency, "must be in (0, 1]");
        if (MaxPartnersPerMeasure < 1) throw Invalid(nameof(MaxPartnersPerMeasure), MaxPartnersPerMeasure, "must be at least 1");
        if (MaxSentencesPerTerm < 1) throw Invalid(nameof(MaxSentencesPerTerm), MaxSentencesPerTerm, "must be at least 1");
    }

    private static ArgumentOutOfRangeException Invalid(string option, object value, string rule) =>
        new(option, value, $"SimilarityOptions.{option} {rule}.");
}
