using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Building;

public sealed partial class GraphBuilder
{
    /// <summary>
    /// What of the document's numbered text reached the graph, what did not and why, and whether the text names
    /// responsible units (a 责任单位 label or column …) while the graph assigns none of its items an agency.
    /// </summary>
    private void AddCoverage(DocumentContext ctx, IEnumerable<string> itemIds)
    {
        var coverage = ctx.Doc.Coverage;
        var assigned = itemIds.Count(ctx.ItemsWithAgency.Contains);
        var unitsNamed = assigned == 0 ? FirstUnitsLabel(ctx.Doc) : null;
        _coverage.Add(new DocumentCoverage(ctx.File, coverage.ItemsFound, coverage.Measures, coverage.Requirements,
            coverage.ItemsReported, coverage.TableRows, coverage.RowsPaired, coverage.RowsStandalone, assigned)
        {
            UnitsNamedLine = unitsNamed?.Line,
            UnitsNamedWord = unitsNamed?.Word,
            UnqualifiedLevelNames = UnqualifiedLevelNames(ctx),
        });
        _unplaced.AddRange(coverage.Unplaced.Select(u => new UnplacedEntry(ctx.File, u.Line, u.Text, u.Reason)));
    }

    /// <summary>
    /// In a document whose jurisdiction is unknown, the agencies whose names start with a level word (市商务局): no
    /// place to qualify them with, they stay as written, which check reports.
    /// </summary>
    private int UnqualifiedLevelNames(DocumentContext ctx) =>
        ctx.Jurisdiction.IsKnown ? 0 : ctx.ResolvedLists.Values.SelectMany(list => list)
            .Where(a => _gazetteer.LevelPrefixOf(a.Name) is not null)
            .Select(a => a.Name).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The first line using a units word (责任单位, 牵头单位, 负责单位 …) as a label ("责任单位：…") or as a table
    /// header cell, with the word; the word inside a sentence does not count.
    /// </summary>
    private static (int Line, string Word)? FirstUnitsLabel(ParsedDocument doc)
    {
        var lastCharacters = FieldLabels.Units.Select(u => u.Name[^1]).Distinct().ToArray();
        foreach (var line in doc.Lines)
        {
            if (line.Text.AsSpan().IndexOfAny(lastCharacters) < 0) continue;
            foreach (var (name, _) in FieldLabels.Units)
            {
                for (var at = line.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = line.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    if (IsLabelUse(line.Text, at, name.Length)) return (line.LineAt(at), name);
                }
            }
        }
        return null;
    }

    private const int MaxHeaderCell = 10;

    private static bool IsLabelUse(string text, int at, int length)
    {
        var end = at + length;
        if (end < text.Length && text[end] is '：' or ':') return true;
        var cellStart = text.LastIndexOf('\t', Math.Max(0, at - 1)) + 1;
        var cellEnd = text.IndexOf('\t', end) is var tab and >= 0 ? tab : text.Length;
        return text.Contains('\t') && cellEnd - cellStart <= MaxHeaderCell;
    }
}
