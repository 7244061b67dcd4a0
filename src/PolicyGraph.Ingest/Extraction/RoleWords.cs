using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The role words of seeds/reference/role-words.tsv (牵头 → lead, 配合/参与/协办 → supporting, 负责 → no role),
/// read from the copy embedded in this assembly: one vocabulary for every layout.
/// </summary>
internal static class RoleWords
{
    public const string FileName = "role-words.tsv";
    private const string LeadIn = "lead-in";
    private const string NoRole = "none";

    private static readonly Lazy<(Dictionary<string, string?> Roles, Regex Pattern, string LeadIns)> Loaded = new(Load);

    /// <summary>
    /// A role word in a list: "（牵头）" (group "bracketed" set) or "等按职责分工负责"; group "word" holds the word.
    /// </summary>
    public static Regex Pattern => Loaded.Value.Pattern;

    /// <summary>The role a word states, or null for a word such as 负责 that states none.</summary>
    public static string? RoleOf(string word) => Loaded.Value.Roles.GetValueOrDefault(word);

    /// <summary>A regex alternation of the words that may stand between names and their role word (按职责分工).</summary>
    public static string LeadIns => Loaded.Value.LeadIns;

    /// <summary>A regex alternation of the words stating one of <paramref name="roles"/> (null: the words that state none).</summary>
    public static string WordsFor(params string?[] roles) =>
        Alternation(Loaded.Value.Roles.Where(r => roles.Contains(r.Value)).Select(r => r.Key));

    private static (Dictionary<string, string?>, Regex, string) Load()
    {
        var lines = Gazetteer.ReadEmbedded(FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in the PolicyGraph.Ingest assembly.");
        var rows = TsvTable.ReadRows(FileName, lines, ["word", "role"]).ToList();
        var roles = new Dictionary<string, string?>(StringComparer.Ordinal);
        var leadIns = new List<string>();
        foreach (var row in rows)
        {
            var role = row.OneOf("role", [UnitRoles.Lead, UnitRoles.Supporting, NoRole, LeadIn]);
            if (role == LeadIn) leadIns.Add(row.Required("word"));
            else roles[row.Required("word")] = role == NoRole ? null : role;
        }
        var words = Alternation(roles.Keys);
        var pattern = new Regex(
            $"（(?<bracketed>)(?<word>{words})）|(?:等)?(?:{Alternation(leadIns)})?(?<word>{words})",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
        return (roles, pattern, Alternation(leadIns));
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
