using PolicyGraph.Core.Model;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// ORDER BY with a small LIMIT reads the items the sort does not need (<c>v.key</c>) only for the rows it keeps: the
/// rows are those of the same query with a LIMIT past the bounded heap (which reads every item of every row), cut
/// to the same length; a property read of something that is not an entity is still made for every row.
/// </summary>
public sealed class DeferredProjectionTests : QueryTestBase
{
    private const string Huge = "LIMIT 100000";

    private bool _imported;

    private async Task ImportOnce()
    {
        if (_imported) return;
        _imported = true;
        var random = new Random(7);
        var nodes = Enumerable.Range(0, 3000).Select(i =>
        {
            var properties = new Dictionary<string, object> { ["seq"] = (long)random.Next(400) };
            if (random.Next(4) > 0) properties["name"] = $"名-{random.Next(90)}";
            return new GraphNode($"n{i}", random.Next(3) == 0 ? ["A", "B"] : ["A"], properties);
        }).ToArray();
        var relationships = Enumerable.Range(0, 6000).Select(i => new GraphRelationship($"r{i}", "T",
            nodes[random.Next(nodes.Length)].Id, nodes[random.Next(nodes.Length)].Id,
            random.Next(2) == 0 ? new Dictionary<string, object> { ["order"] = (long)random.Next(20) } : [])).ToArray();
        await Backend.ImportAsync(new PropertyGraph(nodes, relationships));
    }

    [Theory]
    [InlineData("MATCH (n:A) RETURN n.id AS id, n.name AS name, n.seq AS seq ORDER BY seq DESC, id", 7, 0)]
    [InlineData("MATCH (n:B) RETURN n.name AS name, n.id AS id ORDER BY name, id", 5, 3)]
    [InlineData("MATCH (a:A)-[r:T]->(b:B) RETURN b.id AS b, r.order AS o, a.name AS n ORDER BY b, o", 9, 2)]
    [InlineData("MATCH (a:A)-[r:T]->(b) RETURN a.seq + b.seq AS total, b.name AS name, a.id AS a, b.id AS b ORDER BY total DESC, a, b", 11, 0)]
    [InlineData("MATCH (n:A) WITH n.id AS id, n.name AS name ORDER BY id DESC", 4, 1)]
    public async Task Kept_rows_read_their_items_as_every_row_would(string query, int limit, int skip)
    {
        await ImportOnce();
        var tail = query.StartsWith("MATCH (n:A) WITH", StringComparison.Ordinal) ? " RETURN id, name" : "";
        var everything = await Rows($"{query} SKIP {skip} {Huge}{tail}");
        var kept = await Rows($"{query} SKIP {skip} LIMIT {limit}{tail}");

        Assert.True(everything.Count > limit);
        Assert.Equal(everything.Take(limit), kept);
    }

    [Fact]
    public async Task A_property_of_something_not_an_entity_is_read_for_every_row_so_its_error_stays()
    {
        const string query = "UNWIND [{k: 1}, 5, {k: 2}] AS m RETURN m.k AS k, 0 AS z ORDER BY z ";

        await Fails(() => Run(query + Huge));
        await Fails(() => Run(query + "LIMIT 1"));
        Assert.Equal([2L, 1L], await Column("UNWIND [{k: 1}, {k: 2}] AS m RETURN m.k AS k ORDER BY k DESC LIMIT 2"));
    }

    private async Task<List<string>> Rows(string query) =>
        (await Run(query)).Rows.Select(row => string.Join('|', row)).ToList();
}
