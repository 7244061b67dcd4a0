using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The part a unit plays in a measure, when the document says so; <c>role</c> on RESPONSIBLE_FOR.</summary>
public static class UnitRoles
{
    /// <summary>牵头单位, "X牵头", "X（牵头）".</summary>
    public const string Lead = "lead";

    /// <summary>配合单位, "X配合", and the rest of a list whose lead is marked.</summary>
    public const string Supporting = "supporting";

    /// <summary>报送单位 of an innovation batch: the unit that developed and reported the item.</summary>
    public const string Submitting = "submitting";
}

/// <summary>Names (a list as written) that the document gives one role.</summary>
public sealed record RoleUnits(string Role, string Names);

/// <summary>
/// A measure's units: <see cref="Units"/> is every name in written order (role words dropped), what the body/table
/// comparison and the edges use; <see cref="Roles"/> says which of them lead or support, when the text says so.
/// </summary>
public sealed partial record UnitStatement(string Units, IReadOnlyList<RoleUnits> Roles)
{
    /// <summary>
    /// Reads role words inside a list: "市商务局牵头，市财政局配合", "市商务局（牵头）、市财政局" (the rest then
    /// support), "省商务厅、省工信厅按职责分工负责" (no role). A list without role words keeps its text unchanged.
    /// </summary>
    public static UnitStatement Parse(string text, string? role = null)
    {
        var trimmed = text.Trim();
        if (!RoleWord().IsMatch(trimmed)) return new UnitStatement(trimmed, role is null ? [] : [new RoleUnits(role, trimmed)]);
        var groups = new List<(string Names, string? Role)>();
        var start = 0;
        foreach (Match m in RoleWord().Matches(trimmed))
        {
            var names = trimmed[start..m.Index];
            if (m.Groups["bracketed"].Success && SplitLastItem(names) is ({ } before, var last))
            {
                groups.Add((before, null));
                names = last;
            }
            groups.Add((names, RoleOfWord(m.Groups["word"].Value) ?? role));
            start = m.Index + m.Length;
        }
        groups.Add((trimmed[start..], null));
        return FromGroups(groups, role);
    }

    /// <summary>Several statements (one per column or label) as one: names joined in order, roles kept.</summary>
    public static UnitStatement? Combine(IReadOnlyList<UnitStatement> statements) => statements.Count switch
    {
        0 => null,
        1 => statements[0],
        _ => new UnitStatement(string.Join("、", statements.Select(s => s.Units)), statements.SelectMany(s => s.Roles).ToList()),
    };

    private static UnitStatement FromGroups(List<(string Names, string? Role)> groups, string? role)
    {
        var cleaned = groups.Select(g => (Names: ListBreaks().Replace(g.Names, "、").Trim('、', ' '), g.Role))
            .Where(g => g.Names.Length > 0).ToList();
        var leadMarked = cleaned.Any(g => g.Role == UnitRoles.Lead);
        // Once one unit is marked as lead, the unmarked ones of the same list are the ones that support it.
        var roles = cleaned
            .Select(g => (g.Names, Role: g.Role ?? role ?? (leadMarked ? UnitRoles.Supporting : null)))
            .Where(g => g.Role is not null)
            .Select(g => new RoleUnits(g.Role!, g.Names)).ToList();
        return new UnitStatement(string.Join("、", cleaned.Select(g => g.Names)), roles);
    }

    /// <summary>"A、B" → ("A", "B"): a bracketed （牵头） marks only the name right before it.</summary>
    private static (string? Before, string Last) SplitLastItem(string names)
    {
        var trimmed = names.TrimEnd();
        var at = trimmed.LastIndexOfAny(['、', '，', '；']);
        return at < 0 ? (null, trimmed) : (trimmed[..at], trimmed[(at + 1)..]);
    }

    private static string? RoleOfWord(string word) => word switch
    {
        "牵头" => UnitRoles.Lead,
        "配合" or "参与" or "协助" or "协同" or "协办" => UnitRoles.Supporting,
        _ => null,
    };

    [GeneratedRegex(@"（(?<bracketed>)(?<word>牵头|配合|参与|协助|协同|协办|负责)）|(?:等)?(?:按职责分工|按职责|分别)?(?<word>牵头|配合|参与|协助|协同|协办|负责)")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"[、，；\s]*[、，；][、，；\s]*")]
    private static partial Regex ListBreaks();
}
