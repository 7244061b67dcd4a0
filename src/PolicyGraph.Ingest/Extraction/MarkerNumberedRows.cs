using System.Globalization;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A table with no number column whose rows' first cell opens with an item marker ("1．推进…", "（一）…", "一、…"):
/// the marker numbers the row. Each row gets a number cell in front — the marker's number, the marker taken out of
/// the text — and every other row (a header, a part heading, a row of another marker) an empty one, so the table
/// reads as one with a 序号 column. Rows of a marker of another style than the rows' own stay as they were written.
/// </summary>
internal static class MarkerNumberedRows
{
    private const int MinRows = 2;

    private readonly record struct RowMarker(MarkerKind Kind, int Number, string Text);

    private static readonly MarkerKind[] ItemKinds = [MarkerKind.Arabic, MarkerKind.ParenArabic, MarkerKind.ParenChinese, MarkerKind.ChineseEnumerated];

    /// <summary>The block with a number column in front, or null when its rows are not numbered by a marker in the first cell.</summary>
    public static List<BlockRow>? Numbered(List<BlockRow> block, bool outline)
    {
        if (block.Exists(r => int.TryParse(r.Cells[0].Trim(), out _))) return null;
        var numbers = block.Select(r => Number(r, outline)).ToArray();
        var kind = numbers.OfType<RowMarker>().CountBy(n => n.Kind).OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (kind.Value < MinRows || !Ascending(numbers, kind.Key)) return null;
        return block.Select((row, i) => numbers[i] is { } n && n.Kind == kind.Key
            ? row with { Cells = [n.Number.ToString(CultureInfo.InvariantCulture), n.Text, .. row.Cells[1..]] }
            : row with { Cells = ["", .. row.Cells] }).ToList();
    }

    /// <summary>The first cell's item marker, its number and the text after it, when the row has another cell.</summary>
    private static RowMarker? Number(BlockRow row, bool outline)
    {
        if (row.Cells.Length < 2 || LineShapes.MatchMarker(row.Cells[0].Trim(), outline) is not { } marker) return null;
        if (Array.IndexOf(ItemKinds, marker.Kind) < 0 || marker.Rest.Length == 0) return null;
        var number = marker.Kind is MarkerKind.Arabic or MarkerKind.ParenArabic
            ? int.TryParse(marker.Number, CultureInfo.InvariantCulture, out var n) ? n : (int?)null
            : ChineseNumerals.Parse(marker.Number);
        return number is { } value ? new RowMarker(marker.Kind, value, marker.Rest) : null;
    }

    /// <summary>The rows of the kind number upwards (a part may start again at 1): a column of numbers, not stray markers.</summary>
    private static bool Ascending(RowMarker?[] numbers, MarkerKind kind)
    {
        var seen = numbers.OfType<RowMarker>().Where(n => n.Kind == kind).Select(n => n.Number).ToList();
        return seen.Zip(seen.Skip(1)).All(p => p.Second > p.First || p.Second == 1);
    }
}
