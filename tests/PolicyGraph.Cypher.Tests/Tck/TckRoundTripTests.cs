using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using Xunit.Abstractions;

namespace PolicyGraph.Cypher.Tests.Tck;

/// <summary>Printing is checked on every TCK query that parses: parse(print(parse(q))) == parse(q).</summary>
public sealed class TckRoundTripTests(ITestOutputHelper output)
{
    [TckFact]
    public void EveryParsableTckQueryRoundTripsThroughThePrinter()
    {
        var queries = TckFeatureReader.ReadAll(TckFeatureReader.FindFeaturesDirectory()!)
            .Select(scenario => scenario.Query)
            .Distinct()
            .Select(TryParse)
            .OfType<(string Text, Query Tree)>()
            .ToList();
        Assert.NotEmpty(queries);

        var failures = new List<string>();
        foreach (var (text, tree) in queries)
        {
            var printed = CypherPrinter.Print(tree);
            var reparsed = TryParse(printed);
            if (reparsed is null || !reparsed.Value.Tree.Equals(tree))
            {
                failures.Add($"{text.Replace("\n", " ")}\n    printed: {printed}");
            }
        }

        output.WriteLine($"round trip: {queries.Count - failures.Count}/{queries.Count} distinct parsable TCK queries");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    private static (string Text, Query Tree)? TryParse(string text)
    {
        try
        {
            return (text, CypherFrontEnd.Parse(text));
        }
        catch (CypherException)
        {
            // Queries written to fail parsing have nothing to round-trip.
            return null;
        }
    }
}
