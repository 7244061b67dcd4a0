using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Finds the front matter: title (the first line of the head that reads like a title), status (a parenthesised
/// 征求意见稿 and the like), docNumber (a line that is only a 文号), issuer (the signature above the closing
/// date, else the letterhead above the 文号, else the organ before 关于 in the title) and issue date
/// (发布日期, else the closing date line).
/// </summary>
public static partial class MetadataExtractor
{
    private const int HeadLines = 15;
    private const int MaxSignatureLength = 40;

    public static DocumentMetadata Extract(RepairedText text, List<IngestDiagnostic> diagnostics)
    {
        var lines = text.Lines;
        if (lines.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, text.Source.FileName, null, DiagnosticCodes.MissingMetadata, "no text is left once markup is removed."));
            return new DocumentMetadata("", 1, null, null, null, null, null, Genres.Unknown);
        }
        var head = lines.Take(HeadLines).TakeWhile(l => !IsBodyMarker(l, text.HasOutline)).ToList();
        var status = head.Select(l => StatusPattern().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["s"].Value;
        var titleLine = ChooseTitle(head) ?? lines[0];
        var title = CleanTitle(titleLine.Text);
        var docNumberLine = head.FirstOrDefault(l => DocNumberOnly().IsMatch(l.Text));
        var docNumber = docNumberLine is null ? null : RemoveSpaces(docNumberLine.Text);
        var (dateLine, issuedOn) = FindIssueDate(lines);
        var issuerLine = FindIssuer(lines, docNumberLine, text.HasOutline);
        var issuer = issuerLine is null ? IssuerFromTitle(title) : RemoveSpaces(issuerLine.Text);
        var genre = GenreClassifier.Classify(title);
        Report(text, diagnostics, issuer, issuedOn, dateLine, genre);
        return new DocumentMetadata(title, titleLine.Line, docNumber, issuer, issuerLine?.Line ?? (issuer is null ? null : titleLine.Line), issuedOn, status, genre);
    }

    private static void Report(RepairedText text, List<IngestDiagnostic> diagnostics, string? issuer, DateOnly? issuedOn, LogicalLine? dateLine, string genre)
    {
        var file = text.Source.FileName;
        if (issuer is null)
            diagnostics.Add(new(DiagnosticSeverity.Warning, file, null, DiagnosticCodes.MissingMetadata, "no issuer found (no signature line, letterhead or 关于 in the title)."));
        if (issuedOn is null)
        {
            var why = dateLine is null ? "no issue date found" : "the closing date is left blank";
            diagnostics.Add(new(DiagnosticSeverity.Info, file, dateLine?.Line, DiagnosticCodes.MissingMetadata, $"{why}; issuedOn omitted."));
        }
        if (genre == Genres.Unknown)
            diagnostics.Add(new(DiagnosticSeverity.Warning, file, null, DiagnosticCodes.UnknownGenre, "genre not recognised from the title; its items are read, but no batch or innovation facts."));
    }

    private static bool IsBodyMarker(LogicalLine line, bool outline) =>
        LineShapes.MatchMarker(line.Text, outline) is { Kind: not MarkerKind.Box } && !line.IsMarkdownHeading;

    private static LogicalLine? ChooseTitle(List<LogicalLine> head)
    {
        var candidates = head.Where(IsTitleCandidate).ToList();
        return candidates.FirstOrDefault(l => HasTitleShape(CleanTitle(l.Text))) ?? candidates.FirstOrDefault();
    }

    private static bool IsTitleCandidate(LogicalLine line) =>
        !AttachmentCaption().IsMatch(line.Text) && !StatusOnly().IsMatch(line.Text) && !DocNumberOnly().IsMatch(line.Text)
        && !LineShapes.IsLabelLine(line.Text) && !LineShapes.IsDateLine(line.Text) && !line.IsTableRow
        && !LineShapes.IsContentsEntry(line.Text) && line.Text.Length >= 4;

    /// <summary>Title text without the status bracket and without spaces a layout put between Chinese words.</summary>
    internal static string CleanTitle(string text) => RemoveSpaces(StatusPattern().Replace(text, "")).Trim();

    internal static string RemoveSpaces(string text) => SpaceBetweenCjk().Replace(text, "");

    private static (LogicalLine? Line, DateOnly? Date) FindIssueDate(IReadOnlyList<LogicalLine> lines)
    {
        foreach (var line in lines.Take(HeadLines))
        {
            var m = PublishedOn().Match(line.Text);
            if (m.Success && ToDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } published)
                return (line, published);
        }
        var dateLine = lines.LastOrDefault(l => LineShapes.IsDateLine(l.Text.Trim()));
        if (dateLine is null) return (null, null);
        var date = LineShapes.MatchDate(dateLine.Text.Trim());
        return (dateLine, ToDate(date.Groups["y"].Value, date.Groups["m"].Value, date.Groups["d"].Value));
    }

    internal static DateOnly? ToDate(string year, string month, string day)
    {
        var y = ChineseNumerals.Parse(year);
        var m = ChineseNumerals.Parse(month);
        var d = ChineseNumerals.Parse(day);
        if (y is null || m is null || d is null) return null;
        return y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y.Value, m.Value)
            ? new DateOnly(y.Value, m.Value, d.Value)
            : null;
    }

    /// <summary>The signature line above the closing date, else the letterhead above the 文号.</summary>
    private static LogicalLine? FindIssuer(IReadOnlyList<LogicalLine> lines, LogicalLine? docNumberLine, bool outline)
    {
        var closingDate = lines.LastOrDefault(l => LineShapes.IsDateLine(l.Text.Trim()));
        if (closingDate is not null)
        {
            var index = IndexOf(lines, closingDate);
            if (index > 0 && IsSignature(lines[index - 1], outline)) return lines[index - 1];
        }
        if (docNumberLine is not null)
        {
            var index = IndexOf(lines, docNumberLine);
            if (index > 0 && IsSignature(lines[index - 1], outline)) return lines[index - 1];
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<LogicalLine> lines, LogicalLine line)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (ReferenceEquals(lines[i], line)) return i;
        }
        return -1;
    }

    private static bool IsSignature(LogicalLine line, bool outline) =>
        line.Text.Length <= MaxSignatureLength && line.Text.AsSpan().IndexOfAny(['。', '，', '；', '：', '、']) < 0
        && !LineShapes.StartsWithMarker(line.Text, outline) && OrganSuffix().IsMatch(line.Text.Trim());

    private static string? IssuerFromTitle(string title)
    {
        var at = ExtractionVocabulary.Default.IndexOfTitleSubject(title);
        if (at <= 0) return null;
        var organ = title[..at];
        return OrganSuffix().IsMatch(organ) ? organ : null;
    }

    [GeneratedRegex(@"[（(](?<s>征求意见稿|送审稿|讨论稿|草案|试行|暂行|修订稿|代拟稿|公开征求意见稿)[）)]")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^（[^（）]*稿）$|^（(试行|暂行|草案)）$")]
    private static partial Regex StatusOnly();

    [GeneratedRegex(@"^附件\s*\d*\s*$")]
    private static partial Regex AttachmentCaption();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,14}\s*〔\s*\d{4}\s*〕\s*\d+\s*号$")]
    private static partial Regex DocNumberOnly();

    /// <summary>A title names its subject (关于…) or ends with a kind of document.</summary>
    private static bool HasTitleShape(string text) =>
        ExtractionVocabulary.Default.IndexOfTitleSubject(text) >= 0 || ExtractionVocabulary.Default.EndsWithTitleEnding(text);

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5“”（）《》、])\s+(?=[\u4e00-\u9fa5“”（）《》])")]
    private static partial Regex SpaceBetweenCjk();

    [GeneratedRegex(@"发布日期\s*：?\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex PublishedOn();

    [GeneratedRegex(@"(政府|办公室|办公厅|办|委员会|委|局|厅|部|院|小组|中心|管委会|公司|银行|海关)$")]
    private static partial Regex OrganSuffix();
}
