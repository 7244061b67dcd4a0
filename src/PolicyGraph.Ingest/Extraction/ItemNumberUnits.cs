using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// A division of work stated apart from the items, by their numbers: "第1—3项由市商务局牵头，市工业和信息化局配合；
/// 第4、5项由南宁海关牵头，市商务局配合；第6项由市交通运输局负责。" Each clause gives the items it numbers the units
/// and roles it states, as a closing bracket would; so does a units label after the number ("以上第1—4项责任单位：A、B").
/// Only items that state no units of their own take them, and only when the document has one item of that number (two
/// lists numbered 1–4 leave it unclear which is meant) — or, for "以上/上述第N项", the last item of that number above.
/// </summary>
internal static class ItemNumberUnits
{
    private const int MaxRange = 50;

    /// <summary>
    /// Units a clause gives the item numbers it names; <see cref="Line"/> is set for "以上第N项…", which names the
    /// items of those numbers above it.
    /// </summary>
    private sealed record Stated(HashSet<int> Numbers, UnitStatement Units, int? Line);

    public static IReadOnlyList<ParsedMeasure> Apply(IReadOnlyList<LogicalLine> lines, IReadOnlyList<ParsedMeasure> measures)
    {
        var stated = Statements(lines);
        if (stated.Count == 0) return measures;
        var unique = measures.GroupBy(m => m.Seq).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        return [.. measures.Select(m => m.Body is { Units: null } body && m.Table is null
            && stated.Find(s => s.Numbers.Contains(m.Seq) && Names(m, s, measures, unique)) is { } units
                ? m with { Body = body with { Units = units.Units.Units, Roles = units.Units.Roles } }
                : m)];
    }

    /// <summary>
    /// Whether the clause names <paramref name="measure"/>: the document's one item of that number, or, for "以上第N项",
    /// the last item of that number above the clause.
    /// </summary>
    private static bool Names(ParsedMeasure measure, Stated stated, IReadOnlyList<ParsedMeasure> measures, HashSet<int> unique) =>
        stated.Line is not { } line
            ? unique.Contains(measure.Seq)
            : measure.Line < line && measures.Where(m => m.Seq == measure.Seq && m.Line < line).MaxBy(m => m.Line) == measure;

    /// <summary>The "第N项由…" and "第N项责任单位：…" clauses of the text, in order: the first naming an item wins.</summary>
    private static List<Stated> Statements(IReadOnlyList<LogicalLine> lines)
    {
        var stated = new List<Stated>();
        foreach (var line in lines)
        {
            if (!line.Text.Contains('项')) continue;
            foreach (Match clause in Clause.Matches(line.Text))
            {
                var units = clause.Groups["who"].Success
                    ? ResponsibilityClauses.StatedUnits(WithoutUnmatchedClose(clause.Groups["who"].Value))
                    : ResponsibilityClauses.LabelledCell(WithoutUnmatchedClose(clause.Groups["labels"].Value));
                if (units is null) continue;
                var above = clause.Groups["above"].Success ? line.Line : (int?)null;
                stated.Add(new Stated([.. Numbers(clause.Groups["numbers"].Value)], units, above));
            }
        }
        return stated;
    }

    /// <summary>"（以上第1—4项由A负责）": the bracket closing the clause is no part of it; 中国（广西）… keeps its own.</summary>
    private static string WithoutUnmatchedClose(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('）') && trimmed.Count(c => c == '）') > trimmed.Count(c => c == '（') ? trimmed[..^1] : trimmed;
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

    private const string Range = Number + "(?:\\s*[—–\\-－~～至到]\\s*" + Number + ")?";

    /// <summary>
    /// "第1—3项由A牵头，B配合" or "以上第1—4项责任单位：A、B" (labels of the column vocabulary) up to the next ；or 。,
    /// opening the text, a clause or a bracket; a labelled list runs on over ；up to the next "第N项".
    /// </summary>
    private static readonly Regex Clause = new(ClausePattern(), RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string ClausePattern()
    {
        const string opening = "(?:^|[。；;（(])\\s*(?<above>以上|上述)?";
        const string numbers = "第(?<numbers>" + Range + "(?:\\s*[、，,和及]\\s*第?" + Range + ")*)项";
        const string agent = "(?<who>由[^；;。]+)";
        var labels = string.Join("|", FieldLabels.Units.Select(l => Regex.Escape(l.Name)).OrderByDescending(n => n.Length));
        // A labelled list runs on over ；("牵头单位：A；配合单位：B") up to the next "第N项".
        var labelled = "(?<labels>(?:" + labels + ")\\s*：(?:(?![；;]\\s*(?:以上|上述)?第)[^。])+)";
        return opening + numbers + "(?:" + agent + "|" + labelled + ")";
    }
}
