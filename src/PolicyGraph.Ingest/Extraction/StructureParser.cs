using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Builds the heading tree and the numbered items. A numbered line is a heading when it is short and has no
/// sentence inside, unless it stands in a run of such lines of the same style with no text between them: then
/// it is an item of a list (the shape of "1.全球质量溯源体系 / 2.…"). Longer numbered lines are measures.
/// Headings nest by style rank (第一章 &gt; 第一节 &gt; 一、 &gt; （一） &gt; 1. &gt; （1）); a 专栏 box
/// nests under the current heading and ends at the next numbered line.
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
            if (LineShapes.LooksLikeHeading(marker) && !IsListItem(markers, i))
            {
                tree.Push(marker, units[i]);
                boxItemCount = 0;
            }
            else
            {
                tree.CloseBox();
                items.Add(Item(units[i], marker, tree.CurrentPath));
            }
        }
        return new DocumentStructure(tree.Sections, items);
    }

    private static bool IsListItem(LineMarker?[] markers, int i)
    {
        var kind = markers[i]!.Kind;
        if (kind is MarkerKind.Chapter or MarkerKind.Section or MarkerKind.Box) return false;
        return SameKindHeadingLike(markers, i - 1, kind) || SameKindHeadingLike(markers, i + 1, kind);
    }

    private static bool SameKindHeadingLike(LineMarker?[] markers, int i, MarkerKind kind) =>
        i >= 0 && i < markers.Length && markers[i] is { } m && m.Kind == kind && LineShapes.LooksLikeHeading(m);

    private static BodyItem Item(LogicalLine line, LineMarker marker, string? sectionPath)
    {
        var rest = line.Text[marker.Length..];
        var clause = ClosingClause(line, marker.Length, rest);
        if (clause is not null) rest = rest[..(clause.Value.Start - marker.Length)];
        var text = rest.Trim();
        var responsibility = clause?.Clause ?? LeadAgency(line, marker.Length, text.Length);
        var seq = ChineseNumerals.Parse(marker.Number) ?? 0;
        return new BodyItem(seq, marker.Kind, LeadingSentence(text), text, line.Line, sectionPath, responsibility);
    }

    /// <summary>The "(实施范围：…，责任单位：…)" clause at the end, in either order; Start is its offset in the line.</summary>
    private static (ResponsibilityClause Clause, int Start)? ClosingClause(LogicalLine line, int restStart, string rest)
    {
        var m = UnitsFirstClause().Match(rest);
        if (!m.Success) m = ScopeFirstClause().Match(rest);
        if (!m.Success) return RoleClause(line, restStart, rest);
        var at = restStart + m.Index;
        var clause = new ResponsibilityClause(NullIfEmpty(m.Groups["scope"].Value), m.Groups["units"].Value.Trim(),
            line.LineAt(at), line.Quote(at, m.Length).Trim());
        return (clause, at);
    }

    /// <summary>
    /// The unlabelled form of national and provincial documents: "（省商务厅、省工信厅按职责分工负责）",
    /// "（省商务厅牵头，海关总署广东分署配合）". The role words are dropped and the names kept in order.
    /// </summary>
    private static (ResponsibilityClause Clause, int Start)? RoleClause(LogicalLine line, int restStart, string rest)
    {
        var m = RoleParenthesis().Match(rest);
        if (!m.Success) return null;
        var units = ListBreaks().Replace(RoleWords().Replace(m.Groups["inner"].Value, "、"), "、").Trim('、', ' ');
        if (units.Length < 2) return null;
        var at = restStart + m.Index;
        return (new ResponsibilityClause(null, units, line.LineAt(at), line.Quote(at, m.Length).Trim()), at);
    }

    /// <summary>"由市委宣传部、市服开办牵头" inside the text of a measure that has no closing clause.</summary>
    private static ResponsibilityClause? LeadAgency(LogicalLine line, int restStart, int textLength)
    {
        var m = LeadPhrase().Match(line.Text, restStart, Math.Min(textLength, line.Text.Length - restStart));
        if (!m.Success) return null;
        return new ResponsibilityClause(null, m.Groups["units"].Value.Trim(), line.LineAt(m.Index), line.Quote(m.Index, m.Length));
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

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"[（〔]\s*(?:(?:实施范围|推广范围|适用范围|试点范围)\s*：(?<scope>[^，）〕]*?)\s*[，；]\s*)?(?:责任单位|牵头单位|责任部门|实施单位)\s*：(?<units>[^（〔]+?(?:（[^）]*）[^（〔]*?)*)\s*[）〕]\s*$")]
    private static partial Regex ScopeFirstClause();

    [GeneratedRegex(@"[（〔]\s*(?:责任单位|牵头单位|责任部门|实施单位)\s*：(?<units>[^（〔；]+?(?:（[^）]*）[^（〔；]*?)*)\s*[，；]\s*(?:实施范围|推广范围|适用范围|试点范围)\s*：(?<scope>[^，）〕]*?)\s*[）〕]\s*$")]
    private static partial Regex UnitsFirstClause();

    [GeneratedRegex(@"[（〔](?<inner>[^（）〔〕]{2,160}?(?:负责|牵头|配合|参与))[）〕]\s*$")]
    private static partial Regex RoleParenthesis();

    [GeneratedRegex(@"(?:等)?(?:按职责分工|按职责|分别)?(?:负责|牵头|配合|参与)")]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"[、，；\s]*[、，；][、，；\s]*")]
    private static partial Regex ListBreaks();

    [GeneratedRegex(@"由(?<units>[^，。；由]{2,40}?)(?:牵头|负责)")]
    private static partial Regex LeadPhrase();

    [GeneratedRegex(@"^(?<name>[^。，；：]{2,30})。\s*\S")]
    private static partial Regex NamedParagraph();
}
