using System.Diagnostics;
using PolicyGraph.Core.Querying;
using Xunit.Abstractions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Coarse guards against performance regressions (e.g. a scan that turns quadratic). The shared build machine is
/// often loaded far beyond its 2 cores, so the bounds are 10-20 times the quiet-machine figures reported in the
/// output; the figures themselves come from the benchmark.
/// </summary>
public sealed class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task One_hop_neighbourhood_on_a_small_graph_takes_microseconds()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(PolicyGraphFixture.Generate(1_000));
        const string query = "MATCH (a:Agency {name: $name})-[r]-(n) RETURN type(r) AS type, count(n) AS neighbours";
        var parameters = new Dictionary<string, object?> { ["name"] = "agency 3" };

        var median = await MedianMicroseconds(backend, query, parameters, repetitions: 400);

        output.WriteLine($"one-hop median on 1k nodes: {median:0.0} µs");
        Assert.True(median < 1_000, $"median {median:0.0} µs");
    }

    [Theory]
    [InlineData("MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m:Measure) RETURN a.name AS agency, count(m) AS measures ORDER BY measures DESC, agency LIMIT 10")]
    [InlineData("MATCH (d:Document)-[:CITES*1..3]->(c:Document) RETURN c.id AS document, count(DISTINCT d) AS citedBy ORDER BY citedBy DESC LIMIT 10")]
    [InlineData("MATCH (m:Measure) WHERE m.text CONTAINS 'topic 5' RETURN m.id ORDER BY m.id LIMIT 20")]
    [InlineData("MATCH (z:Zone {name: 'zone 1'})<-[:APPLIES_IN]-(m:Measure)<-[:CONTAINS]-(d:Document) RETURN d.title, count(m) AS n ORDER BY n DESC LIMIT 10")]
    [InlineData("MATCH (a {id: 'Agency-1'}), (b {id: 'Zone-2'}) MATCH p = shortestPath((a)-[*..8]-(b)) RETURN length(p)")]
    public async Task Realistic_queries_on_fifty_thousand_nodes_stay_fast(string query)
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(PolicyGraphFixture.Generate(50_000));

        var median = await MedianMicroseconds(backend, query, null, repetitions: 7);

        output.WriteLine($"{median / 1000:0.00} ms: {query}");
        Assert.True(median < 500_000, $"median {median / 1000:0.0} ms");
    }

    [Fact]
    public async Task Stored_graph_costs_a_few_hundred_bytes_per_entity()
    {
        var graph = PolicyGraphFixture.Generate(20_000);
        await using var backend = new EmbeddedGraphBackend();
        var nodesOnly = new Core.Model.PropertyGraph(graph.Nodes, []);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await backend.ImportAsync(nodesOnly);
        var afterNodes = GC.GetTotalMemory(forceFullCollection: true);
        await backend.ImportAsync(graph);
        var afterAll = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(nodesOnly);

        var perNode = (afterNodes - before) / (double)graph.Nodes.Count;
        var perRelationship = (afterAll - afterNodes) / (double)graph.Relationships.Count;

        output.WriteLine($"{perNode:0} bytes/node, {perRelationship:0} bytes/relationship");
        Assert.True(perNode < 1_000, $"{perNode:0} bytes per node");
        Assert.True(perRelationship < 1_000, $"{perRelationship:0} bytes per relationship");
    }

    private static async Task<double> MedianMicroseconds(
        EmbeddedGraphBackend backend, string query, IReadOnlyDictionary<string, object?>? parameters, int repetitions)
    {
        var first = await backend.RunAsync(query, parameters);
        Assert.NotEmpty(first.Rows);
        for (var i = 0; i < Math.Min(repetitions, 50); i++) await backend.RunAsync(query, parameters);
        var samples = new List<double>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            await backend.RunAsync(query, parameters);
            samples.Add(clock.Elapsed.TotalMicroseconds);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
