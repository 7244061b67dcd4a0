using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Builds the heading tree and the numbered items. A numbered line is a heading when it is short and has no
/// sentence inside, unless it stands in a run of such lines of the same style with no text between them: then
/// it is an item of a list (the shape of "1.全球质量溯源体系 / 2.…"). Longer numbered lines are measures.
/// Headings nest by style rank (第一篇 &gt; 第一章 &gt; 第一节 &gt; 一、 &gt; （一） &gt; 1. &gt; （1）); a 专栏
/// box nests under the current heading, keeps its own numbered items (see <see cref="BoxNumbering"/>) and ends at
/// the next numbered line that is not one of them. A short numbered line that closes with a units clause
/// ("一、运贸一体化模式（报送单位：…）") or has a units line under it ("报送单位：…") is an item, not a heading, and
/// the paragraphs under it are its text.
/// </summary>
public static partial class StructureParser
{
    /// <param name="outline">Whether the document numbers in a decimal outline (<see cref="RepairedText.HasOutline"/>).</param>
    public static DocumentStructure Parse(IReadOnlyList<LogicalLine> lines, bool outline)
    {
        var expanded = InlineItemSplitter.Expand(lines, outline);
        var units = expanded.Select(e => e.Line).ToList();
        var markers = expanded.Select(e => e.Marker).ToArray();
        MarkOutlineHeadings(units, markers);
        var tree = new SectionTree();
        var items = new List<BodyItem>();
        var box = new BoxNumbering();
        for (var i = 0; i < units.Count; i++)
        {
            var marker = markers[i];
            if (marker is null)
            {
                if (tree.InBox && BoxItem(units[i], box.Named + 1, tree.CurrentPath) is { } boxItem)
                {
                    items.Add(boxItem);
                    box.Named++;
                }
                continue;
            }
            var inBox = tree.InBox && box.TryTake(marker, tree.BoxParentRank);
            if (!inBox && LineShapes.LooksLikeHeading(marker) && !IsListItem(markers, i) && !AssignsUnits(units, markers, i))
            {
                tree.Push(marker, units[i]);
                box = new BoxNumbering();
                continue;
            }
            if (!inBox) tree.CloseBox();
            items.Add(NumberedItem(units, markers, ref i, tree.CurrentPath));
        }
        return new DocumentStructure(tree.Sections, items);
    }

    /// <summary>
    /// In a decimal outline ("1 提升枢纽能级" over "1.1 …", "1.2 …"), a bare number and a short title is the heading of
    /// the items numbered under it. Only where such an item follows: elsewhere "1 名称" is a row of a spaced table.
    /// </summary>
    /// <remarks>One backward pass, remembering the next numbered line below.</remarks>
    private static void MarkOutlineHeadings(List<LogicalLine> units, LineMarker?[] markers)
    {
        var next = -1;
        for (var i = units.Count - 1; i >= 0; i--)
        {
            if (markers[i] is not null)
            {
                next = i;
                continue;
            }
            if (next < 0 || markers[next]!.Kind != MarkerKind.Outline || LineShapes.BareNumberHeading().Match(units[i].Text) is not { Success: true } m
                || !units[next].Text.StartsWith(m.Groups["n"].Value + ".", StringComparison.Ordinal)) continue;
            markers[i] = new LineMarker(MarkerKind.Arabic, m.Groups["n"].Value, m.Groups["title"].Value, m.Groups["title"].Index);
        }
    }

    /// <summary>A units clause closing the line ("…（报送单位：…）"), or a units line of its own under it ("报送单位：…").</summary>
    private static bool AssignsUnits(List<LogicalLine> units, LineMarker?[] markers, int i)
    {
        if (ClosesWithUnits(units[i], markers[i]!)) return true;
        return UnitsLine(ParagraphsUnder(units, markers, i + 1)) is not null;
    }

    /// <summary>
    /// A numbered item. A units line under it ("报送单位：…") says what a closing bracket would when the item has none;
    /// an item that is only a name and has units takes the paragraphs under it as its text.
    /// </summary>
    private static BodyItem NumberedItem(List<LogicalLine> units, LineMarker?[] markers, ref int i, string? sectionPath)
    {
        var item = Item(units[i], markers[i]!, sectionPath);
        var points = TakePoints(units, markers, i + 1, ref item);
        if (points > 0)
        {
            i += points;
            return ItemContinuation.Extend(units, markers, i + 1, item);
        }
        var below = ParagraphsUnder(units, markers, i + 1);
        if (item.Clause?.Units is null && UnitsLine(below) is { } stated)
        {
            var clause = stated with { Scope = stated.Scope ?? item.Clause?.Scope, Deadline = stated.Deadline ?? item.Clause?.Deadline };
            item = item with { Clause = clause, StatesUnitsApart = true };
        }
        if (item.Clause is not null && !item.Text.Contains('。'))
        {
            var paragraphs = below.Where(p => ResponsibilityClauses.LabelLine(p) is null).ToList();
            if (paragraphs.Count > 0) item = item with { Text = string.Join("", paragraphs.Select(p => p.Text.Trim())) };
            i += below.Count;
            return item;
        }
        return ItemContinuation.Extend(units, markers, i + 1, item);
    }

    /// <summary>
    /// The first labelled line among <paramref name="paragraphs"/> that names units, with the scope, deadline and pilot
    /// areas of any labelled line ("责任单位：…" then "完成时限：…" or "试点片区：…" on a line of its own).
    /// </summary>
    private static ResponsibilityClause? UnitsLine(List<LogicalLine> paragraphs)
    {
        ResponsibilityClause? found = null;
        string? scope = null, deadline = null, pilot = null;
        foreach (var paragraph in paragraphs)
        {
            if (ResponsibilityClauses.LabelLine(paragraph) is not { } clause) continue;
            if (clause.Units is not null) found ??= clause;
            scope ??= clause.Scope;
            deadline ??= clause.Deadline;
            pilot ??= clause.Pilot;
        }
        return found is null ? null : found with { Scope = found.Scope ?? scope, Deadline = found.Deadline ?? deadline, Pilot = found.Pilot ?? pilot };
    }

    /// <summary>
    /// An item that ends with "：" introduces points ("给予以下支持：" then （一）（二）（三）): lines numbered from 1 in
    /// another style, one after another, with labelled lines among or after them. They are the item's text, not
    /// items; a units line after them states the item's units. Points that name their own units (a closing units
    /// clause, or a units line before the next point) are items of their own, so nothing is taken. Returns how many
    /// lines were taken.
    /// </summary>
    private static int TakePoints(List<LogicalLine> units, LineMarker?[] markers, int start, ref BodyItem item)
    {
        if (start >= units.Count || markers[start] is not { } first || !IntroducesPoints(item, first)
            || first.Kind == item.Kind || ChineseNumerals.Parse(first.Number) != 1) return 0;
        var (taken, expected, points) = (0, 1, new List<string>());
        ResponsibilityClause? stated = null;
        for (var i = start; i < units.Count; i++, taken++)
        {
            if (markers[i] is { } point)
            {
                if (point.Kind != first.Kind || ChineseNumerals.Parse(point.Number) != expected) break;
                if (stated is not null || ClosesWithUnits(units[i], point)) return 0;
                points.Add(units[i].Text.Trim());
                expected++;
            }
            else if (ResponsibilityClauses.LabelLine(units[i]) is { } clause)
            {
                if (clause.Units is not null) stated ??= clause;
            }
            else break;
        }
        if (item.Clause?.Units is null && stated is not null) item = item with { Clause = stated };
        item = item with { Text = item.Text + string.Concat(points) };
        return taken;
    }

    /// <summary>
    /// The item ends with "：", or it is only a name ("培育经营主体。": one short sentence) and the first line below it
    /// is numbered in a style ranked under the item's ("1." over "（1）"): its points, not items of the list.
    /// </summary>
    private static bool IntroducesPoints(BodyItem item, LineMarker first) =>
        item.Text.EndsWith('：')
        || (item.Text.Length <= MaxNameOnlyLength && item.Text.AsSpan().TrimEnd('。').IndexOfAny(['。', '；', '，', '：']) < 0
            && SectionTree.Rank(first.Kind) > SectionTree.Rank(item.Kind));

    private const int MaxNameOnlyLength = 30;

    /// <summary>"…（报送单位：…）": a units clause closing the numbered line.</summary>
    private static bool ClosesWithUnits(LogicalLine line, LineMarker marker) =>
        (line.Text.EndsWith('）') || line.Text.EndsWith('〕') || line.Text.EndsWith('】'))
        && ResponsibilityClauses.Closing(line, marker.Length, line.Text[marker.Length..]) is { Clause.Units: not null };

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
        var (responsibility, text, closing) = ItemContinuation.StatedIn(line, marker.Length);
        var seq = ChineseNumerals.Parse(marker.Number) ?? 0;
        var (named, novelty) = WithoutNoveltyNote(text);
        var title = marker.Kind == MarkerKind.Ordinal ? LeadingClause(text) : LeadingSentence(named);
        return new BodyItem(seq, marker.Kind, title, text, line.Line, sectionPath, responsibility)
        {
            Novelty = novelty,
            StatesUnitsApart = closing?.Units is not null,
        };
    }

    private static BodyItem? BoxItem(LogicalLine line, int seq, string? sectionPath)
    {
        var m = NamedParagraph().Match(line.Text);
        if (!m.Success) return null;
        return new BodyItem(seq, MarkerKind.Box, m.Groups["name"].Value.Trim(), line.Text.Trim(), line.Line, sectionPath, null);
    }

    /// <summary>
    /// The numbered items of a 专栏 box ("专栏1 …" then "1. …", "2. …"): the first is number 1 in a style below the
    /// heading the box sits under, the rest continue it in the same style. Any other numbered line ends the box.
    /// </summary>
    private sealed class BoxNumbering
    {
        private MarkerKind? _style;
        private int _last;

        /// <summary>How many named paragraphs ("跨境电商。…") the box has had.</summary>
        public int Named { get; set; }

        public bool TryTake(LineMarker marker, int parentRank)
        {
            if (marker.Kind is MarkerKind.Part or MarkerKind.Chapter or MarkerKind.Section or MarkerKind.Box or MarkerKind.Article
                || SectionTree.Rank(marker.Kind) <= parentRank || (_style is { } style && style != marker.Kind))
                return false;
            var expected = _style is null ? 1 : _last + 1;
            if (ChineseNumerals.Parse(marker.Number) != expected) return false;
            (_style, _last) = (marker.Kind, expected);
            return true;
        }
    }

    /// <summary>The title of a measure: its first sentence (a bold lead-in in the source), or the whole text when it has no full stop.</summary>
    internal static string LeadingSentence(string text)
    {
        var stop = text.IndexOf('。');
        return (stop > 0 ? text[..stop] : text).Trim();
    }

    /// <summary>The title of a point "一是推进…建设，支持…": its first clause, up to the first comma or full stop.</summary>
    private static string LeadingClause(string text)
    {
        var stop = text.AsSpan().IndexOfAny('，', '。');
        return (stop > 0 ? text[..stop] : text).Trim();
    }

    /// <summary>"科技成果转化模式（全国首创）": a closing bracket holding only a novelty word labels the name, it is no part of it.</summary>
    private static (string Text, string? Novelty) WithoutNoveltyNote(string text)
    {
        foreach (var novelty in ExtractionVocabulary.Default.Novelties)
        {
            var note = $"（{novelty}）";
            if (text.EndsWith(note, StringComparison.Ordinal) && text.Length > note.Length) return (text[..^note.Length].TrimEnd(), novelty);
        }
        return (text, null);
    }

    /// <summary>"跨境电商。推进…" or "跨境电商：推进…" — a box names each programme before describing it.</summary>
    [GeneratedRegex(@"^(?<name>[^。，；：]{2,30})[。：]\s*\S")]
    private static partial Regex NamedParagraph();
}
