using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Removes formatting left over from conversions (HTML formatting tags, markdown bold, Word bookmarks) so the text
/// reads as written. Only a fixed list of formatting tags is removed and nothing is interpreted: any other markup,
/// such as &lt;script&gt;, stays as literal text and is reported.
/// </summary>
public static partial class MarkupCleaner
{
    public static string Clean(string line)
    {
        if (line.IndexOf('<') < 0 && line.IndexOf('*') < 0 && line.IndexOf('[') < 0) return line;
        line = FormattingTag().Replace(line, m => m.Groups["tag"].Value.Equals("br", StringComparison.OrdinalIgnoreCase) ? " " : "");
        line = WordBookmark().Replace(line, "");
        return line.Replace("**", "", StringComparison.Ordinal);
    }

    /// <summary>The first tag left after cleaning, e.g. "&lt;script&gt;", or null.</summary>
    public static string? FindRemainingTag(string cleanedLine)
    {
        var match = AnyTag().Match(cleanedLine);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"</?(?<tag>b|p|br|strong|em|i|u|span|font|div|sup|sub)(\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex WordBookmark();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex AnyTag();
}
