using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Finds the documents a text cites: every 《title》 (with the 文号 in the bracket right after it, when given) and
/// every 文号 like 闽自贸办函〔2025〕31号 standing alone. The document's own title and number are not citations.
/// </summary>
public static partial class CitationExtractor
{
    private const int MinTitleLength = 4;

    public static IReadOnlyList<Citation> Extract(IReadOnlyList<LogicalLine> lines, DocumentMetadata metadata)
    {
        var citations = new List<Citation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var annexes = AnnexCaptions(lines);
        foreach (var line in lines)
        {
            if (line.Text.AsSpan().IndexOfAny(['《', '〔']) < 0) continue;
            var claimed = new List<(int Start, int End)>();
            foreach (Match m in TitledCitation().Matches(line.Text))
            {
                var title = MetadataExtractor.RemoveSpaces(m.Groups["title"].Value.Trim());
                var number = m.Groups["number"].Success ? MetadataExtractor.RemoveSpaces(m.Groups["number"].Value) : null;
                claimed.Add((m.Index, m.Index + m.Length));
                if (title.Length < MinTitleLength || IsSelf(title, number, metadata) || IsForm(title) || annexes.Contains(title)) continue;
                Add(citations, seen, new Citation(title, number, line.LineAt(m.Index), line.Quote(m.Index, m.Length)));
            }
            if (line.Text.IndexOf('〔') < 0) continue;
            foreach (Match m in DocNumber().Matches(line.Text))
            {
                var number = LeadingFunctionWord().Replace(MetadataExtractor.RemoveSpaces(m.Value), "");
                if (claimed.Any(c => m.Index >= c.Start && m.Index < c.End) || IsSelf(null, number, metadata)) continue;
                Add(citations, seen, new Citation(null, number, line.LineAt(m.Index), line.Quote(m.Index, m.Length)));
            }
        }
        return citations;
    }

    /// <summary>Titles of this document's own annexes ("附件：…" lines): references to them are not citations.</summary>
    private static HashSet<string> AnnexCaptions(IReadOnlyList<LogicalLine> lines) =>
        lines.Select(l => AnnexCaption().Match(l.Text)).Where(m => m.Success)
            .Select(m => MetadataExtractor.RemoveSpaces(m.Groups["title"].Value.Trim('《', '》', ' '))).ToHashSet(StringComparer.Ordinal);

    /// <summary>Forms and notices handed to a party (《处罚决定书》) are not documents of policy.</summary>
    private static bool IsForm(string title) => FormTitle().IsMatch(title);

    /// <summary>The normalised key a cited document is known by: its number when given, else its title.</summary>
    public static string Key(Citation citation) => citation.DocNumber ?? citation.Title!;

    private static void Add(List<Citation> citations, HashSet<string> seen, Citation citation)
    {
        if (seen.Add(Key(citation))) citations.Add(citation);
    }

    private static bool IsSelf(string? title, string? number, DocumentMetadata metadata) =>
        (number is not null && number == metadata.DocNumber)
        || (title is not null && MetadataExtractor.CleanTitle(title) == metadata.Title);

    [GeneratedRegex(@"^附件\s*\d*\s*：\s*(?<title>.+)$")]
    private static partial Regex AnnexCaption();

    [GeneratedRegex(@"(告知单|决定书|通知书|申请表|登记表|证明书|告知书|回执)$")]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"^(和|及|与|并|或|以及|根据|依据|按照|落实|贯彻|执行|印发|参照|对照|依照)+")]
    private static partial Regex LeadingFunctionWord();

    [GeneratedRegex(@"《(?<title>[^《》]+)》(?:\s*（(?<number>[\u4e00-\u9fa5]{1,14}〔\d{4}〕\d+号)）)?")]
    private static partial Regex TitledCitation();

    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,14}〔\s*\d{4}\s*〕\s*\d+\s*号")]
    private static partial Regex DocNumber();
}
