using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Reads the counts a batch notice states about its own batch — "共有48项…第19批…其中，全国首创28项、复制拓展19项，
/// 复制1项；对台特色7项" or "第七批20项改革创新成果" — from sentences that name this batch, so counts of earlier
/// batches in the same letter ("共推出18批515项") are not mistaken for this one's. Documents that publish no batch
/// may state counts per scope in their preamble ("将27项措施复制推广至全市").
/// </summary>
public static partial class TotalsExtractor
{
    public const string TotalLabel = "total";
    public const string TaiwanLabel = "concernsTaiwan";

    /// <summary>Prefix of labels counting measures by scope: "scope:全市" from "将27项措施复制推广至全市".</summary>
    public const string ScopePrefix = "scope:";

    private const int PreambleLines = 12;

    /// <summary>"全国首创28项", "对台特色7项": a novelty or Taiwan label of the vocabulary, then a count.</summary>
    private static readonly Regex Breakdown = new(
        @"(?<label>" + string.Join("|", ExtractionVocabulary.Default.Novelties.Concat(ExtractionVocabulary.Default.TaiwanTotalLabels)
            .OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\s*(?<n>\d+|[一二三四五六七八九十百]+)\s*项",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<StatedTotal> Extract(IReadOnlyList<LogicalLine> lines, BatchInfo? batch)
    {
        if (batch is null) return ScopeCounts(lines);
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

    /// <summary>"将 27 项措施复制推广至全市，21 项措施在自贸试验区福州片区内深化实施" in a plan's preamble.</summary>
    private static IReadOnlyList<StatedTotal> ScopeCounts(IReadOnlyList<LogicalLine> lines)
    {
        var totals = new List<StatedTotal>();
        foreach (var line in lines.Take(PreambleLines).Where(l => !l.IsTableRow))
        {
            foreach (Match m in MeasuresInScope().Matches(line.Text))
            {
                if (!int.TryParse(m.Groups["n"].Value, out var count)) continue;
                var place = m.Groups["place"].Value.Trim();
                totals.Add(new StatedTotal(ScopePrefix + place, count, line.LineAt(m.Index), line.Quote(m.Index, m.Length)));
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
        foreach (Match m in Breakdown.Matches(sentence))
        {
            var label = ExtractionVocabulary.Default.TaiwanTotalLabels.Contains(m.Groups["label"].Value) ? TaiwanLabel : m.Groups["label"].Value;
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

    [GeneratedRegex(@"(?<n>\d+)\s*项(?:措施|任务|举措)[^，。；\d]{0,8}?(?:至|在)(?<place>[^，。；]{2,20}?)(?:内|范围内)?(?:深化实施|实施|推广|复制推广)?(?=[，。；]|$)")]
    private static partial Regex MeasuresInScope();

    [GeneratedRegex(@"(?:共有?|第\s*[\d一二三四五六七八九十百]+\s*批（?)\s*(?<n>\d+|[一二三四五六七八九十百]+)\s*项")]
    private static partial Regex TotalCount();

}
