namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// What text copied out of a PDF looks like, judged over the whole document: whether its lines are hard-wrapped at
/// one width (many lines of near-equal length, most without a sentence terminator), and which lines are page
/// furniture — page numbers anywhere ("- 3 -", "第 3 页 共 9 页"), and the running header or footer: a short line
/// repeated next to page numbers, or in hard-wrapped text on several pages, or the issuer's name heading the page
/// after a page number (<see cref="PageFurniture.IsIssuerHeader"/>). Ordinary text, whose lines are whole
/// paragraphs, is left alone.
/// </summary>
public sealed class HardWrapLayout
{
    private const int MinWrappedLines = 8;
    private const double MinWrappedShare = 0.4;
    private const double MaxTerminatedShare = 0.5;
    private const int WidthTolerance = 4;
    private const int MinWidth = 20;
    private const int MaxWidth = 120;
    private const int MaxHeaderLength = 40;
    private const int MinHeaderRepeats = 3;
    private const int MaxPageNumberLine = 40;

    private readonly HashSet<int> _furniture;

    private HardWrapLayout(int? width, HashSet<int> furniture)
    {
        Width = width;
        _furniture = furniture;
    }

    /// <summary>The display width (a CJK character counts 2) lines are wrapped at; null when the text is not hard-wrapped.</summary>
    public int? Width { get; }

    public bool IsHardWrapped => Width is not null;

    /// <summary>Whether the 0-based source line is a page number or running header, to be dropped.</summary>
    public bool IsFurniture(int index) => _furniture.Contains(index);

    /// <summary>A line that fills the wrap width: its paragraph goes on in the next line.</summary>
    public bool FillsWidth(string text) => Width is { } width && DisplayWidth(text) >= width - WidthTolerance;

    /// <param name="outline">Whether the document numbers in a decimal outline (<see cref="LineShapes.HasOutline"/>).</param>
    public static HardWrapLayout Analyse(IReadOnlyList<string> lines, bool outline)
    {
        var width = WrapWidth(lines);
        var furniture = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length <= MaxPageNumberLine && PageFurniture.IsPageNumber(lines[i].Trim())) furniture.Add(i);
        }
        if (width is not null || furniture.Count > 0) AddRunningHeaders(lines, furniture, width is not null, outline);
        AddIssuerHeaders(lines, furniture);
        return new HardWrapLayout(width, furniture);
    }

    /// <summary>
    /// The issuer's name heading the page after a page number (<see cref="PageFurniture.IsIssuerHeader"/>), even when
    /// the document is too short for it to repeat.
    /// </summary>
    private static void AddIssuerHeaders(IReadOnlyList<string> lines, HashSet<int> furniture)
    {
        var pageNumbers = furniture.Where(i => PageFurniture.IsPageNumber(lines[i].Trim())).ToList();
        if (pageNumbers.Count == 0 || lines.FirstOrDefault(l => l.Trim().Length > 0) is not { } first) return;
        var issuer = PageFurniture.IssuerOf(first.Trim());
        foreach (var number in pageNumbers)
        {
            var next = number + 1;
            while (next < lines.Count && lines[next].AsSpan().IsWhiteSpace()) next++;
            if (next < lines.Count && PageFurniture.IsIssuerHeader(lines[next], issuer)) furniture.Add(next);
        }
    }

    /// <summary>The most common width of long lines, when enough lines share it and most of them end mid-sentence.</summary>
    /// <remarks>Every document passes here, so widths are counted in place, without copying lines.</remarks>
    private static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<int, int>();
        var nonEmpty = 0;
        foreach (var line in lines)
        {
            var text = line.AsSpan().Trim();
            if (text.Length == 0 || text.Contains('\t')) continue;
            nonEmpty++;
            var width = DisplayWidth(text);
            if (width is >= MinWidth and <= MaxWidth) counts[width / 2] = counts.GetValueOrDefault(width / 2) + 1;
        }
        if (nonEmpty < MinWrappedLines || counts.Count == 0) return null;
        var bucket = counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).First().Key;
        var (wrapWidth, wrapped, terminated) = (bucket * 2, 0, 0);
        foreach (var line in lines)
        {
            var text = line.AsSpan().Trim();
            var width = DisplayWidth(text);
            if (text.Length == 0 || text.Contains('\t') || width < wrapWidth - WidthTolerance || width > wrapWidth + 1) continue;
            wrapped++;
            if (LineShapes.EndsSentence(text)) terminated++;
        }
        if (wrapped < MinWrappedLines || wrapped < nonEmpty * MinWrappedShare) return null;
        return terminated <= wrapped * MaxTerminatedShare ? wrapWidth : null;
    }

    /// <summary>
    /// Short lines repeated on several pages (exact repeats, never a numbered or labelled line): in hard-wrapped text
    /// any such line seen three times; in any text a line seen twice or more (the issuer's name, say), where it stands
    /// next to a page number.
    /// </summary>
    private static void AddRunningHeaders(IReadOnlyList<string> lines, HashSet<int> furniture, bool hardWrapped, bool outline)
    {
        var pageNumbers = furniture.Order().ToArray();
        var nonBlankBefore = NonBlankPrefix(lines);
        var repeats = lines.Select((text, index) => (Text: text.Trim(), Index: index))
            .Where(l => l.Text.Length is > 0 and <= MaxHeaderLength && !l.Text.Contains('\t') && !PageFurniture.IsPageNumber(l.Text)
                && !LineShapes.StartsWithMarker(l.Text, outline) && !LineShapes.IsLabelLine(l.Text))
            .GroupBy(l => l.Text, StringComparer.Ordinal);
        foreach (var group in repeats)
        {
            var besidePageNumbers = group.Where(l => NearPageNumber(l.Index, pageNumbers, nonBlankBefore)).ToList();
            var repeated = hardWrapped && group.Count() >= MinHeaderRepeats ? group.ToList() : group.Count() >= 2 ? besidePageNumbers : [];
            foreach (var (_, index) in repeated) furniture.Add(index);
        }
    }

    /// <summary>
    /// Within two non-blank lines of a page number: at most one non-blank line between them. The nearest page number
    /// on each side decides (a farther one has at least as many lines between), found by binary search.
    /// </summary>
    private static bool NearPageNumber(int index, int[] sortedPageNumbers, int[] nonBlankBefore)
    {
        var at = Array.BinarySearch(sortedPageNumbers, index);
        if (at >= 0) return true;
        var next = ~at;
        return (next > 0 && NonBlankBetween(nonBlankBefore, sortedPageNumbers[next - 1], index) <= 1)
            || (next < sortedPageNumbers.Length && NonBlankBetween(nonBlankBefore, index, sortedPageNumbers[next]) <= 1);
    }

    /// <summary>nonBlankBefore[i] = how many of lines 0..i-1 are not blank, so a count between two lines costs nothing.</summary>
    private static int[] NonBlankPrefix(IReadOnlyList<string> lines)
    {
        var prefix = new int[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++) prefix[i + 1] = prefix[i] + (lines[i].AsSpan().IsWhiteSpace() ? 0 : 1);
        return prefix;
    }

    /// <summary>Non-blank lines strictly between lines <paramref name="from"/> and <paramref name="to"/> (from &lt; to).</summary>
    private static int NonBlankBetween(int[] nonBlankBefore, int from, int to) => nonBlankBefore[to] - nonBlankBefore[from + 1];

    /// <summary>Width as printed: CJK and full-width characters take two columns, others one.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text) width += c >= '\u1100' ? 2 : 1;
        return width;
    }
}
