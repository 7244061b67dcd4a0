using System.Globalization;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A table with no number column whose rows' first cell opens with an item marker ("1．推进…", "（一）…", "一、…"):
/// the marker numbers the row. Each row gets a number cell in front — the marker's number, the marker taken out of
/// the text — and every other row (a header, a part heading) an empty one, so the table reads as one with a 序号
/// column. Every row filling more than one cell, the header aside, must open with the marker: a 类别 column whose
/// "一、开放通道" stands on the first row of each group only (the others left empty by a rowspan) numbers nothing.
/// </summary>
internal static class MarkerNumberedRows
{
    private const int MinRows = 2;

    private static readonly MarkerKind[] ItemKinds = [MarkerKind.Arabic, MarkerKind.ParenArabic, MarkerKind.ParenChinese, MarkerKind.ChineseEnumerated];

    /// <summary>An item marker opening a cell: one of the numbering styles of items, a number, and text after it.</summary>
    internal readonly record struct CellMarker(MarkerKind Kind, int Number, string Text);

    /// <summary>The block with a number column in front, or null when its rows are not numbered by a marker in the first cell.</summary>
    public static List<BlockRow>? Numbered(List<BlockRow> block, bool outline)
    {
        if (block.Exists(r => int.TryParse(r.Cells[0].Trim(), out _))) return null;
        var markers = block.Select(r => r.Cells.Length < 2 ? null : Of(r.Cells[0], outline)).ToArray();
        var kind = markers.OfType<CellMarker>().CountBy(n => n.Kind).OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (kind.Value < MinRows || !Ascending(markers, kind.Key)) return null;
        var rows = block.Select((row, i) => (Row: row, Marker: markers[i])).Where(r => TableColumns.FromHeader(r.Row.Cells) is null);
        if (rows.Any(r => r.Row.Cells.Count(c => c.Trim().Length > 0) >= 2 && r.Marker?.Kind != kind.Key)) return null;
        return block.Select((row, i) => markers[i] is { } n && n.Kind == kind.Key
            ? row with { Cells = [n.Number.ToString(CultureInfo.InvariantCulture), n.Text, .. row.Cells[1..]] }
            : row with { Cells = ["", .. row.Cells] }).ToList();
    }

    /// <summary>The item marker opening the cell (normalised text), its number and the text after it; null when there is none.</summary>
    internal static CellMarker? Of(string cell, bool outline)
    {
        if (LineShapes.MatchMarker(cell.Trim(), outline) is not { } marker) return null;
        if (Array.IndexOf(ItemKinds, marker.Kind) < 0 || marker.Rest.Length == 0) return null;
        var number = marker.Kind is MarkerKind.Arabic or MarkerKind.ParenArabic
            ? int.TryParse(marker.Number, CultureInfo.InvariantCulture, out var n) ? n : (int?)null
            : ChineseNumerals.Parse(marker.Number);
        return number is { } value ? new CellMarker(marker.Kind, value, marker.Rest) : null;
    }

    /// <summary>The rows of the kind number upwards (a part may start again at 1): a column of numbers, not stray markers.</summary>
    private static bool Ascending(CellMarker?[] markers, MarkerKind kind)
    {
        var seen = markers.OfType<CellMarker>().Where(n => n.Kind == kind).Select(n => n.Number).ToList();
        return seen.Zip(seen.Skip(1)).All(p => p.Second > p.First || p.Second == 1);
    }
}
