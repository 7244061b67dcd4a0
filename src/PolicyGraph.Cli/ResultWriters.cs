using System.Globalization;
using Newtonsoft.Json;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cli;

/// <summary>Prints a query result as an aligned text table (CJK characters count as two columns) or as JSON.</summary>
internal static class ResultWriters
{
    private const int MaxCellWidth = 60;

    public static void WriteTable(TextWriter output, QueryResult result)
    {
        var cells = result.Rows.Select(row => row.Select(v => Clip(ResultValueText.Format(v))).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(DisplayWidth(c), cells.Count == 0 ? 0 : cells.Max(r => DisplayWidth(r[i])))).ToArray();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        output.WriteLine(Line(result.Columns, widths));
        output.WriteLine(rule);
        foreach (var row in cells) output.WriteLine(Line(row, widths));
        output.WriteLine(rule);
        output.WriteLine($"{result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")}{(result.Truncated ? " (truncated)" : "")}");
    }

    public static void WriteJson(TextWriter output, QueryResult result)
    {
        var document = new
        {
            columns = result.Columns,
            rows = result.Rows.Select(r => r.Select(JsonValues.FromResult).ToArray()),
            truncated = result.Truncated,
        };
        output.WriteLine(JsonConvert.SerializeObject(document, Formatting.Indented));
    }

    private static string Line(IReadOnlyList<string> values, int[] widths) =>
        "| " + string.Join(" | ", values.Select((v, i) => v + new string(' ', widths[i] - DisplayWidth(v)))) + " |";

    private static string Clip(string text)
    {
        text = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        if (DisplayWidth(text) <= MaxCellWidth) return text;
        var width = 0;
        var end = 0;
        while (end < text.Length && width + CharWidth(text[end]) <= MaxCellWidth - 1) width += CharWidth(text[end++]);
        return text[..end] + "…";
    }

    private static int DisplayWidth(string text) => text.Sum(CharWidth);

    private static int CharWidth(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u1100' || c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uff60' ? 2 : 1;
}
