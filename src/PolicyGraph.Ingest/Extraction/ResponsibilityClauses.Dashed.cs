using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The closing parts of an item written after its text rather than in a labelled bracket: "…。——区商务局、区经济和
/// 信息化局" (names after a dash, no role word) and "（6月底前）" (a bracket holding nothing but a time).
/// </summary>
internal static partial class ResponsibilityClauses
{
    private const int MaxDeadlineNoteLength = 12;

    /// <summary>"…。——A、B" closing the text: names after a dash, every one an agency's, state the units with no role.</summary>
    private static ResponsibilityClause? DashedNames(LogicalLine line, int restStart, int length)
    {
        var names = DashedList().Match(line.Text, restStart, length);
        if (!names.Success || !NamesAgencies(names.Groups["units"].Value)) return null;
        var units = names.Groups["units"];
        return new ResponsibilityClause(null, UnitStatement.Parse(units.Value), null, line.LineAt(units.Index), line.Quote(units.Index, units.Length));
    }

    /// <summary>
    /// "（6月底前）", "（全年持续推进）", "（每月）" closing the text: a bracket holding nothing but a time limit (a date
    /// ending as a limit does, or a deadline or frequency phrase of the vocabulary) states the deadline; "（2026—2030年）"
    /// or "（2025年版）" is a period or an edition. Returns it and where the bracket opens in <paramref name="rest"/>.
    /// </summary>
    public static (string Deadline, int Open)? ClosingDeadline(string rest)
    {
        if (ClosingBracket(rest) is not var (open, close)) return null;
        var inner = rest[(open + 1)..close].Trim();
        return inner.Length <= MaxDeadlineNoteLength && inner.AsSpan().IndexOfAny(['，', '、', '：', '；', '。', ',', ':']) < 0
            && CellContents.IsTimeLimit(inner, ExtractionVocabulary.Default)
            ? (inner, open)
            : null;
    }

    [GeneratedRegex(@"——(?<units>[^，。；：—（）]{2,80}?)[。；]?\s*$")]
    private static partial Regex DashedList();
}
