using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Reads the counts a batch notice states about its own batch — "共有48项…第19批…其中，全国首创28项、复制拓展19项，
/// 复制1项；对台特色7项" or "第七批20项改革创新成果" — from sentences that name this batch, so counts of earlier
/// batches in the same letter ("共推出18批515项") are not mistaken for this one's.
/// </summary>
public static partial class TotalsExtractor
{
    public const string TotalLabel = "total";
    public const string TaiwanLabel = "concernsTaiwan";

    public static IReadOnlyList<StatedTotal> Extract(IReadOnlyList<LogicalLine> lines, BatchInfo? batch)
    {
        if (batch is null) return [];
        var totals = new List<StatedTotal>();
        foreach (var line in lines.Where(l => !l.IsTableRow))
        {
            var offset = 0;
            foreach (var sentence in line.Text.Split('。'))
            {
                if (NamesBatch(sentence, batch.Number)) AddCounts(totals, line, sentence, offset);
                offset += sentence.Length + 1;
            }
        }
        return totals;
    }

    private static bool NamesBatch(string sentence, int number) =>
        BatchMention().Matches(sentence).Any(m => ChineseNumerals.Parse(m.Groups["n"].Value) == number);

    private static void AddCounts(List<StatedTotal> totals, LogicalLine line, string sentence, int offset)
    {
        var total = TotalCount().Match(sentence);
        if (total.Success) Add(totals, TotalLabel, total.Groups["n"].Value, line, offset, sentence);
        foreach (Match m in Breakdown().Matches(sentence))
        {
            var label = m.Groups["label"].Value is "对台特色" or "涉台" or "对台" ? TaiwanLabel : m.Groups["label"].Value;
            Add(totals, label, m.Groups["n"].Value, line, offset, sentence);
        }
    }

    private static void Add(List<StatedTotal> totals, string label, string number, LogicalLine line, int offset, string sentence)
    {
        if (totals.Any(t => t.Label == label) || ChineseNumerals.Parse(number) is not { } count) return;
        totals.Add(new StatedTotal(label, count, line.LineAt(offset), line.Quote(offset, sentence.Length).Trim()));
    }

    [GeneratedRegex(@"第\s*(?<n>[\d一二三四五六七八九十百]+)\s*批")]
    private static partial Regex BatchMention();

    [GeneratedRegex(@"(?:共有?|第\s*[\d一二三四五六七八九十百]+\s*批（?)\s*(?<n>\d+|[一二三四五六七八九十百]+)\s*项")]
    private static partial Regex TotalCount();

    [GeneratedRegex(@"(?<label>全国首创|复制拓展|复制|对台特色|涉台|对台)\s*(?<n>\d+|[一二三四五六七八九十百]+)\s*项")]
    private static partial Regex Breakdown();
}
