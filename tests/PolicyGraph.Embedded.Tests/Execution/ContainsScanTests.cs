using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A MATCH of one node whose whole WHERE is <c>v.key CONTAINS phrase</c>: the matcher applies the WHERE itself
/// (nodes the prefilter finds holding are not tested twice). Answers must equal the same filter applied by a WITH
/// after the MATCH, with one worker and with two, over strings that differ by case and full-width forms, nulls,
/// missing keys and values that are not strings; the count must equal an ordinal test of the generated values.
/// </summary>
public sealed class ContainsScanTests
{
    private const int NodeCount = 3000;

    /// <summary>Values of the text key: strings (ordinal: case and full width differ), nulls and other kinds.</summary>
    private static readonly object?[] Texts =
        ["Abc text", "abc text", "ＡＢＣ text", "xaBcx", "", "abc", 7L, 1.5, true, null, new List<object?> { "abc" }];

    public static TheoryData<string?> Phrases => new() { "abc", "Abc", "ＡＢＣ", "", null, "b", "no such text" };

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task The_filter_in_the_matcher_answers_like_the_filter_after_it(string? phrase)
    {
        await using var backend = await TextGraph();
        backend.MorselSize = 3;
        var parameters = new Dictionary<string, object?> { ["phrase"] = phrase };
        foreach (var @return in new[] { "RETURN m.i AS i, m.text AS t ORDER BY i LIMIT 7", "RETURN m.i AS i, m.text AS t ORDER BY t, i" })
        {
            var afterwards = await Rows(backend, $"MATCH (m:M) WITH * WHERE m.text CONTAINS $phrase {@return}", parameters, 1);
            foreach (var workers in new[] { 1, 2 })
                Assert.Equal(afterwards, await Rows(backend, $"MATCH (m:M) WHERE m.text CONTAINS $phrase {@return}", parameters, workers));
        }
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task The_count_is_that_of_an_ordinal_test_of_each_value(string? phrase)
    {
        await using var backend = await TextGraph();
        backend.MorselSize = 3;
        var expected = Enumerable.Range(0, NodeCount)
            .Count(i => i % 5 != 0 && phrase is not null && TextOf(i) is string text && text.Contains(phrase, StringComparison.Ordinal));

        foreach (var workers in new[] { 1, 2 })
        {
            var result = await backend.RunAsync("MATCH (m:M) WHERE m.text CONTAINS $phrase RETURN m.i AS i",
                new Dictionary<string, object?> { ["phrase"] = phrase }, new QueryOptions(Workers: workers));
            Assert.Equal(expected, result.Rows.Count);
        }
    }

    [Fact]
    public async Task A_bound_node_is_tested_by_the_where()
    {
        await using var backend = await TextGraph();

        var result = await backend.RunAsync("MATCH (n:M) WHERE n.i < 12 WITH n MATCH (n) WHERE n.text CONTAINS 'abc' RETURN n.i AS i ORDER BY i");

        var expected = Enumerable.Range(0, 12).Where(i => i % 5 != 0 && TextOf(i) is string text && text.Contains("abc", StringComparison.Ordinal));
        Assert.Equal(expected.Select(i => (object?)(long)i), result.Rows.Select(row => row[0]));
    }

    private static object? TextOf(int i) => Texts[i * 7 % Texts.Length];

    /// <summary>Nodes :M with i and (except every fifth, which lacks the key) a text; the text column built.</summary>
    private static async Task<EmbeddedGraphBackend> TextGraph()
    {
        var backend = new EmbeddedGraphBackend();
        var nodes = Enumerable.Range(0, NodeCount).Select(i => (object?)(i % 5 == 0
            ? new Dictionary<string, object?> { ["i"] = (long)i }
            : new Dictionary<string, object?> { ["i"] = (long)i, ["text"] = TextOf(i) })).ToList();
        await backend.RunAsync("UNWIND $nodes AS n CREATE (x:M) SET x = n", new Dictionary<string, object?> { ["nodes"] = nodes });
        for (var run = 0; run < 4; run++) await backend.RunAsync("MATCH (x:M) WITH x RETURN count(x.text) AS c");
        Assert.NotNull(backend.CurrentSnapshot.NodeColumns.BuiltColumn("text"));
        return backend;
    }

    private static async Task<string> Rows(EmbeddedGraphBackend backend, string query, Dictionary<string, object?> parameters, int workers) =>
        MorselParallelismTests.Render(await backend.RunAsync(query, parameters, new QueryOptions(Workers: workers)));
}
