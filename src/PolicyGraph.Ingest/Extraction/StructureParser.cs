using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Builds the heading tree and the numbered items. A numbered line is a heading when it is short and has no
/// sentence inside, unless it stands in a run of such lines of the same style with no text between them: then
/// it is an item of a list (the shape of "1.全球质量溯源体系 / 2.…"). Longer numbered lines are measures.
/// Headings nest by style rank (第一篇 &gt; 第一章 &gt; 第一节 &gt; 一、 &gt; （一） &gt; 1. &gt; （1）); a 专栏
/// box nests under the current heading and ends at the next numbered line. A short numbered line that closes with
/// a units clause ("一、运贸一体化模式（报送单位：…）") is an item, not a heading, and the paragraphs under it are its text.
/// </summary>
public static partial class StructureParser
{
    public static DocumentStructure Parse(IReadOnlyList<LogicalLine> lines)
    {
        var expanded = InlineItemSplitter.Expand(lines);
        var units = expanded.Select(e => e.Line).ToList();
        var markers = expanded.Select(e => e.Marker).ToArray();
        var tree = new SectionTree();
        var items = new List<BodyItem>();
        var boxItemCount = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var marker = markers[i];
            if (marker is null)
            {
                if (tree.InBox && BoxItem(units[i], boxItemCount + 1, tree.CurrentPath) is { } boxItem)
                {
                    items.Add(boxItem);
                    boxItemCount++;
                }
                continue;
            }
            if (LineShapes.LooksLikeHeading(marker) && !IsListItem(markers, i) && !AssignsUnits(units[i], marker))
            {
                tree.Push(marker, units[i]);
                boxItemCount = 0;
                continue;
            }
            tree.CloseBox();
            var item = Item(units[i], marker, tree.CurrentPath);
            if (item.Clause is not null && !item.Text.Contains('。'))
            {
                var paragraphs = ParagraphsUnder(units, markers, i + 1);
                if (paragraphs.Count > 0) item = item with { Text = string.Join("", paragraphs.Select(p => p.Text.Trim())) };
                i += paragraphs.Count;
            }
            items.Add(item);
        }
        return new DocumentStructure(tree.Sections, items);
    }

    private static bool AssignsUnits(LogicalLine line, LineMarker marker) =>
        (line.Text.EndsWith('）') || line.Text.EndsWith('〕')) && ResponsibilityClauses.Closing(line, marker.Length, line.Text[marker.Length..]) is { Clause.Units: not null };

    /// <summary>The unnumbered paragraphs after an item that is only a name: up to the next numbered line, signature or date.</summary>
    private static List<LogicalLine> ParagraphsUnder(List<LogicalLine> units, LineMarker?[] markers, int start)
    {
        var paragraphs = new List<LogicalLine>();
        for (var i = start; i < units.Count && markers[i] is null; i++)
        {
            var text = units[i].Text;
            if (units[i].IsTableRow || LineShapes.IsStandaloneShortLine(text) || LineShapes.IsDateLine(text)) break;
            paragraphs.Add(units[i]);
        }
        return paragraphs;
    }

    private static bool IsListItem(LineMarker?[] markers, int i)
    {
        var kind = markers[i]!.Kind;
        if (kind is MarkerKind.Part or MarkerKind.Chapter or MarkerKind.Section or MarkerKind.Box) return false;
        return SameKindHeadingLike(markers, i - 1, kind) || SameKindHeadingLike(markers, i + 1, kind);
    }

    private static bool SameKindHeadingLike(LineMarker?[] markers, int i, MarkerKind kind) =>
        i >= 0 && i < markers.Length && markers[i] is { } m && m.Kind == kind && LineShapes.LooksLikeHeading(m);

    private static BodyItem Item(LogicalLine line, LineMarker marker, string? sectionPath)
    {
        var rest = line.Text[marker.Length..];
        var clause = ResponsibilityClauses.Closing(line, marker.Length, rest);
        if (clause is not null) rest = rest[..(clause.Value.Start - marker.Length)];
        var text = rest.Trim();
        var responsibility = Responsibility(clause?.Clause, line, marker.Length, text.Length);
        var seq = ChineseNumerals.Parse(marker.Number) ?? 0;
        return new BodyItem(seq, marker.Kind, LeadingSentence(text), text, line.Line, sectionPath, responsibility);
    }

    /// <summary>The closing clause; when it names no units, "由…牵头" in the text does, and the clause keeps scope and deadline.</summary>
    private static ResponsibilityClause? Responsibility(ResponsibilityClause? closing, LogicalLine line, int restStart, int textLength)
    {
        if (closing?.Units is not null) return closing;
        var lead = ResponsibilityClauses.LeadPhrase(line, restStart, textLength);
        return lead is null ? closing : lead with { Scope = closing?.Scope, Deadline = closing?.Deadline };
    }

    private static BodyItem? BoxItem(LogicalLine line, int seq, string? sectionPath)
    {
        var m = NamedParagraph().Match(line.Text);
        if (!m.Success) return null;
        return new BodyItem(seq, MarkerKind.Box, m.Groups["name"].Value.Trim(), line.Text.Trim(), line.Line, sectionPath, null);
    }

    /// <summary>The title of a measure: its first sentence (a bold lead-in in the source), or the whole text when it has no full stop.</summary>
    internal static string LeadingSentence(string text)
    {
        var stop = text.IndexOf('。');
        return (stop > 0 ? text[..stop] : text).Trim();
    }

    /// <summary>"跨境电商。推进…" or "跨境电商：推进…" — a box names each programme before describing it.</summary>
    [GeneratedRegex(@"^(?<name>[^。，；：]{2,30})[。：]\s*\S")]
    private static partial Regex NamedParagraph();
}
