using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>
/// One parameterised upsert from <c>cypher/load</c>. Its first line declares what it loads:
/// <c>// loads: (:Measure:Innovation)</c> for nodes with exactly those labels, or
/// <c>// loads: (:Agency)-[:RESPONSIBLE_FOR]-&gt;(:Measure)</c> for relationships of that type between nodes
/// carrying those labels. The statement takes <c>$rows</c>.
/// </summary>
public sealed partial record LoadScript(
    string Name,
    string Statement,
    IReadOnlyList<string> NodeLabels,
    string? RelationshipType,
    string? StartLabel,
    string? EndLabel)
{
    public bool LoadsRelationships => RelationshipType is not null;

    public static LoadScript Parse(string name, string text)
    {
        var lines = text.Split('\n');
        var header = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        var declared = HeaderPattern().Match(header);
        if (!declared.Success)
            throw new FormatException($"{name}:1: expected a first line like '// loads: (:Label)' or '// loads: (:A)-[:TYPE]->(:B)', got '{header}'.");
        var target = declared.Groups[1].Value.Trim();
        var statement = string.Join('\n', lines.Where(l => !IsComment(l))).Trim().TrimEnd(';').Trim();
        if (SecondStatementLine(lines) is { } line)
            throw new FormatException($"{name}:{line}: a load script holds exactly one statement; a second one follows this ';'.");

        var relationship = RelationshipPattern().Match(target);
        if (relationship.Success)
        {
            return new LoadScript(name, statement, [], relationship.Groups[2].Value,
                relationship.Groups[1].Value, relationship.Groups[3].Value);
        }
        var node = NodePattern().Match(target);
        if (!node.Success)
            throw new FormatException($"{name}:1: cannot read the target '{target}'; expected (:Label[:Label...]) or (:A)-[:TYPE]->(:B).");
        var labels = node.Groups[1].Value.Split(':', StringSplitOptions.RemoveEmptyEntries);
        return new LoadScript(name, statement, labels, null, null, null);
    }

    /// <summary>
    /// The 1-based line of a ';' ending a line before the statement's last one (a statement ends there), or null. A
    /// ';' within a line (in a string literal) ends nothing. Load scripts end their statement on its last line, unlike
    /// the ';' lines of <c>CypherStatementFile</c>, so they have this reading of their own.
    /// </summary>
    private static int? SecondStatementLine(string[] lines)
    {
        var code = Enumerable.Range(0, lines.Length).Where(i => !IsComment(lines[i]) && lines[i].Trim().Length > 0).ToArray();
        var end = code.SkipLast(1).Where(i => lines[i].TrimEnd().EndsWith(';')).Select(i => (int?)i + 1).FirstOrDefault();
        return end;
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    public bool Loads(GraphNode node) =>
        !LoadsRelationships && node.Labels.Count == NodeLabels.Count && NodeLabels.All(node.HasLabel);

    public bool Loads(GraphRelationship relationship, GraphNode start, GraphNode end) =>
        LoadsRelationships && relationship.Type == RelationshipType && start.HasLabel(StartLabel!) && end.HasLabel(EndLabel!);

    public string Target => LoadsRelationships
        ? $"(:{StartLabel})-[:{RelationshipType}]->(:{EndLabel})"
        : "(:" + string.Join(':', NodeLabels) + ")";

    [GeneratedRegex(@"^//\s*loads:\s*(.+)$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^\(((?::\w+)+)\)$")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"^\(:(\w+)\)-\[:(\w+)\]->\(:(\w+)\)$")]
    private static partial Regex RelationshipPattern();
}
