using PolicyGraph.Ingest.Building;
using System.Text;

namespace PolicyGraph.Ingest.Resolution;

public sealed partial class AgencyResolver
{
    private const string Delimiters = "、，,；;/ \t\u3000";
    private const string OpenBrackets = "（(";
    private const string CloseBrackets = "）)";

    /// <summary>Words that begin a new name even though the gazetteer does not know it.</summary>
    private static readonly string[] GenericStarts = ["中国", "中共", "国家", "国网", "人行", "各"];

    /// <summary>A list's closing full stop or 等 ("and others") is no part of its last name.</summary>
    private static readonly char[] ListClosers = ['。', '.', '等'];

    /// <summary>Line breaks inside a cell come from page layout, not from the list, so they are joined.</summary>
    private static string Normalize(string text) =>
        text.Replace("\r", "").Replace("\n", "").Trim().TrimEnd(ListClosers);

    /// <summary>
    /// Splits at delimiters outside brackets and outside a collective unit (<see cref="CollectiveUnits"/>); bracketed
    /// text stays with the name before it.
    /// </summary>
    internal static List<string> SplitItems(string cellText, CollectiveUnits collectives)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var text = Normalize(cellText);
        var inCollective = new bool[text.Length];
        foreach (var (start, length) in collectives.Find(text)) Array.Fill(inCollective, true, start, length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (OpenBrackets.Contains(ch))
                depth++;
            else if (CloseBrackets.Contains(ch))
                depth = Math.Max(0, depth - 1);
            if (depth == 0 && !inCollective[i] && Delimiters.Contains(ch))
            {
                Flush(items, current);
                continue;
            }
            current.Append(ch);
        }
        Flush(items, current);
        return items;
    }

    private static void Flush(List<string> items, StringBuilder current)
    {
        var item = current.ToString().Trim();
        if (item.Length > 0)
            items.Add(item);
        current.Clear();
    }

    /// <summary>Resolves one delimiter-free item, which may still hold several names run together.</summary>
    private IEnumerable<ResolvedAgency> Segment(string item, Jurisdiction context)
    {
        if (_gazetteer.LevelWords.Collectives.IsCollective(item))
        {
            yield return ResolveUnknown(item, context);
            yield break;
        }
        var i = 0;
        while (i < item.Length)
        {
            if (Delimiters.Contains(item[i]) || CloseBrackets.Contains(item[i]))
            {
                i++;
                continue;
            }
            var known = MatchKnownAt(item, i, context, MatchMode.List);
            var end = known is { } k ? i + k.Length : UnknownEnd(item, i, context);
            if (known is not null && (GovernmentOfficeEnd(item, i, end, context) ?? SubUnitEnd(item, end, context)) is { } subUnitEnd)
            {
                // 海南省公安厅出入境管理局: a unit of a department is one name, as written.
                known = null;
                end = subUnitEnd;
            }
            end = AbsorbBrackets(item, end);
            var asWritten = item[i..end];
            yield return known is { } match
                ? match.Agency with { AsWritten = asWritten }
                : ResolveUnknown(asWritten, context);
            i = end;
        }
    }

    /// <summary>A bracketed note right after a name (省商务厅（口岸办）) is another name of the same agency.</summary>
    private static int AbsorbBrackets(string text, int end)
    {
        if (end >= text.Length || !OpenBrackets.Contains(text[end]))
            return end;
        var depth = 0;
        for (var i = end; i < text.Length; i++)
        {
            if (OpenBrackets.Contains(text[i]))
                depth++;
            else if (CloseBrackets.Contains(text[i]) && --depth == 0)
                return i + 1;
        }
        return text.Length;
    }

    /// <summary>
    /// Where an unknown name starting at <paramref name="start"/> ends: at the first generic agency ending that is
    /// followed by the start of another name; failing that, before the next known name; failing that, at the end.
    /// </summary>
    private int UnknownEnd(string text, int start, Jurisdiction context)
    {
        for (var end = start + 2; end < text.Length; end++)
        {
            if (_gazetteer.AgencyEndings.EndsWithEnding(text, start, end) && StartsName(text, end, context)
                && !IsCompanyUnit(text, start, end, context))
                return end;
        }
        for (var end = start + 2; end < text.Length; end++)
        {
            // A stretch without an agency ending is not a name by itself: a bare department name after it is the
            // rest of the same name (海南省第一中级人民法院, 新区政务服务和大数据发展局).
            if (MatchKnownAt(text, end, context, MatchMode.Mention) is { } next && !IsBareDepartment(text, end, next))
                return end;
        }
        return text.Length;
    }

    /// <summary>
    /// 省政府口岸办: a bare department name written right after a government (no delimiter, no place or level word of
    /// its own) is that government's office, not a second agency. Null when no such name follows.
    /// </summary>
    private int? GovernmentOfficeEnd(string item, int start, int end, Jurisdiction context) =>
        end < item.Length && _gazetteer.AgencyEndings.KindOf(item[start..end]) == "people's-government"
        && _gazetteer.LevelWords.At(item, end) is null
        && MatchKnownAt(item, end, context, MatchMode.Boundary) is { } next && IsBareDepartment(item, end, next)
            ? end + next.Length
            : null;

    private bool IsBareDepartment(string text, int position, AgencyMatch match) =>
        _gazetteer.DepartmentNames.LongestAt(text, position) is { } department && department.Length == match.Length;

    /// <summary>
    /// Where a unit of the department ending at <paramref name="end"/> ends (公安厅 + 出入境管理局), or null when the
    /// text there starts another name or carries no agency ending of its own (a bare 督查室 after 省政府 is its office).
    /// </summary>
    private int? SubUnitEnd(string item, int end, Jurisdiction context)
    {
        if (end >= item.Length || Delimiters.Contains(item[end]) || StartsName(item, end, context))
            return null;
        var unitEnd = UnknownEnd(item, end, context);
        // A label (责任单位：) is not a unit's name.
        var endings = _gazetteer.AgencyEndings;
        return unitEnd - end >= 2 && (endings.EndsWithEnding(item, end, unitEnd) || endings.IsWholeEnding(item, end, unitEnd))
            && item.IndexOfAny(['：', ':'], end, unitEnd - end) < 0 ? unitEnd : null;
    }

    /// <summary>
    /// A company's local unit (中国铁路上海局集团有限公司宁波货运中心) is one name: after an enterprise's ending, only a
    /// name the gazetteer knows starts another agency.
    /// </summary>
    private bool IsCompanyUnit(string text, int start, int end, Jurisdiction context) =>
        _gazetteer.AgencyEndings.KindOf(text[start..end]) == "enterprise"
        && MatchKnownAt(text, end, context, MatchMode.List) is null;

    private bool StartsName(string text, int position, Jurisdiction context) =>
        OpenBrackets.Contains(text[position])
        || (_gazetteer.LevelWords.At(text, position) is { } word && position + word.Word.Length + 1 < text.Length)
        || GenericStarts.Any(s => string.CompareOrdinal(text, position, s, 0, s.Length) == 0)
        || _gazetteer.ZoneNames.LongestAt(text, position) is not null
        || MatchKnownAt(text, position, context, MatchMode.Boundary) is not null;

    /// <summary>A name the gazetteer does not know: qualified by its place or level prefix, kind by its ending.</summary>
    private ResolvedAgency ResolveUnknown(string asWritten, Jurisdiction context)
    {
        var core = NameForms.WithoutNote(asWritten);
        var kind = _gazetteer.AgencyEndings.KindOf(core) ?? "unknown";
        string name;
        string level;
        // Only add: a name carrying its place stays as written (福州仲裁委员会 does not become 福州市仲裁委员会).
        if (_gazetteer.ZoneNames.LongestAt(core, 0) is { } place && place.Length < core.Length
            && _gazetteer.InScope(place.Value, context))
        {
            name = core;
            level = place.Value.Level ?? LevelOfPlaceKind(place.Value);
        }
        else if (_gazetteer.LevelWords.At(core, 0) is { } word && core.Length > word.Word.Length + 1)
        {
            var (qualifier, wordLevel) = QualifyLevelWord(word, context);
            name = qualifier is null ? core : qualifier + core[word.Word.Length..];
            level = wordLevel;
        }
        else
        {
            name = core;
            level = context.IsKnown ? context.Level : AdminLevel.Municipal;
        }
        return _gazetteer.LookupAgency(name) is { } entry && _gazetteer.InScope(entry, name, context)
            ? FromEntry(entry, asWritten)
            : new ResolvedAgency(Ids.Agency(name), name, asWritten, level, kind, null, Known: false);
    }
}
