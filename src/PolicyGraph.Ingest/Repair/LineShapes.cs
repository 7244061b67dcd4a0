using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Repair;

/// <summary>The numbering styles Chinese official documents use for headings and items.</summary>
public enum MarkerKind
{
    /// <summary>第一篇 or 第一部分: the level above chapters in long plans.</summary>
    Part,
    Chapter,
    Section,
    ChineseEnumerated,
    ParenChinese,
    Arabic,
    ParenArabic,

    /// <summary>1.1 or 2.3.1: a decimal outline; the number is the last part.</summary>
    Outline,

    /// <summary>案例一： or 成果3：, a word of the vocabulary's item-label list before the number.</summary>
    Labelled,

    /// <summary>一是 … 二是 …: points numbered inside a paragraph, items where no other numbering stands above them.</summary>
    Ordinal,
    Box,
    Article,
}

/// <summary>A numbering marker at the start of a line: its style, the number as written, and the text after it.</summary>
public sealed record LineMarker(MarkerKind Kind, string Number, string Rest, int Length);

/// <summary>Recognisers for the shapes of lines (numbered markers, dates, labels, contents entries) on normalised text.</summary>
public static partial class LineShapes
{
    private const string Terminators = "。！？；：）」』】…";
    private static readonly char[] SentencePunctuation = "，、。；：（）“”".ToCharArray();

    /// <remarks>
    /// Every line is tested, several times over (repair, structure, metadata), so the regex has no capture groups
    /// and runs without allocating; the kind and number are read off the matched text, whose first character
    /// tells the alternatives apart.
    /// </remarks>
    /// <param name="text">The line.</param>
    /// <param name="outline">Whether the document numbers in a decimal outline (<see cref="HasOutline"/>): only then
    /// does "1.2 …" start an item; elsewhere it is a number in prose ("1.5小时", "3.0版").</param>
    public static LineMarker? MatchMarker(string text, bool outline)
    {
        var length = MarkerLength(text);
        if (length == 0) return (outline ? OutlineMarker(text) : null) ?? LabelledMarker(text);
        var (kind, number) = Classify(text.AsSpan(0, length).TrimEnd());
        return new LineMarker(kind, number, text[length..].Trim(), length);
    }

    /// <summary>Whether the line starts with a numbering marker; cheaper than <see cref="MatchMarker"/>.</summary>
    public static bool StartsWithMarker(string text, bool outline) =>
        Marker().IsMatch(text) || (outline && OutlinePattern().IsMatch(text)) || LabelledMarker(text) is not null;

    /// <summary>
    /// Whether the document numbers in a decimal outline: two items in a run (n.1 and n.2 both start lines), items
    /// n.1 under two consecutive heads (1.1 and 2.1), or an n.1 right under its head ("n 标题", "n.标题" or "n、标题").
    /// A decision for the whole document, since one line alone cannot tell "1.5小时以内" from an item.
    /// </summary>
    public static bool HasOutline(IEnumerable<string> lines)
    {
        var firsts = new HashSet<int>();
        var seconds = new HashSet<int>();
        int? head = null;
        foreach (var raw in lines)
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            var m = OutlinePattern().Match(text);
            if (m.Success && !m.Groups["mid"].Success && m.Groups["last"].Value is "1" or "2")
            {
                var number = int.Parse(m.Groups["head"].Value, CultureInfo.InvariantCulture);
                var first = m.Groups["last"].Value == "1";
                if (first && (number == head || firsts.Contains(number - 1) || firsts.Contains(number + 1))) return true;
                (first ? firsts : seconds).Add(number);
                if (firsts.Overlaps(seconds)) return true;
            }
            head = HeadNumber(text);
        }
        return false;
    }

    /// <summary>The number of a line that can head an outline: "1 提升枢纽能级", "1.提升枢纽能级" or "1、提升枢纽能级".</summary>
    private static int? HeadNumber(string text)
    {
        if (BareNumberHeading().Match(text) is { Success: true } bare) return int.Parse(bare.Groups["n"].Value, CultureInfo.InvariantCulture);
        var length = MarkerLength(text);
        if (length == 0 || !char.IsDigit(text[0])) return null;
        var (kind, number) = Classify(text.AsSpan(0, length).TrimEnd());
        return kind == MarkerKind.Arabic && int.TryParse(number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>"2.3 …" → (Outline, "3"): the number is the last part.</summary>
    private static LineMarker? OutlineMarker(string text)
    {
        var m = OutlinePattern().Match(text);
        return m.Success ? new LineMarker(MarkerKind.Outline, m.Groups["last"].Value, text[m.Length..].Trim(), m.Length) : null;
    }

    private static readonly string LabelFirstCharacters = string.Concat(ExtractionVocabulary.Default.ItemLabels.Select(w => w[0]).Distinct());

    private static readonly Regex LabelledPattern = new(
        @"^(?:" + string.Join("|", ExtractionVocabulary.Default.ItemLabels.Select(Regex.Escape).DefaultIfEmpty("(?!)"))
        + @")\s*(?<n>[一二三四五六七八九十百]+|\d{1,3})\s*[：、]\s*",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"案例一：跨境电商…": a label word, a number and a colon; only lines starting with a label word are tried.</summary>
    private static LineMarker? LabelledMarker(string text)
    {
        if (text.Length < 4 || !LabelFirstCharacters.Contains(text[0])) return null;
        var m = LabelledPattern.Match(text);
        return m.Success ? new LineMarker(MarkerKind.Labelled, m.Groups["n"].Value, text[m.Length..].Trim(), m.Length) : null;
    }

    private static int MarkerLength(string text)
    {
        foreach (var match in Marker().EnumerateMatches(text)) return match.Length;
        return 0;
    }

    /// <summary>The kind and number of a marker as matched by <see cref="Marker"/>, trailing spaces removed.</summary>
    private static (MarkerKind Kind, string Number) Classify(ReadOnlySpan<char> marker) => marker[0] switch
    {
        '第' => ChapterLike(marker),
        '专' => (MarkerKind.Box, marker["专栏".Length..].TrimStart().ToString()),
        '（' => (char.IsDigit(marker[1]) ? MarkerKind.ParenArabic : MarkerKind.ParenChinese, marker[1..^1].ToString()),
        var first when char.IsDigit(first) => (MarkerKind.Arabic, marker[..^1].ToString()),
        _ => (MarkerKind.ChineseEnumerated, marker[..^1].ToString()),
    };

    /// <summary>第三章 → (Chapter, "三"); 第二部分 → (Part, "二").</summary>
    private static (MarkerKind Kind, string Number) ChapterLike(ReadOnlySpan<char> marker) => marker[^1] switch
    {
        '章' => (MarkerKind.Chapter, marker[1..^1].ToString()),
        '节' => (MarkerKind.Section, marker[1..^1].ToString()),
        '篇' => (MarkerKind.Part, marker[1..^1].ToString()),
        '分' => (MarkerKind.Part, marker[1..^2].ToString()),
        _ => (MarkerKind.Article, marker[1..^1].ToString()),
    };

    /// <summary>A marker followed by a short phrase without sentence punctuation: the shape of a heading.</summary>
    public static bool LooksLikeHeading(LineMarker marker) =>
        marker.Kind is MarkerKind.Box
        || (marker.Kind is not MarkerKind.Ordinal && marker.Rest.Length <= 30 && marker.Rest.AsSpan().IndexOfAny(['。', '；']) < 0);

    public static bool EndsSentence(string text) => EndsSentence(text.AsSpan());

    public static bool EndsSentence(ReadOnlySpan<char> text) => text.Length > 0 && Terminators.Contains(text[^1]);

    public static bool EndsWithOpenBracket(string text) => text.Length > 0 && "（“《〔【「".Contains(text[^1]);

    /// <summary>More （ than ） — the line stops inside a bracket, so it cannot be a whole line.</summary>
    public static bool HasUnclosedBracket(string text) => text.AsSpan().Count('（') > text.AsSpan().Count('）');

    public static bool StartsWithClosingOrContinuation(string text) => text.Length > 0 && "）”》〕】」，、。；：".Contains(text[0]);

    /// <summary>A short line with no punctuation at all: a signature, caption or heading standing on its own.</summary>
    public static bool IsStandaloneShortLine(string text) =>
        text.Length <= 24 && text.IndexOfAny(SentencePunctuation) < 0;

    /// <summary>
    /// "…发展的实施方案", "…的通知": a whole document title — no sentence punctuation, ending with the kind of document.
    /// Page breaks cut sentences, which have commas, so such a line is never the first half of one.
    /// </summary>
    public static bool IsDocumentTitle(string text) =>
        text.AsSpan().IndexOfAny(['，', '。', '；', '：']) < 0 && ExtractionVocabulary.Default.EndsWithTitleEnding(text, closingBracketAllowed: true);

    public static bool IsDateLine(string text) => text.Contains('年') && DateLine().IsMatch(text);

    /// <summary>"发布日期：…", "附件：…", "抄送：…": a label line that never continues the previous line.</summary>
    public static bool IsLabelLine(string text) => LabelLine().IsMatch(text);

    /// <summary>A table-of-contents entry: a title, a dot leader and a page number.</summary>
    public static bool IsContentsEntry(string text) =>
        text.TrimEnd() is { Length: > 0 } trimmed && char.IsAsciiDigit(trimmed[^1]) && ContentsEntry().IsMatch(text);

    /// <summary>A row of a table written with single spaces: a number, a space, then text.</summary>
    public static bool StartsLikeSpacedRow(string text) => SpacedRowStart().IsMatch(text);

    public static Match MatchDate(string text) => DateLine().Match(text);

    // Part/chapter/section/article, box, 一、, （一）, （1）, 1、 or 1. — each alternative starts with its own characters.
    // Numbers run past 999 (no list is cut short); a year (2024、) never starts an item. Decimal outline numbers are
    // not here: whether "1.5 …" is one is decided for the whole document (HasOutline).
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十百零〇两\d]+(?:[章节条篇]|部分)|专栏\s*(?:\d+|[一二三四五六七八九十]+)|[一二三四五六七八九十百]+、|（(?:[一二三四五六七八九十百千]+|\d{1,5})）|(?:\d{1,3}|(?!19\d\d|20\d\d)\d{4,5})(?:、|\.(?!\d)))\s*")]
    private static partial Regex Marker();

    /// <summary>1.1 or 2.3.1, then a space or a word: a decimal outline number.</summary>
    [GeneratedRegex(@"^(?<head>\d{1,2})(?<mid>\.\d{1,2})?\.(?<last>\d{1,2})\.?(?:\s+|(?=[\u4e00-\u9fa5]))")]
    private static partial Regex OutlinePattern();

    /// <summary>"1 提升枢纽能级": a bare number, a space and a short title with no punctuation.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})\s*(?<title>[^\s，。；：、]{2,30})$")]
    public static partial Regex BareNumberHeading();

    [GeneratedRegex(@"^(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})?\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*日\s*(印发|发布|签发)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,6}\s*：")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*\d+\s*$")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^\d{1,5}\s+\S")]
    private static partial Regex SpacedRowStart();
}
