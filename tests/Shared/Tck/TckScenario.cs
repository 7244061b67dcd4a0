using System.Text.RegularExpressions;

namespace PolicyGraph.Testing.Tck;

/// <summary>
/// One concrete scenario: a plain Scenario, or one Examples row of an outline (<see cref="ExampleRow"/> counts
/// from 1), with the Background steps in front and every placeholder substituted.
/// </summary>
public sealed partial record TckScenario(
    string RelativePath,
    string FeatureName,
    string Title,
    int? ExampleRow,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Step> Steps)
{
    /// <summary>The xunit display name and the key of expected-failures.txt, e.g. "Match1 [3] Matching …".</summary>
    public string DisplayName =>
        ExampleRow is null ? $"{FeatureName} {Title}" : $"{FeatureName} {Title} (example {ExampleRow})";

    /// <summary>The TCK sub-folder, e.g. "clauses/match".</summary>
    public string Folder => RelativePath.Contains('/') ? RelativePath[..RelativePath.LastIndexOf('/')] : "";

    public bool IsIgnored => Tags.Contains("@ignore", StringComparer.Ordinal);

    /// <summary>
    /// Temporal types and procedures are outside the engine's scope; the summary reports figures with and without them.
    /// Detected from the scenario's own queries and steps, not from its file name.
    /// </summary>
    public bool UsesTemporalOrProcedures =>
        Steps.Any(s => s.Text.StartsWith("there exists a procedure", StringComparison.Ordinal)) ||
        Steps.Any(s => s.DocString is { } query && (TemporalCall().IsMatch(query) || ProcedureCall().IsMatch(query)));

    [GeneratedRegex(@"\b(date|time|localtime|datetime|localdatetime|duration)\s*(\(|\.\w+\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex TemporalCall();

    [GeneratedRegex(@"\bCALL\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureCall();
}
