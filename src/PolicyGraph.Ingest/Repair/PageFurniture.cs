using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Lines a printed page adds around the text, for every format that has pages (text copied out of a PDF, and the
/// PDF reader): page numbers ("- 3 -", "— 3 —", "第 3 页 共 9 页", "3/9", "Page 3", and where only page furniture can
/// stand, a bare "3"), and the running header that repeats the issuer's name ("四川省人民政府文件" above the text of a
/// document whose title reads "四川省人民政府关于…"), which a two-page document prints only once. Headers repeated
/// on several pages are found by <see cref="HardWrapLayout"/> and the PDF reader, which see the whole document.
/// </summary>
public static partial class PageFurniture
{
    private const int MaxPageNumberLength = 24;
    private const int MinIssuerLength = 4;

    /// <summary>Words an issuer's running header may add after its name (文件, 办公厅文件 …): a few characters, no sentence.</summary>
    private const int MaxHeaderTail = 6;

    /// <param name="bareNumber">Whether a number alone counts: only where nothing but furniture stands (a page's edge).</param>
    public static bool IsPageNumber(string text, bool bareNumber = false) =>
        text.Length <= MaxPageNumberLength && (PageNumber().IsMatch(text) || (bareNumber && BareNumber().IsMatch(text)));

    /// <summary>The issuer's name from a title line "X关于印发…的通知", or null.</summary>
    public static string? IssuerOf(string titleLine)
    {
        var at = ExtractionVocabulary.Default.IndexOfTitleSubject(titleLine);
        return at >= MinIssuerLength ? titleLine[..at].Trim() : null;
    }

    /// <summary>
    /// A line that is the issuer's name with a few words after it (文件) and no punctuation: a running header. The
    /// name alone is not enough: it is also how a signature reads.
    /// </summary>
    public static bool IsIssuerHeader(string text, string? issuer)
    {
        var trimmed = text.Trim();
        return issuer is not null && trimmed.StartsWith(issuer, StringComparison.Ordinal)
            && trimmed.Length > issuer.Length && trimmed.Length <= issuer.Length + MaxHeaderTail
            && ExtractionVocabulary.Default.IndexOfTitleSubject(trimmed) < 0 && !LineShapes.EndsSentence(trimmed) && trimmed.AsSpan().IndexOfAny(['，', '：', '、']) < 0;
    }

    [GeneratedRegex(@"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|(?:Page|PAGE|page)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*\d{1,4}\s*$")]
    private static partial Regex BareNumber();
}
