using PolicyGraph.Core.Querying;
using Xunit.Abstractions;

namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>
/// Runs every TCK query through <see cref="CypherFrontEnd.Compile"/>: scenarios expecting a compile-time error
/// must raise that category and detail; every other query must compile. CALL errors that need procedure
/// signatures are left out. Skipped with a reason when the TCK is not on this machine.
/// </summary>
public sealed class TckCompileCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<TckScenario>> Scenarios = new(LoadScenarios);

    private static IReadOnlyList<TckScenario> LoadScenarios()
    {
        var directory = TckFeatureReader.FindFeaturesDirectory();
        return directory is null
            ? []
            : TckFeatureReader.ReadAll(directory).Where(scenario => !IsOutOfScope(scenario)).ToList();
    }

    /// <summary>These CALL errors depend on the signatures of stub procedures the TCK registers at run time.</summary>
    private static readonly HashSet<string> ProcedureSignatureDetails =
        ["ProcedureNotFound", "MissingParameter", "InvalidArgumentPassingMode", "InvalidNumberOfArguments", "InvalidArgumentType"];

    private static bool IsOutOfScope(TckScenario scenario) =>
        scenario.Feature.StartsWith("clauses/call", StringComparison.Ordinal)
        && scenario.ExpectsCompileError
        && ProcedureSignatureDetails.Contains(scenario.ErrorDetail);

    [TckFact]
    public void CompileTimeErrorScenariosRaiseTheExpectedCategoryAndDetail()
    {
        var cases = Scenarios.Value.Where(scenario => scenario.ExpectsCompileError).ToList();
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var scenario in cases)
        {
            var expected = $"{scenario.ErrorCategory}.{scenario.ErrorDetail}";
            var (code, message) = CompileOutcome(scenario.Query);
            var firstDiagnosed = CypherFrontEnd.Diagnose(scenario.Query).Select(problem => $"{problem.Category}.{problem.Detail}").FirstOrDefault();
            if (code != expected || firstDiagnosed != expected)
            {
                failures.Add($"{scenario}: expected {expected}, got {code} {message} (diagnosed first: {firstDiagnosed})\n    {scenario.Query.Replace("\n", " ")}");
            }
        }

        output.WriteLine($"compile-time error scenarios: {cases.Count - failures.Count}/{cases.Count} raise the expected error");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [TckFact]
    public void QueriesExpectedToRunAreNotRejected()
    {
        var cases = Scenarios.Value.Where(scenario => !scenario.ExpectsCompileError).ToList();
        Assert.NotEmpty(cases);
        var outcomes = cases.Select(scenario => (scenario, outcome: CompileOutcome(scenario.Query))).ToList();
        var failures = outcomes
            .Where(result => result.outcome.Code != "ok" || CypherFrontEnd.Diagnose(result.scenario.Query).Count > 0)
            .Select(result => $"{result.scenario}: got {result.outcome.Code} {result.outcome.Message}\n    {result.scenario.Query.Replace("\n", " ")}")
            .ToList();

        output.WriteLine($"valid or runtime-error scenarios: {cases.Count - failures.Count}/{cases.Count} compile");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string Code, string Message) CompileOutcome(string query)
    {
        try
        {
            CypherFrontEnd.Compile(query);
            return ("ok", "");
        }
        catch (CypherException error)
        {
            return ($"{error.Category}.{error.Detail}", error.Message);
        }
    }
}
