using System.Text;
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
        // Each pass only where its opening character occurs: most lines have none, and a regex pass allocates.
        if (line.Contains('<'))
            line = WithoutFormattingTags(line);
        if (line.Contains('['))
            line = WordBookmark().Replace(line, "");
        if (line.Contains('\\'))
            line = MarkdownEscape().Replace(line, "$1");
        return line.Contains("**", StringComparison.Ordinal) ? line.Replace("**", "", StringComparison.Ordinal) : line;
    }

    /// <summary>Formatting tags removed, a line break (&lt;br&gt;) becoming a space.</summary>
    /// <remarks>Matches are enumerated as values and the tag name read off the text: no Match object per tag.</remarks>
    private static string WithoutFormattingTags(string line)
    {
        StringBuilder? cleaned = null;
        var copied = 0;
        foreach (var tag in FormattingTag().EnumerateMatches(line))
        {
            cleaned ??= new StringBuilder(line.Length);
            cleaned.Append(line, copied, tag.Index - copied);
            if (IsLineBreak(line.AsSpan(tag.Index, tag.Length))) cleaned.Append(' ');
            copied = tag.Index + tag.Length;
        }
        return cleaned is null ? line : cleaned.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>Whether a matched formatting tag (&lt;br&gt;, &lt;/BR&gt;, &lt;br/&gt;) is a line break.</summary>
    private static bool IsLineBreak(ReadOnlySpan<char> tag)
    {
        var name = tag[1] == '/' ? tag[2..] : tag[1..];
        return name.Length > 2 && name[..2].Equals("br", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetter(name[2]);
    }

    /// <summary>The first tag left after cleaning, e.g. "&lt;script&gt;", or null.</summary>
    public static string? FindRemainingTag(string cleanedLine)
    {
        var match = AnyTag().Match(cleanedLine);
        return match.Success ? match.Value : null;
    }

    /// <summary>
    /// Text with all markup removed: script and style elements with their content, any other tag without it.
    /// For fields that must hold names only (a responsibility cell); quotes keep the text as written.
    /// </summary>
    public static string RemoveAllMarkup(string text)
    {
        if (text.IndexOf('<') < 0) return text;
        return AnyTag().Replace(ScriptOrStyleElement().Replace(text, ""), "");
    }

    // Non-backtracking: document text is untrusted, and an opener without a closer must not cost quadratic time.
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</(script|style)\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptOrStyleElement();

    [GeneratedRegex(@"</?(?<tag>b|p|br|strong|em|i|u|span|font|div|sup|sub)(\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();

    /// <summary>
    /// A markdown escape ("1\\." keeps a converter from reading a list): the backslash only guards the punctuation
    /// after it, and no policy text writes a backslash before ASCII punctuation for its own sake.
    /// </summary>
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex WordBookmark();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex AnyTag();
}
