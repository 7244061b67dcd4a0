using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>"a TypeError should be raised at runtime: InvalidArgumentType"; a null phase means "any time".</summary>
public sealed partial record ErrorExpectation(string Category, QueryPhase? Phase, string Detail)
{
    public static bool TryParse(string stepText, out ErrorExpectation expectation)
    {
        var match = Pattern().Match(stepText);
        expectation = match.Success
            ? new ErrorExpectation(match.Groups[1].Value, ParsePhase(match.Groups[2].Value), match.Groups[3].Value)
            : new ErrorExpectation("", null, "");
        return match.Success;
    }

    /// <summary>Null when the exception is the expected one; otherwise what differs.</summary>
    public string? Mismatch(CypherException actual)
    {
        var problems = new List<string>();
        if (actual.Category != Category) problems.Add($"category {actual.Category} instead of {Category}");
        if (Detail != "*" && actual.Detail != Detail) problems.Add($"detail {actual.Detail} instead of {Detail}");
        if (Phase is { } phase && actual.Phase != phase) problems.Add($"phase {actual.Phase} instead of {phase}");
        return problems.Count == 0 ? null : $"Wrong error ({string.Join(", ", problems)}): {actual}";
    }

    public override string ToString() => $"{Category}.{Detail} at {(Phase?.ToString() ?? "any time")}";

    private static QueryPhase? ParsePhase(string text) => text switch
    {
        "compile time" => QueryPhase.CompileTime,
        "runtime" => QueryPhase.Runtime,
        _ => null,
    };

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): (\S+)$")]
    private static partial Regex Pattern();
}
