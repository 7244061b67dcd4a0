using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The part a unit plays in a measure, when the document says so; <c>role</c> on RESPONSIBLE_FOR.</summary>
public static class UnitRoles
{
    /// <summary>牵头单位, "X牵头", "X（牵头）".</summary>
    public const string Lead = "lead";

    /// <summary>配合单位, 协办单位, "X配合", "X参与".</summary>
    public const string Supporting = "supporting";

    /// <summary>Units under 责任单位 when the same statement names a lead (牵头单位：A；责任单位：B → B).</summary>
    public const string Responsible = "responsible";

    /// <summary>报送单位 of an innovation batch: the unit that developed and reported the item.</summary>
    public const string Submitting = "submitting";
}

/// <summary>Names (a list as written) that the document gives one role.</summary>
public sealed record RoleUnits(string Role, string Names);

/// <summary>
/// A measure's units: <see cref="Units"/> is every name in written order (role words dropped), what the body/table
/// comparison and the edges use; <see cref="Roles"/> says which of them lead or support, only where the text says
/// so (role words from role-words.tsv); a name without a stated role has none, whatever its place in the list.
/// </summary>
public sealed partial record UnitStatement(string Units, IReadOnlyList<RoleUnits> Roles)
{
    /// <summary>
    /// Reads role words inside a list: "市商务局牵头，市财政局配合", "市商务局（牵头）、市财政局" (市财政局: no role
    /// stated), "省商务厅、省工信厅按职责分工负责" (no role). A list without role words keeps its text unchanged.
    /// </summary>
    public static UnitStatement Parse(string text, string? role = null)
    {
        // "——市商务局牵头": a dash sets the units apart from the text before them; it is no part of a name.
        var trimmed = text.Trim().TrimStart(Dashes).TrimStart();
        if (!RoleWords.Pattern.IsMatch(trimmed)) return new UnitStatement(trimmed, role is null ? [] : [new RoleUnits(role, trimmed)]);
        var groups = new List<(string Names, string? Role)>();
        var start = 0;
        foreach (Match m in RoleWords.Pattern.Matches(trimmed))
        {
            var names = trimmed[start..m.Index];
            if (m.Groups["bracketed"].Success && SplitLastItem(names) is ({ } before, var last))
            {
                groups.Add((before, null));
                names = last;
            }
            groups.Add((names, RoleWords.RoleOf(m.Groups["word"].Value) ?? role));
            start = m.Index + m.Length;
        }
        groups.Add((trimmed[start..], null));
        return FromGroups(groups, role);
    }

    /// <summary>
    /// Several statements (one per column or label) as one: names joined in order, roles kept. Beside a stated lead
    /// (牵头单位：A；责任单位：B), a statement that states no role of its own names the responsible units.
    /// </summary>
    public static UnitStatement? Combine(IReadOnlyList<UnitStatement> statements)
    {
        if (statements.Count == 0) return null;
        if (statements.Count == 1) return statements[0];
        var leadStated = statements.Any(s => s.Roles.Any(r => r.Role == UnitRoles.Lead && r.Names.Length > 0));
        var roles = statements.SelectMany(s => s.Roles.Count == 0 && leadStated && s.Units.Length > 0
            ? [new RoleUnits(UnitRoles.Responsible, s.Units)]
            : s.Roles).ToList();
        return new UnitStatement(string.Join("、", statements.Select(s => s.Units)), roles);
    }

    /// <summary>
    /// The units several places of one item's text state, as one statement: each name once, in the order first
    /// stated; each keeps the roles its own statements give it (a name stated twice with no role has none).
    /// </summary>
    public static UnitStatement? Union(IReadOnlyList<UnitStatement> statements)
    {
        if (statements.Count <= 1) return statements.Count == 0 ? null : statements[0];
        var names = new List<string>();
        foreach (var statement in statements)
            names.AddRange(NamesOf(statement.Units).Where(n => !names.Contains(n)));
        var roles = new List<RoleUnits>();
        foreach (var role in statements.SelectMany(s => s.Roles))
        {
            var fresh = NamesOf(role.Names).Where(n => !roles.Exists(r => r.Role == role.Role && NamesOf(r.Names).Contains(n))).ToList();
            if (fresh.Count > 0) roles.Add(new RoleUnits(role.Role, string.Join("、", fresh)));
        }
        return new UnitStatement(string.Join("、", names), roles);
    }

    /// <summary>
    /// "A、B、C（A牵头，B配合）": the list names the units, in its order; the bracket's statement gives each unit it
    /// names its role, and a name only the bracket has is a unit too. A unit the bracket leaves out has no role but
    /// the label's (<paramref name="role"/>), never one taken from its neighbours.
    /// </summary>
    public static UnitStatement WithRoleNote(string list, UnitStatement note, string? role)
    {
        var names = NamesOf(list);
        var named = NamesOf(note.Units);
        var left = names.Where(n => !named.Contains(n)).ToList();
        var units = names.Concat(named.Where(n => !names.Contains(n))).ToList();
        IReadOnlyList<RoleUnits> roles = role is null || left.Count == 0 ? note.Roles : [.. note.Roles, new RoleUnits(role, string.Join("、", left))];
        return new UnitStatement(string.Join("、", units), roles);
    }

    private static List<string> NamesOf(string list) =>
        [.. ListBreaks().Split(list).Select(n => n.Trim()).Where(n => n.Length > 0)];

    private static UnitStatement FromGroups(List<(string Names, string? Role)> groups, string? role)
    {
        // "（由市数据局牵头）": 由 introduces the names and is no part of them.
        var cleaned = groups.Select(g => (Names: ListBreaks().Replace(g.Names, "、").Trim('、', ' ').TrimStart('由'), g.Role))
            .Where(g => g.Names.Length > 0).ToList();
        // A name without a role word of its own gets the column's or label's role, if any: never one from its neighbours.
        var roles = cleaned
            .Select(g => (g.Names, Role: g.Role ?? role))
            .Where(g => g.Role is not null)
            .Select(g => new RoleUnits(g.Role!, g.Names)).ToList();
        return new UnitStatement(string.Join("、", cleaned.Select(g => g.Names)), roles);
    }

    /// <summary>"A、B" → ("A", "B"): a bracketed （牵头） marks only the name right before it.</summary>
    private static (string? Before, string Last) SplitLastItem(string names)
    {
        var trimmed = names.TrimEnd();
        var at = trimmed.AsSpan().LastIndexOfAny(['、', '，', '；']);
        return at < 0 ? (null, trimmed) : (trimmed[..at], trimmed[(at + 1)..]);
    }

    private static readonly char[] Dashes = ['—', '―', '－', '–'];

    [GeneratedRegex(@"[、，；\s]*[、，；][、，；\s]*")]
    private static partial Regex ListBreaks();
}
