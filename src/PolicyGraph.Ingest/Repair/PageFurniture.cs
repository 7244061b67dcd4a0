using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Lines a printed page adds around the text: page numbers ("- 3 -", "— 3 —", "第 3 页 共 9 页", "3/9", "Page 3").
/// Running headers are found by <see cref="HardWrapLayout"/>, which sees the whole document.
/// </summary>
public static partial class PageFurniture
{
    public static bool IsPageNumber(string text) => text.Length <= 24 && PageNumber().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|(?:Page|PAGE|page)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$")]
    private static partial Regex PageNumber();
}
