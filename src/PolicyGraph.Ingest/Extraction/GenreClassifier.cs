using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>Decides a document's genre from the wording of its title (never from its file name).</summary>
public static partial class GenreClassifier
{
    public static string Classify(string title)
    {
        if (Batch().IsMatch(title)) return Genres.InnovationBatch;
        if (FiveYear().IsMatch(title)) return Genres.FiveYearPlan;
        if (Plan().IsMatch(title)) return Genres.ImplementationPlan;
        return Genres.Unknown;
    }

    [GeneratedRegex(@"第\s*[\d一二三四五六七八九十百]+\s*批.*(创新|成果|举措|案例|经验)")]
    private static partial Regex Batch();

    [GeneratedRegex(@"十[一二三四五六七八九]五|五年规划|五年发展规划|(19|20)\d{2}\s*[-—–至]\s*(19|20)\d{2}.*规划")]
    private static partial Regex FiveYear();

    [GeneratedRegex(@"方案|实施意见|行动计划|工作措施|若干措施|实施细则")]
    private static partial Regex Plan();
}
