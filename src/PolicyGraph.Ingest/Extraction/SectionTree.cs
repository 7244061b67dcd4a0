using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The stack of open headings while a document is read top to bottom; hands out "3.2"-style paths.</summary>
internal sealed class SectionTree
{
    private readonly List<(ParsedSection Section, int Rank)> _open = [];
    private readonly Dictionary<string, int> _childCounts = new(StringComparer.Ordinal);
    private readonly List<ParsedSection> _sections = [];

    public IReadOnlyList<ParsedSection> Sections => _sections;

    public string? CurrentPath => _open.Count == 0 ? null : _open[^1].Section.Path;

    public bool InBox => _open.Count > 0 && _open[^1].Section.Kind == KindName(MarkerKind.Box);

    /// <summary>The rank of the heading an open box sits under; -1 when it sits at the top or no box is open.</summary>
    public int BoxParentRank => InBox && _open.Count > 1 ? _open[^2].Rank : -1;

    public void CloseBox()
    {
        if (InBox) _open.RemoveAt(_open.Count - 1);
    }

    public void Push(LineMarker marker, LogicalLine line)
    {
        CloseBox();
        var rank = Rank(marker.Kind);
        while (_open.Count > 0 && _open[^1].Rank >= rank && marker.Kind != MarkerKind.Box) _open.RemoveAt(_open.Count - 1);
        var parent = CurrentPath;
        var key = parent ?? "";
        var index = _childCounts.GetValueOrDefault(key) + 1;
        _childCounts[key] = index;
        var path = parent is null ? $"{index}" : $"{parent}.{index}";
        var title = MetadataExtractor.RemoveSpaces(marker.Rest.TrimStart('：').TrimEnd('。', '：'));
        var ordinal = ChineseNumerals.Parse(marker.Number) ?? index;
        var section = new ParsedSection(path, parent, title, ordinal, _open.Count + 1, KindName(marker.Kind), line.Line) { Marker = marker.Kind };
        _sections.Add(section);
        _open.Add((section, rank));
    }

    internal static int Rank(MarkerKind kind) => kind switch
    {
        MarkerKind.Part => 0,
        MarkerKind.Chapter => 1,
        MarkerKind.Section => 2,
        MarkerKind.ChineseEnumerated => 3,
        MarkerKind.ParenChinese => 4,
        MarkerKind.Arabic => 5,
        MarkerKind.Labelled => 6,
        MarkerKind.Outline => 7,
        MarkerKind.ParenArabic => 8,
        MarkerKind.Article => 9,
        _ => 10,
    };

    internal static string KindName(MarkerKind kind) => kind switch
    {
        MarkerKind.Part => "part",
        MarkerKind.Chapter => "chapter",
        MarkerKind.Section => "section",
        MarkerKind.Box => "box",
        MarkerKind.Article => "article",
        _ => "heading",
    };
}
