using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A MATCH whose WHERE starts with <c>v.key CONTAINS needle</c> skips anchor candidates that test false before
/// building their rows. Each query is compared with the same filter applied by a WITH after the MATCH (which the
/// matcher does not see), on random graphs with missing and non-string values, committed deletions and multiple
/// labels: rows and errors must be the same.
/// </summary>
public sealed class SubstringPrefilterTests
{
    public static TheoryData<string, string, string> Queries => new()
    {
        { "MATCH (m:M)", "m.name CONTAINS 'x'", "RETURN m.v AS v, m.name AS name ORDER BY v, name LIMIT 5" },
        { "MATCH (m)", "m.mix CONTAINS $needle", "RETURN m.v AS v ORDER BY v" },
        { "MATCH (m)", "m.mix CONTAINS '' AND m.v > 20", "RETURN m.v AS v ORDER BY v" },
        { "MATCH (m:A)-[:R]->(n)", "m.name CONTAINS $needle AND n.v < 150", "RETURN m.v AS v, n.v AS w ORDER BY v, w" },
        { "MATCH (m)", "m.v > 1000 AND m.name CONTAINS 'y'", "RETURN count(*) AS n" },
        { "MATCH (m)", "m.name CONTAINS 'z' AND 1 / (m.v - m.v) > 0", "RETURN count(*) AS n" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Skipping_refused_candidates_changes_no_answer(string match, string where, string @return)
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            await using var backend = new EmbeddedGraphBackend();
            await backend.RunAsync(FactorisedAggregationTests.RandomGraph(seed));
            await backend.RunAsync("MATCH (x) WHERE x.v % 9 = 0 DETACH DELETE x");
            var parameters = new Dictionary<string, object?> { ["needle"] = "1" };

            var filtered = await Outcome(backend, $"{match} WHERE {where} {@return}", parameters);
            var afterwards = await Outcome(backend, $"{match} WITH * WHERE {where} {@return}", parameters);

            Assert.Equal(afterwards, filtered);
        }
    }

    [Fact]
    public void A_built_column_is_read_like_the_records_also_in_a_transaction_that_changed_nodes()
    {
        using var store = new GraphStore();
        var cache = new QueryCache();
        var procedures = new ProcedureRegistry();
        List<string> Run(GraphTransaction t, string cypher) => FactorisedInTransactionTests.Run(t, cache, procedures, cypher);
        store.Write(t => Run(t, "UNWIND range(0, 2999) AS i CREATE (:M {i: i, text: CASE WHEN i % 7 = 0 THEN i ELSE 'text ' + i END})"));
        store.Write(t => Run(t, "MATCH (m:M) WHERE m.i % 10 = 3 DELETE m"));
        const string query = "MATCH (m:M) WHERE m.text CONTAINS '9' RETURN m.i AS i ORDER BY i";
        const string filteredLater = "MATCH (m:M) WITH * WHERE m.text CONTAINS '9' RETURN m.i AS i ORDER BY i";
        var read = store.BeginRead();
        for (var run = 0; run < 4; run++) Run(read, filteredLater);
        Assert.True(store.Current.NodeColumns.HasColumn("text"));

        Assert.Equal(Run(read, filteredLater), Run(read, query));
        var (inWrite, laterInWrite) = store.Write(t =>
        {
            Run(t, "MATCH (m:M) WHERE m.i % 10 = 9 SET m.text = 'changed'");
            Run(t, "MATCH (m:M) WHERE m.i % 10 = 1 SET m.text = 'now 9'");
            return (Run(t, query), Run(t, filteredLater));
        });
        Assert.Equal(laterInWrite, inWrite);
    }

    /// <summary>The rows, or the error's code, as text.</summary>
    private static async Task<string> Outcome(EmbeddedGraphBackend backend, string cypher, IReadOnlyDictionary<string, object?> parameters)
    {
        try
        {
            var result = await backend.RunAsync(cypher, parameters);
            return string.Join("\n", result.Rows.Select(row => string.Join(" | ", row)));
        }
        catch (CypherException error)
        {
            return $"error {error.Detail}";
        }
    }
}
