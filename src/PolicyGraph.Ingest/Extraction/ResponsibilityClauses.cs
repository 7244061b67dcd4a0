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

    // Arrays made once: a params list would build a new array at every call, and these run for every line.
    private static readonly char[] SentenceEnds = ['。', '；'];
    private static readonly char[] ValueSeparators = ['，', '；', ',', ';'];
    private static readonly char[] ClauseBreaks = ['。', '；', '，', ';', ','];

    private static readonly Regex FieldLabel = new(
        @"(?:^|(?<=[，；,;\s]))(?<label>" + string.Join("|", FieldLabels.All.Select(l => l.Name).OrderByDescending(n => n.Length)) + @")\s*：",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A label anywhere: in a table cell a line break may have been the only thing before it.</summary>
    private static readonly Regex CellLabel = new(
        @"(?<label>" + string.Join("|", FieldLabels.All.Select(l => l.Name).OrderByDescending(n => n.Length)) + @")\s*：",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>What stands before the 由 of a word whose 由 is no preposition (自由, 理由: the vocabulary's word-ending-you).</summary>
    private static readonly string NotPrepositionBefore = ExtractionVocabulary.Default.WordsEndingInYou.Count == 0
        ? "(?!)"
        : "(?:" + string.Join("|", ExtractionVocabulary.Default.WordsEndingInYou.Select(w => Regex.Escape(w[..^1]))) + ")";

    /// <summary>
    /// A character of a list of names after 由: anything but a clause break or another 由, save the 由 of a word
    /// such as 自由 (自由贸易试验区…负责 names no unit "贸易试验区…").
    /// </summary>
    private static readonly string NameCharacter = $"(?:[^，。；由]|(?<={NotPrepositionBefore})由)";

    /// <summary>"由A、B牵头，C配合": role words from role-words.tsv (lead, or 负责 stating none; then supporting).</summary>
    private static readonly Regex LeadPattern = new(
        $"(?<!{NotPrepositionBefore})由(?<units>{NameCharacter}{{2,40}}?)(?<word>{RoleWords.WordsFor(UnitRoles.Lead, null)})"
        + $"(?:，(?<support>{NameCharacter}{{2,60}}?)(?<sword>{RoleWords.WordsFor(UnitRoles.Supporting)}))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "…。国家金融监督管理总局宁波监管局、中国人民银行宁波市分行负责。" closing the measure's text, also as the last
    /// clause of a sentence ("…，南昌海关负责。", "…，A牵头，B配合。", "…，A、B按职责分工负责。").
    /// </summary>
    private static readonly Regex ClosingOwners = new(
        $@"(?:^|[。；，])(?<units>[^，。；：]{{2,80}}?)(?:{RoleWords.LeadIns})?(?<word>{RoleWords.WordsFor(UnitRoles.Lead, null)})"
        + $@"(?:，(?<support>[^，。；：]{{2,80}}?)(?<sword>{RoleWords.WordsFor(UnitRoles.Supporting)}))?[。；]?\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, ColumnRole> RoleByLabel = FieldLabels.All.ToDictionary(l => l.Name, l => l.Role);

    /// <summary>The clause closing <paramref name="rest"/> (the line after its marker) and its offset in the line.</summary>
    public static (ResponsibilityClause Clause, int Start)? Closing(LogicalLine line, int restStart, string rest)
    {
        if (ClosingBracket(rest) is not var (open, close)) return null;
        var inner = rest[(open + 1)..close];
        var at = restStart + open;
        var quote = line.Quote(at, close - open + 1).Trim();
        var clause = Labelled(inner, line.LineAt(at), quote) ?? ListThenLabels(inner, line.LineAt(at), quote)
            ?? Unlabelled(inner, line.LineAt(at), quote);
        return clause is null ? null : (clause, at);
    }

    /// <summary>
    /// "…。完成时限：2026年12月底前。" closing the measure's text without a bracket: the last sentence is nothing but
    /// labelled fields with short values. Returns the clause and where the sentence starts in the line.
    /// </summary>
    public static (ResponsibilityClause Clause, int Start)? ClosingLabelSentence(LogicalLine line, int restStart, string rest)
    {
        var body = rest.TrimEnd().TrimEnd(SentenceEnds).TrimEnd();
        var fields = new List<(ColumnRole Role, string Value)>();
        var from = -1;
        while (true)
        {
            var stop = body.AsSpan().LastIndexOfAny(['。', '；']);
            if (stop < 0) break;
            var sentence = body[(stop + 1)..].Trim();
            if (sentence.Length == 0 || Fields(sentence) is not { Count: > 0 } found || found.Exists(f => !IsListValue(f.Value))) break;
            fields.InsertRange(0, found);
            from = stop + 1 + (body.Length - stop - 1 - body[(stop + 1)..].TrimStart().Length);
            body = body[..stop].TrimEnd();
        }
        if (from < 0) return null;
        var at = restStart + from;
        return (FromFields(fields, line.LineAt(at), line.Quote(at, rest.TrimEnd().Length - from).Trim()), at);
    }

    /// <summary>
    /// Brackets inside the text that state who does the work, as a closing bracket would: "…推进A。（商务部牵头）推进B…",
    /// "引导银行开发产品（外汇局牵头，人民银行配合），降低…", "（责任单位：…）". A bracket inside the text counts only when
    /// it names agencies and ends with a role word, or labels its units: "（RCEP）" or "（市商务局）" may be a note.
    /// </summary>
    public static List<ResponsibilityClause> InnerBrackets(LogicalLine line, int start, int end)
    {
        var found = new List<ResponsibilityClause>();
        for (var open = line.Text.IndexOf('（', start, end - start); open >= 0 && open < end;)
        {
            var close = MatchingClose(line.Text, open, end);
            if (close < 0) break;
            var inner = WithoutDutyAfterRoleWord(line.Text[(open + 1)..close]);
            var quote = line.Quote(open, close - open + 1);
            var clause = Labelled(inner, line.LineAt(open), quote)
                ?? (EndsWithRoleWord(inner) && NamesAgencies(WithoutAgentPreposition(inner)) ? Unlabelled(inner, line.LineAt(open), quote) : null);
            if (clause?.Units is not null) found.Add(clause);
            open = close + 1 < end ? line.Text.IndexOf('（', close + 1, end - close - 1) : -1;
        }
        return found;
    }

    /// <summary>The bracket closing the one opened at <paramref name="open"/>, nested brackets skipped; -1 when it is not closed before <paramref name="end"/>.</summary>
    private static int MatchingClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == '（') depth++;
            else if (text[i] == '）' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// "（市交通运输局、海南国际航运交易所负责，完成时限：2025年12月底前）": an unlabelled list of units, then labelled
    /// fields. The list counts as units only when it ends with a role word or names nothing but agencies.
    /// </summary>
    private static ResponsibilityClause? ListThenLabels(string inner, int line, string quote)
    {
        var first = FieldLabel.Match(inner);
        if (!first.Success || first.Index == 0) return null;
        var list = inner[..first.Index].Trim().TrimEnd(ValueSeparators).Trim();
        if (list.Length < 2 || list.AsSpan().IndexOfAny(['。', '：', ':', '（', '）', '〔', '〕']) >= 0) return null;
        if (!EndsWithRoleWord(list) && !NamesAgencies(list)) return null;
        if (Fields(inner[first.Index..]) is not { } fields) return null;
        var clause = FromFields(fields, line, quote);
        var units = UnitStatement.Combine(clause.Units is null ? [UnitStatement.Parse(list)] : [UnitStatement.Parse(list), clause.Units]);
        return clause with { Units = units };
    }

    /// <summary>
    /// Units stated in the text of a measure that has no closing clause: "由市委宣传部、市服开办牵头", with the
    /// supporting units after it ("由A牵头，B、C配合"), or a closing "A、B负责。". The subject counts only when every
    /// name in it ends as an agency's name does: "由市政府主要负责同志任组长" names no unit.
    /// </summary>
    public static ResponsibilityClause? LeadPhrase(LogicalLine line, int restStart, int textLength)
    {
        var length = Math.Min(textLength, line.Text.Length - restStart);
        for (var m = LeadPattern.Match(line.Text, restStart, length); m.Success; m = m.NextMatch())
        {
            if (!NamesAgencies(m.Groups["units"].Value)) continue;
            var word = m.Groups["word"];
            var supported = m.Groups["support"].Success && NamesAgencies(m.Groups["support"].Value);
            var statement = supported
                ? UnitStatement.Parse($"{m.Groups["units"].Value}{word.Value}，{m.Groups["support"].Value}{m.Groups["sword"].Value}")
                : UnitStatement.Parse(m.Groups["units"].Value, RoleWords.RoleOf(word.Value));
            var quoted = supported ? m.Length : word.Index + word.Length - m.Index;
            // "由A牵头，会同B、C加大…": the units joined after the lead have no role.
            var statements = new List<UnitStatement> { statement };
            var next = m.Index + quoted < line.Text.Length && line.Text[m.Index + quoted] is '，' or ',' ? m.Index + quoted + 1 : m.Index + quoted;
            var joinedEnd = supported ? -1 : JoinedUnits(line.Text, null, next, next, restStart + length, statements);
            if (joinedEnd > 0) (statement, quoted) = (Joined(statements), joinedEnd - m.Index);
            return new ResponsibilityClause(null, statement, null, line.LineAt(m.Index), line.Quote(m.Index, quoted));
        }
        return ClosingOwnersClause(line, ClosingOwners.Match(line.Text, restStart, length)) ?? DashedNames(line, restStart, length);
    }

    /// <summary>
    /// A line that is nothing but units and their role words, under an item: "——市商务局牵头，市财政局配合",
    /// "市商务局、市贸促会负责。", "——A、B" (labelled lines and bracket lines are <see cref="LabelLine"/>'s).
    /// </summary>
    public static ResponsibilityClause? OwnersLine(LogicalLine line)
    {
        var start = line.Text.Length - line.Text.TrimStart().Length;
        var owners = ClosingOwners.Match(line.Text, start, line.Text.Length - start);
        if (owners.Success && owners.Index == start) return ClosingOwnersClause(line, owners);
        // "——区商务局、区财政局": names after a dash with no role word, the dash opening the line.
        return line.Text.AsSpan(start).StartsWith("——") ? DashedNames(line, start, line.Text.Length - start) : null;
    }

    private static ResponsibilityClause? ClosingOwnersClause(LogicalLine line, Match closing)
    {
        if (!closing.Success || !NamesAgencies(closing.Groups["units"].Value)) return null;
        var (units, word) = (closing.Groups["units"], closing.Groups["word"]);
        var statement = closing.Groups["support"].Success && NamesAgencies(closing.Groups["support"].Value)
            ? UnitStatement.Parse($"{units.Value}{word.Value}，{closing.Groups["support"].Value}{closing.Groups["sword"].Value}")
            : UnitStatement.Parse(units.Value, RoleWords.RoleOf(word.Value));
        return new ResponsibilityClause(null, statement, null, line.LineAt(units.Index), line.Quote(units.Index, closing.Length - (units.Index - closing.Index)));
    }

    /// <summary>
    /// Every name of the list ends with an agency ending (局, 厅, 委, 办, 管委会, 人民政府, 有限公司 …), and the list does
    /// not open with a verb or preposition ("对省政府负责" says to whom the work answers, not who does it) nor hold the
    /// preposition 由 ("以上工作由A负责": the agent follows it).
    /// </summary>
    private static bool NamesAgencies(string units) =>
        !OpensClause(units) && !HoldsAgentYou(units) && Resolution.AgencyResolver.SplitItems(UnitStatement.Parse(units).Units, Resolution.Gazetteer.Default.LevelWords.Collectives)
            is { Count: > 0 } names
        && names.All(name => name.Length <= MaxLabelLineName && IsAgencyName(Resolution.NameForms.WithoutNote(ListEnd().Replace(name, ""))));

    /// <summary>Ends as an agency's name does (局, 厅, 管委会 …), or is a registered agency's name or alias (人民银行).</summary>
    private static bool IsAgencyName(string name) =>
        Resolution.Gazetteer.Default.AgencyEndings.KindOf(name) is not null || Resolution.Gazetteer.Default.LookupAgency(name) is not null;

    private static bool OpensClause(string units)
    {
        var text = units.AsSpan().TrimStart();
        foreach (var nameWord in ExtractionVocabulary.Default.OpenerNameWords)
        {
            if (text.StartsWith(nameWord, StringComparison.Ordinal)) return false;
        }
        foreach (var opener in ExtractionVocabulary.Default.ClauseOpeners)
        {
            if (text.StartsWith(opener, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"市商务局等部门": the closing words of a list are no part of the last name.</summary>
    [GeneratedRegex(@"等(?:有关|相关)?(?:部门|单位)?$")]
    private static partial Regex ListEnd();

    /// <summary>
    /// The outermost bracket pair at the end of the text (a full stop after it allowed), nested brackets skipped;
    /// （）, 〔〕 or 【】, which some documents use for the responsibility note.
    /// </summary>
    private static (int Open, int Close)? ClosingBracket(string rest)
    {
        var close = rest.Length - 1;
        while (close >= 0 && (char.IsWhiteSpace(rest[close]) || rest[close] is '。' or '；')) close--;
        if (close < 0 || rest[close] is not ('）' or '〕' or '】')) return null;
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (rest[i] is '）' or '〕' or '】') depth++;
            else if (rest[i] is '（' or '〔' or '【' && --depth == 0) return (i, close);
        }
        return null;
    }

    /// <summary>
    /// "报送单位：X" on a line of its own under an item, as the bracket would say it: the line is nothing but labelled
    /// fields, and every value is a list of names or a short phrase, not a sentence ("报送单位：各片区要…，…" is text);
    /// or the closing bracket itself on a line of its own.
    /// </summary>
    public static ResponsibilityClause? LabelLine(LogicalLine line)
    {
        var text = line.Text.TrimEnd();
        var start = text.Length - text.TrimStart().Length;
        if (start < text.Length && text[start] is '（' or '〔' or '【') return BracketLine(line, start);
        var colon = text.IndexOf('：', start);
        if (colon < 0 || colon - start > MaxLabelLength) return null;
        var fields = Fields(text[start..].TrimEnd(SentenceEnds))?.Select(WithRoleNote).ToList();
        if (fields is not { Count: > 0 } || fields.Exists(f => !IsListValue(f.List))) return null;
        var clause = FromFields([.. fields.Select(f => (f.Role, f.List))], line.LineAt(start), line.Quote(start, text.Length - start));
        if (!fields.Exists(f => f.Noted is not null)) return clause;
        return clause with
        {
            Units = UnitStatement.Combine([.. fields.Where(f => FieldLabels.IsUnits(f.Role))
                .Select(f => f.Noted ?? UnitStatement.Parse(f.List, FieldLabels.UnitRole(f.Role)))]),
        };
    }

    /// <summary>
    /// "A、B、C（A牵头，B、C配合）" or "A、B（按职责分工负责）": a label's list of names, then a bracket restating who
    /// does what. The list names the units; a bracket that names units gives each its role (<see
    /// cref="UnitStatement.WithRoleNote"/>); a bracket naming none is no name.
    /// </summary>
    private static (ColumnRole Role, string List, UnitStatement? Noted) WithRoleNote((ColumnRole Role, string Value) field)
    {
        var value = field.Value.Trim();
        if (ClosingBracket(value) is not var (open, close) || open == 0 || close != value.Length - 1)
            return (field.Role, value, null);
        var list = value[..open].Trim();
        var note = value[(open + 1)..close];
        var stated = note.AsSpan().IndexOfAny(['：', ':']) < 0 && EndsWithRoleWord(note) ? Unlabelled(note, 0, "")?.Units : null;
        return (field.Role, list, stated is null ? null : UnitStatement.WithRoleNote(list, stated, FieldLabels.UnitRole(field.Role)));
    }

    /// <summary>
    /// "（牵头单位：A；配合单位：B）" or "（A、B按职责分工负责）" standing as a line of its own under an item: the bracket
    /// that would close the item, read the same way; only when the bracket is the whole line.
    /// </summary>
    private static ResponsibilityClause? BracketLine(LogicalLine line, int start) =>
        Closing(line, start, line.Text[start..]) is ({ } clause, var at) && at == start ? clause : null;

    private static bool IsListValue(string value) =>
        value.Length <= MaxLabelLineValue && value.AsSpan().IndexOfAny(['。', '，', '；', '：', ',', ';']) < 0
        && value.Split('、').All(name => name.Trim().Length is >= 2 and <= MaxLabelLineName);

    /// <summary>Fields "label：value" where the text starts with a known label; a value runs to the next known label.</summary>
    private static ResponsibilityClause? Labelled(string inner, int line, string quote) =>
        Fields(inner) is { } fields ? FromFields(fields, line, quote) : null;

    /// <summary>
    /// A units cell that labels its names ("牵头单位：市科技局 责任单位：济南海关、市市场监管局"), the labels
    /// separated by a space, a line break or nothing (a cell's lines joined): its units with the roles the labels give.
    /// </summary>
    public static UnitStatement? LabelledCell(string cell) =>
        Fields(cell.Trim(), CellLabel) is { } fields && FromFields(fields, 0, "").Units is { } units ? units : null;

    private static List<(ColumnRole Role, string Value)>? Fields(string inner) => Fields(inner, FieldLabel);

    private static List<(ColumnRole Role, string Value)>? Fields(string inner, Regex label)
    {
        var labels = label.Matches(inner);
        if (labels.Count == 0 || inner[..labels[0].Index].Trim().Length > 0) return null;
        var fields = new List<(ColumnRole, string)>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : inner.Length;
            var value = inner[(labels[i].Index + labels[i].Length)..end].Trim().TrimEnd(ValueSeparators).Trim();
            if (value.Length > 0) fields.Add((RoleByLabel[labels[i].Groups["label"].Value], value));
        }
        return fields;
    }

    private static ResponsibilityClause FromFields(List<(ColumnRole Role, string Value)> fields, int line, string quote)
    {
        string? scope = null, deadline = null, pilot = null;
        var units = new List<UnitStatement>(2);
        foreach (var (role, value) in fields)
        {
            if (FieldLabels.IsUnits(role)) units.Add(UnitStatement.Parse(value, FieldLabels.UnitRole(role)));
            else if (role == ColumnRole.Scope) scope ??= value;
            else if (role == ColumnRole.Deadline) deadline ??= value;
            else if (role == ColumnRole.Pilot) pilot ??= value;
        }
        return new ResponsibilityClause(scope, UnitStatement.Combine(units), deadline, line, quote) { Pilot = pilot };
    }

    /// <summary>
    /// "（省商务厅、省工信厅按职责分工负责）", "（省商务厅牵头，海关总署广东分署配合）": role words kept as roles; or a bare
    /// list of names every one of which is an agency's ("（四川银保监局、市委金融办）", "（市经信局（牵头）、市财政局）").
    /// </summary>
    private static ResponsibilityClause? Unlabelled(string inner, int line, string quote)
    {
        inner = WithoutDutyAfterRoleWord(inner);
        if (inner.Length is < 2 or > MaxUnlabelledLength || inner.AsSpan().IndexOfAny(['。', '：', ':']) >= 0
            || OpensClause(WithoutAgentPreposition(inner))) return null;
        var roleWorded = inner.AsSpan().IndexOfAny(['（', '）', '〔', '〕']) < 0 && EndsWithRoleWord(inner);
        if (!roleWorded && !NamesAgencies(inner))
            return null;
        var units = UnitStatement.Parse(inner);
        // "（以上第1—2项由A牵头，B配合）": a run holding the preposition 由 is no name (自由 is none).
        return units.Units.Length < 2 || HoldsAgentYou(units.Units) ? null : new ResponsibilityClause(null, units, null, line, quote);
    }

    /// <summary>
    /// "由A牵头，B配合", "由A、B按职责分工负责", "由A负责": the units a division of work names, with the roles it states;
    /// null when the text is no such list (<see cref="ItemNumberUnits"/>).
    /// </summary>
    internal static UnitStatement? StatedUnits(string text)
    {
        var inner = text.Trim();
        if (!EndsWithRoleWord(inner)) return null;
        var names = WithoutAgentPreposition(inner);
        if (OpensClause(names) || !NamesAgencies(names)) return null;
        return UnitStatement.Parse(names);
    }

    /// <summary>"（由市数据局牵头）": 由 introduces who does the work, so the names after it are the units.</summary>
    private static string WithoutAgentPreposition(string inner) =>
        inner.AsSpan().TrimStart() is ['由', .. var rest] ? rest.ToString() : inner;

    /// <summary>
    /// "（A牵头，各有关地方人民政府负责落实）": a word of duty (subject-follow) after the last role word says what the
    /// units do; the list ends at the role word.
    /// </summary>
    private static string WithoutDutyAfterRoleWord(string inner)
    {
        var trimmed = inner.TrimEnd();
        foreach (var duty in ExtractionVocabulary.Default.SubjectFollowers)
        {
            if (duty.Length < 2 || !trimmed.EndsWith(duty, StringComparison.Ordinal)) continue;
            var before = trimmed[..^duty.Length];
            if (EndsWithRoleWord(before)) return before;
        }
        return inner;
    }

    private static bool EndsWithRoleWord(string inner) =>
        RoleWords.Pattern.Matches(inner) is { Count: > 0 } words && words[^1] is var last && last.Index + last.Length == inner.Length;


}
