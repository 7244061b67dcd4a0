using PolicyGraph.Testing.Tck;
using SharedScenario = PolicyGraph.Testing.Tck.TckScenario;

namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>
/// The TCK's queries and expected outcomes for the front-end tests, read where they lie by the shared feature
/// reader (tests/Shared/Tck, on the Gherkin package); the files are never copied into this repository.
/// </summary>
public static class TckFeatureReader
{
    private const string QueryStep = "executing query:";

    /// <summary>The TCK's features/ folder ($OPENCYPHER_TCK_DIR or ../shared/tck from the repository root), or null.</summary>
    public static string? FindFeaturesDirectory() =>
        TckCatalog.LocateTckDirectory() is { } tck ? Path.Combine(tck, "features") : null;

    /// <summary>Every concrete scenario with a query under test and an outcome step, in file order.</summary>
    public static IReadOnlyList<TckScenario> ReadAll(string featuresDirectory) =>
        TckCatalog.Load(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(featuresDirectory))!)
            .Scenarios.Select(ToQueryScenario).OfType<TckScenario>().ToList();

    /// <summary>The last "executing query:" doc string and the first Then step, or null when either is missing.</summary>
    private static TckScenario? ToQueryScenario(SharedScenario scenario)
    {
        var query = scenario.Steps.LastOrDefault(step => step.Text == QueryStep && step.DocString is not null)?.DocString;
        var outcome = scenario.Steps.FirstOrDefault(step => step.Keyword == "Then");
        return query is null || outcome is null
            ? null
            : new TckScenario(scenario.RelativePath, scenario.Title, scenario.ExampleRow ?? 0, query, $"{outcome.Keyword} {outcome.Text}");
    }
}
