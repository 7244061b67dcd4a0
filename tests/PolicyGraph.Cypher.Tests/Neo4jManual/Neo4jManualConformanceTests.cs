using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using Xunit.Abstractions;

namespace PolicyGraph.Cypher.Tests.Neo4jManual;

/// <summary>
/// Runs every transcribed example of Neo4j's Cypher Manual (version 5) on a fresh embedded engine and compares
/// the result with the table the manual documents. Examples not marked as known failures must pass; those
/// marked must still fail, so a fixed one is noticed. The pass rate is printed, and written to the file named by
/// MANUAL_SUMMARY when set.
/// </summary>
public sealed class Neo4jManualConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheManualExamplesGiveTheDocumentedResults()
    {
        var examples = ManualExampleReader.ReadAll();
        Assert.NotEmpty(examples);

        var outcomes = new List<(ManualExample Example, string? Problem)>();
        foreach (var example in examples)
        {
            outcomes.Add((example, await Problem(example)));
        }

        var passed = outcomes.Count(o => o.Problem is null);
        var summary = $"Neo4j manual examples: {passed} of {outcomes.Count} pass ({100.0 * passed / outcomes.Count:F1}%)";
        output.WriteLine(summary);
        foreach (var (example, problem) in outcomes.Where(o => o.Problem is not null))
        {
            output.WriteLine($"  {example}: {problem}");
        }
        if (Environment.GetEnvironmentVariable("MANUAL_SUMMARY") is { Length: > 0 } path)
        {
            await File.WriteAllLinesAsync(path, [summary, .. outcomes.Where(o => o.Problem is not null).Select(o => $"{o.Example}: {o.Problem}")]);
        }

        var unexpected = outcomes.Where(o => (o.Problem is null) == (o.Example.KnownFailure is not null))
            .Select(o => o.Problem is null ? $"{o.Example}: passes but is marked '{o.Example.KnownFailure}'" : $"{o.Example}: {o.Problem}")
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Fact]
    public void EveryExampleNamesItsManualPage()
    {
        Assert.All(ManualExampleReader.ReadAll(), example =>
            Assert.StartsWith("https://neo4j.com/docs/cypher-manual/5/", example.Source));
    }

    /// <summary>Why the example does not give its documented result, or null when it does.</summary>
    private static async Task<string?> Problem(ManualExample example)
    {
        await using var backend = new EmbeddedGraphBackend();
        try
        {
            foreach (var statement in example.Setup)
            {
                await backend.RunAsync(statement, null, null);
            }

            var result = await backend.RunAsync(example.Query, null, null);
            if (example.ErrorCategory is { } category)
            {
                return $"expected a {category}, got {result.Rows.Count} row(s)";
            }

            var expected = example.Rows!.Select(JArray.Parse).ToList();
            return ManualResultMatcher.RowsMatch(result.Rows, expected, example.Ordered)
                ? null
                : $"rows differ: got {Describe(result)}";
        }
        catch (CypherException error)
        {
            return example.ErrorCategory == error.Category ? null : $"{error.Category}.{error.Detail}: {error.Message}";
        }
    }

    private static string Describe(QueryResult result) =>
        string.Join("; ", result.Rows.Take(5).Select(row => "[" + string.Join(", ", row.Select(Describe)) + "]"))
        + (result.Rows.Count > 5 ? $"; … ({result.Rows.Count} rows)" : "");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        NodeValue node => $"(:{string.Join(":", node.Labels)})",
        RelationshipValue relationship => $"[:{relationship.Type}]",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}
