using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A division of work stated apart from the items, by their numbers: "第1—3项由市商务局牵头，市工业和信息化局配合；
/// 第4、5项由南宁海关牵头，市商务局配合；第6项由市交通运输局负责。" Each clause gives the items it numbers the units
/// and roles it states, as a closing bracket would. Only items that state no units of their own take them, and only
/// when the document has one item of that number (two lists numbered 1–4 leave it unclear which is meant).
/// </summary>
internal static partial class ItemNumberUnits
{
    private const int MaxRange = 50;

    public static IReadOnlyList<ParsedMeasure> Apply(IReadOnlyList<LogicalLine> lines, IReadOnlyList<ParsedMeasure> measures)
    {
        var stated = Statements(lines);
        if (stated.Count == 0) return measures;
        var unique = measures.GroupBy(m => m.Seq).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        return [.. measures.Select(m => m.Body is { Units: null } body && m.Table is null && unique.Contains(m.Seq)
            && stated.TryGetValue(m.Seq, out var units)
                ? m with { Body = body with { Units = units.Units, Roles = units.Roles } }
                : m)];
    }

    /// <summary>The units each item number is given by a "第N项由…" clause of the text; the first clause naming a number wins.</summary>
    private static Dictionary<int, UnitStatement> Statements(IReadOnlyList<LogicalLine> lines)
    {
        var stated = new Dictionary<int, UnitStatement>();
        foreach (var line in lines)
        {
            if (!line.Text.Contains('项')) continue;
            foreach (Match clause in Clause().Matches(line.Text))
            {
                if (ResponsibilityClauses.StatedUnits(clause.Groups["who"].Value) is not { } units) continue;
                foreach (var number in Numbers(clause.Groups["numbers"].Value)) stated.TryAdd(number, units);
            }
        }
        return stated;
    }

    /// <summary>"1—3" → 1, 2, 3; "4、5" or "4、第5" → 4, 5; a range reversed or wider than <see cref="MaxRange"/> names none.</summary>
    private static IEnumerable<int> Numbers(string numbers)
    {
        foreach (var part in numbers.Split(['、', '，', ',', '和', '及']))
        {
            // "第4、第5项": the clause's pattern lets each later number repeat 第.
            var ends = part.Trim().TrimStart('第').Split(['—', '–', '-', '－', '~', '～', '至', '到']);
            if (ends.Length is < 1 or > 2 || ChineseNumerals.Parse(ends[0].Trim()) is not { } from) continue;
            var to = ends.Length == 2 ? ChineseNumerals.Parse(ends[1].Trim()) : from;
            if (to is not { } last || last < from || last - from > MaxRange) continue;
            for (var n = from; n <= last; n++) yield return n;
        }
    }

    private const string Number = "[0-9０-９一二三四五六七八九十百]+";

    /// <summary>"第1—3项由A牵头，B配合" up to the next ；or 。, opening the text or a clause.</summary>
    [GeneratedRegex("(?:^|[。；;])\\s*第(?<numbers>" + Number + "(?:\\s*[—–\\-－~～至到]\\s*" + Number + ")?(?:\\s*[、，,和及]\\s*第?" + Number + "(?:\\s*[—–\\-－~～至到]\\s*" + Number + ")?)*)项(?<who>由[^；;。]+)")]
    private static partial Regex Clause();
}
