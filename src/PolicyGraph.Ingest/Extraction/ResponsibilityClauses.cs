using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Reads who does a measure, where and by when, from the bracket that closes it: labelled fields in any order and
/// with either separator ("（实施范围：…，责任单位：…）", "（牵头单位：…；配合单位：…；完成时限：…）"), or an unlabelled
/// list with role words ("（省商务厅牵头，海关总署广东分署配合）", "（…按职责分工负责）"). Without a closing bracket,
/// "由…牵头/负责" in the text names the units.
/// </summary>
internal static partial class ResponsibilityClauses
{
    private const int MaxUnlabelledLength = 160;
    private const int MaxLabelLength = 8;
    private const int MaxLabelLineValue = 80;
    private const int MaxLabelLineName = 30;

    private static readonly Regex FieldLabel = new(
        @"(?:^|(?<=[，；,;\s]))(?<label>" + string.Join("|", FieldLabels.All.Select(l => l.Name).OrderByDescending(n => n.Length)) + @")\s*：",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, ColumnRole> RoleByLabel = FieldLabels.All.ToDictionary(l => l.Name, l => l.Role);

    /// <summary>The clause closing <paramref name="rest"/> (the line after its marker) and its offset in the line.</summary>
    public static (ResponsibilityClause Clause, int Start)? Closing(LogicalLine line, int restStart, string rest)
    {
        if (ClosingBracket(rest) is not var (open, close)) return null;
        var inner = rest[(open + 1)..close];
        var at = restStart + open;
        var quote = line.Quote(at, close - open + 1).Trim();
        var clause = Labelled(inner, line.LineAt(at), quote) ?? Unlabelled(inner, line.LineAt(at), quote);
        return clause is null ? null : (clause, at);
    }

    /// <summary>
    /// Units stated in the text of a measure that has no closing clause: "由市委宣传部、市服开办牵头", with the
    /// supporting units after it ("由A牵头，B、C配合"), or a closing "A、B负责。". The subject counts only when every
    /// name in it ends as an agency's name does: "由市政府主要负责同志任组长" names no unit.
    /// </summary>
    public static ResponsibilityClause? LeadPhrase(LogicalLine line, int restStart, int textLength)
    {
        var length = Math.Min(textLength, line.Text.Length - restStart);
        for (var m = LeadPattern().Match(line.Text, restStart, length); m.Success; m = m.NextMatch())
        {
            if (!NamesAgencies(m.Groups["units"].Value)) continue;
            var word = m.Groups["word"];
            var supported = m.Groups["support"].Success && NamesAgencies(m.Groups["support"].Value);
            var statement = supported
                ? UnitStatement.Parse($"{m.Groups["units"].Value}{word.Value}，{m.Groups["support"].Value}{m.Groups["sword"].Value}")
                : UnitStatement.Parse(m.Groups["units"].Value, RoleWords.RoleOf(word.Value));
            var quoted = supported ? m.Length : word.Index + word.Length - m.Index;
            return new ResponsibilityClause(null, statement, null, line.LineAt(m.Index), line.Quote(m.Index, quoted));
        }
        var closing = ClosingOwners().Match(line.Text, restStart, length);
        if (closing.Success && NamesAgencies(closing.Groups["units"].Value))
            return new ResponsibilityClause(null, UnitStatement.Parse(closing.Groups["units"].Value, RoleWords.RoleOf(closing.Groups["word"].Value)),
                null, line.LineAt(closing.Groups["units"].Index), line.Quote(closing.Groups["units"].Index, closing.Length - (closing.Groups["units"].Index - closing.Index)));
        for (var m = SubjectPattern().Match(line.Text, restStart, length); m.Success; m = m.NextMatch())
        {
            var units = m.Groups["units"];
            if (!NamesAgencies(units.Value)) continue;
            var word = m.Groups["word"];
            return new ResponsibilityClause(null, UnitStatement.Parse(units.Value, RoleWords.RoleOf(word.Value)),
                null, line.LineAt(units.Index), line.Quote(units.Index, word.Index + word.Length - units.Index));
        }
        return null;
    }

    /// <summary>
    /// A sentence whose subject is a list of agencies acting on the measure: "省市场监管局、省政务办负责推行…",
    /// "省商务厅牵头，会同…", "商务部将会同有关部门…", "省自贸办要加强…". Only 牵头 gives a role.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。；])\s*(?<units>[^，。；：]{2,80}?)将?(?<word>牵头|负责|会同|共同|要)")]
    private static partial Regex SubjectPattern();

    /// <summary>Every name of the list ends with an agency ending (局, 厅, 委, 办, 管委会, 人民政府, 有限公司 …).</summary>
    private static bool NamesAgencies(string units) =>
        UnitStatement.Parse(units).Units.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            is { Length: > 0 } names
        && names.All(name => name.Length <= MaxLabelLineName
            && Resolution.AgencySuffixes.KindOf(Resolution.NameForms.WithoutNote(ListEnd().Replace(name, ""))) is not null);

    /// <summary>"市商务局等部门": the closing words of a list are no part of the last name.</summary>
    [GeneratedRegex(@"等(?:有关|相关)?(?:部门|单位)?$")]
    private static partial Regex ListEnd();

    /// <summary>The outermost bracket pair at the end of the text (a full stop after it allowed), nested brackets skipped.</summary>
    private static (int Open, int Close)? ClosingBracket(string rest)
    {
        var close = rest.Length - 1;
        while (close >= 0 && (char.IsWhiteSpace(rest[close]) || rest[close] is '。' or '；')) close--;
        if (close < 0 || rest[close] is not ('）' or '〕')) return null;
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (rest[i] is '）' or '〕') depth++;
            else if (rest[i] is '（' or '〔' && --depth == 0) return (i, close);
        }
        return null;
    }

    /// <summary>
    /// "报送单位：X" on a line of its own under an item, as the bracket would say it: the line is nothing but labelled
    /// fields, and every value is a list of names or a short phrase, not a sentence ("报送单位：各片区要…，…" is text).
    /// </summary>
    public static ResponsibilityClause? LabelLine(LogicalLine line)
    {
        var text = line.Text.TrimEnd();
        var start = text.Length - text.TrimStart().Length;
        var colon = text.IndexOf('：', start);
        if (colon < 0 || colon - start > MaxLabelLength) return null;
        var fields = Fields(text[start..].TrimEnd('。', '；'));
        if (fields is not { Count: > 0 } || fields.Exists(f => !IsListValue(f.Value))) return null;
        return FromFields(fields, line.LineAt(start), line.Quote(start, text.Length - start));
    }

    private static bool IsListValue(string value) =>
        value.Length <= MaxLabelLineValue && value.IndexOfAny(['。', '，', '；', '：', ',', ';']) < 0
        && value.Split('、').All(name => name.Trim().Length is >= 2 and <= MaxLabelLineName);

    /// <summary>Fields "label：value" where the text starts with a known label; a value runs to the next known label.</summary>
    private static ResponsibilityClause? Labelled(string inner, int line, string quote) =>
        Fields(inner) is { } fields ? FromFields(fields, line, quote) : UnitsBeforeFields(inner, line, quote);

    /// <summary>
    /// Units written first without a label, then labelled fields: "（A、B负责，完成时限：…）", "（A牵头，B配合，完成时限：…）",
    /// "（A，完成时限：…）". The unlabelled part must be names with role words or names of agencies only.
    /// </summary>
    private static ResponsibilityClause? UnitsBeforeFields(string inner, int line, string quote)
    {
        var labels = FieldLabel.Matches(inner);
        if (labels.Count == 0) return null;
        var head = inner[..labels[0].Index].Trim().TrimEnd('，', '；', ',', ';').Trim();
        if (head.Length < 2 || head.IndexOfAny(['。', '：', ':', '（', '）', '〔', '〕']) >= 0
            || (!EndsWithRoleWord(head) && !NamesAgencies(head)))
            return null;
        if (Fields(inner[labels[0].Index..]) is not { } fields) return null;
        fields.Insert(0, (ColumnRole.Units, head));
        return FromFields(fields, line, quote);
    }

    private static List<(ColumnRole Role, string Value)>? Fields(string inner)
    {
        var labels = FieldLabel.Matches(inner);
        if (labels.Count == 0 || inner[..labels[0].Index].Trim().Length > 0) return null;
        var fields = new List<(ColumnRole, string)>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : inner.Length;
            var value = inner[(labels[i].Index + labels[i].Length)..end].Trim().TrimEnd('，', '；', ',', ';').Trim();
            if (value.Length > 0) fields.Add((RoleByLabel[labels[i].Groups["label"].Value], value));
        }
        return fields;
    }

    private static ResponsibilityClause FromFields(List<(ColumnRole Role, string Value)> fields, int line, string quote)
    {
        string? scope = null, deadline = null;
        var units = new List<UnitStatement>(2);
        foreach (var (role, value) in fields)
        {
            if (FieldLabels.IsUnits(role)) units.Add(UnitStatement.Parse(value, FieldLabels.UnitRole(role)));
            else if (role == ColumnRole.Scope) scope ??= value;
            else if (role == ColumnRole.Deadline) deadline ??= value;
        }
        return new ResponsibilityClause(scope, UnitStatement.Combine(units), deadline, line, quote);
    }

    /// <summary>
    /// "（省商务厅、省工信厅按职责分工负责）", "（省商务厅牵头，海关总署广东分署配合）": role words kept as roles; or a bare
    /// list of names every one of which is an agency's ("（四川银保监局、市委金融办）", "（市经信局（牵头）、市财政局）").
    /// </summary>
    private static ResponsibilityClause? Unlabelled(string inner, int line, string quote)
    {
        if (inner.Length is < 2 or > MaxUnlabelledLength || inner.IndexOfAny(['。', '：', ':']) >= 0) return null;
        var roleWorded = inner.IndexOfAny(['（', '）', '〔', '〕']) < 0 && EndsWithRoleWord(inner);
        if (!roleWorded && !NamesAgencies(inner))
            return null;
        var units = UnitStatement.Parse(inner);
        return units.Units.Length < 2 ? null : new ResponsibilityClause(null, units, null, line, quote);
    }

    private static bool EndsWithRoleWord(string inner) =>
        RoleWords.Pattern.Matches(inner) is { Count: > 0 } words && words[^1] is var last && last.Index + last.Length == inner.Length;

    [GeneratedRegex(@"由(?<units>[^，。；由]{2,40}?)(?<word>牵头|负责)(?:，(?<support>[^，。；由]{2,60}?)(?<sword>配合|参与|协办|协助))?")]
    private static partial Regex LeadPattern();

    /// <summary>"…。国家金融监督管理总局宁波监管局、中国人民银行宁波市分行负责。" closing the measure's text.</summary>
    [GeneratedRegex(@"(?:^|[。；])(?<units>[^，。；：]{2,80}?)(?<word>负责|牵头)[。；]?\s*$")]
    private static partial Regex ClosingOwners();
}
