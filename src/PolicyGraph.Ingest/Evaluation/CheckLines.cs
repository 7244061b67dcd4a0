using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>
/// Whether the loader said anything about a gold item it did not put in the graph: an error that kept the whole file
/// out (with its reason), or a diagnostic of the file that names the item by number or by the start of its title.
/// Document-wide warnings ("no measures found", "genre not recognised") do not count: issue 9 asks for every lost
/// item to be listed with its line and reason.
/// </summary>
public static partial class CheckLines
{
    /// <summary>How many leading characters of a title a diagnostic must quote to name the item by title.</summary>
    private const int TitlePrefixLength = 8;

    public static bool NameItem(IReadOnlyList<IngestDiagnostic> fileDiagnostics, GoldItem item)
    {
        if (fileDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return true;
        var title = TextKey.Of(item.Title);
        var prefix = title[..Math.Min(TitlePrefixLength, title.Length)];
        return fileDiagnostics.Any(d => TextKey.Of(d.Message).Contains(prefix, StringComparison.Ordinal)
            || (d.Code == DiagnosticCodes.NotInGraph ? LeadsWithNumber(d.Message, item.Number) : NamesNumber(d.Message, item.Number)));
    }

    /// <summary>
    /// A "not in the graph" line quotes the document's own text, where a number such as 第三批 need not name an item:
    /// only the line's leading marker ("（三）…", "三、…") names one, or a table row's 序号 cell — the quote of a row
    /// opens with its first cell alone ("3 | …", or "3" then the reason when the number is all its line holds).
    /// </summary>
    private static bool LeadsWithNumber(string message, int number)
    {
        var text = message.TrimStart();
        var m = NumberReference().Match(text);
        if (m.Success && m.Index == 0 && Extraction.ChineseNumerals.Parse(m.Groups["n"].Value) == number) return true;
        var cell = RowNumberCell().Match(text);
        return cell.Success && int.TryParse(cell.Groups["n"].Value, out var row) && row == number;
    }

    /// <summary>"item 3", "measure 3", "row 3", "第3", "（3）", or the Chinese numeral forms （三）, 三、, 第三.</summary>
    private static bool NamesNumber(string message, int number)
    {
        foreach (Match m in NumberReference().Matches(message))
        {
            var written = m.Groups["n"].Value;
            if (Extraction.ChineseNumerals.Parse(written) == number) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:(?:item|measure|requirement|row)\s+|第|（|\()(?<n>[0-9零〇一二两三四五六七八九十百]+)(?![0-9])|(?<n>[零〇一二两三四五六七八九十百]+)、")]
    private static partial Regex NumberReference();

    /// <summary>A number that is a cell of its own at the start of a row's quote: cells are joined by " | ", the reason follows " — " (spaced: "3—5年" is a range, not a cell).</summary>
    [GeneratedRegex(@"^(?<n>[0-9]{1,4})(?:\s*\||\s+—\s)")]
    private static partial Regex RowNumberCell();
}
