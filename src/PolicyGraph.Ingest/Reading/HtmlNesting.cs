namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// How deeply a page's elements nest, read from the raw text before parsing: the parser and the main-text search cost
/// grows with depth, and a real page nests a few dozen levels, so a page nested hundreds deep is refused up front.
/// Elements whose end tag HTML lets a page leave out (p, li, td …) and void elements (br, img …) are not counted,
/// so a page that never closes its paragraphs is not mistaken for a deep one.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
        "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "embed", "source", "track", "wbr", "param",
    };

    /// <summary>The deepest nesting of counted elements, stopping early once past <see cref="MaxDepth"/>.</summary>
    public static int MaxDepthOf(string html)
    {
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            if (Uncounted.Contains(html[nameStart..nameEnd])) continue;
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (html[tagEnd - 1] != '/') deepest = Math.Max(deepest, ++depth);
            if (deepest > MaxDepth) break;
        }
        return deepest;
    }
}
