using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Lexing;
using PolicyGraph.Cypher.Tests.Printing;
using PolicyGraph.Cypher.Tests.Tck;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>
/// Broken input must always end in a <see cref="CypherException"/> with a position, never in another exception:
/// every prefix of valid queries, and every query with one token removed, is compiled and diagnosed.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Corpus() => CypherPrinterTests.Corpus();

    [Theory]
    [MemberData(nameof(Corpus))]
    public void EveryPrefixFailsCleanlyOrCompiles(string query)
    {
        for (var length = 0; length < query.Length; length++)
        {
            AssertFailsCleanly(query[..length]);
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void DroppingAnyTokenFailsCleanlyOrCompiles(string query) => DropEachToken(query);

    [TckFact]
    public void DroppingAnyTokenFromTckQueriesFailsCleanlyOrCompiles()
    {
        var queries = TckFeatureReader.ReadAll(TckFeatureReader.FindFeaturesDirectory()!)
            .Select(scenario => scenario.Query)
            .Distinct()
            .Where(Tokenizes)
            .ToList();
        Assert.NotEmpty(queries);

        // Every fifth query keeps the run short while still covering every feature file.
        foreach (var query in queries.Where((_, i) => i % 5 == 0))
        {
            DropEachToken(query);
        }
    }

    private static void DropEachToken(string query)
    {
        var tokens = Lexer.Tokenize(query).Where(token => token.Kind != TokenKind.End).ToList();
        foreach (var dropped in tokens)
        {
            var start = dropped.Position.Offset;
            AssertFailsCleanly(query[..start] + query[(start + dropped.Text.Length)..]);
        }
    }

    private static bool Tokenizes(string query)
    {
        try
        {
            Lexer.Tokenize(query);
            return true;
        }
        catch (CypherException)
        {
            // Queries written to fail in the lexer have no tokens to drop.
            return false;
        }
    }

    private static void AssertFailsCleanly(string text)
    {
        try
        {
            CypherFrontEnd.Compile(text);
        }
        catch (CypherException error)
        {
            Assert.True(error.Line is > 0 && error.Column is > 0, $"No position for '{text}': {error.Message}");
        }

        // Collecting every problem goes on past the first one, so it must cope with broken states as well.
        foreach (var problem in CypherFrontEnd.Diagnose(text))
        {
            Assert.True(problem.Line is > 0 && problem.Column is > 0, $"No position for '{text}': {problem.Message}");
        }
    }
}
