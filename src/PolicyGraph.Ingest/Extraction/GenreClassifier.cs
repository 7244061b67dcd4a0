using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Decides a document's genre from the wording of its title (never from its file name). The words are data
/// (extraction-vocabulary.tsv); only the shapes of numbers stay here: 第N批 for a batch, a year span before 规划.
/// The genre adds meaning (a batch, novelty, pilot zones); it never decides whether items are read.
/// </summary>
public static partial class GenreClassifier
{
    public static string Classify(string title) => Classify(title, ExtractionVocabulary.Default);

    public static string Classify(string title, ExtractionVocabulary vocabulary)
    {
        if (BatchNumber().Match(title) is { Success: true } batch && vocabulary.BatchWords.Any(w => title.IndexOf(w, batch.Index, StringComparison.Ordinal) >= 0))
            return Genres.InnovationBatch;
        if (YearSpanPlan().IsMatch(title)) return Genres.FiveYearPlan;
        foreach (var (word, genre) in vocabulary.GenreTitleWords)
        {
            if (title.Contains(word, StringComparison.Ordinal)) return genre;
        }
        return Genres.Unknown;
    }

    [GeneratedRegex(@"第\s*[\d一二三四五六七八九十百]+\s*批")]
    private static partial Regex BatchNumber();

    [GeneratedRegex(@"(19|20)\d{2}\s*[-—–至]\s*(19|20)\d{2}.*规划")]
    private static partial Regex YearSpanPlan();
}
