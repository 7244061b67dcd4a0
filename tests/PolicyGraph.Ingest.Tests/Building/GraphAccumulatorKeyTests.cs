using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>
/// Relationships of one type share a key array when they state the same properties; one that leaves a property out
/// (a null role) keeps its own keys, and so does the next one that states them all again.
/// </summary>
public sealed class GraphAccumulatorKeyTests
{
    [Fact]
    public void Relationships_of_one_type_keep_their_own_keys_when_a_property_is_null()
    {
        var graph = new GraphAccumulator();
        foreach (var id in new[] { "m:1", "m:2", "m:3", "a:1" }) graph.AddNode(id, ["Node"], []);
        graph.AddRelationship("LEADS", "m:1", "a:1", [("line", 3L), ("role", "牵头")]);
        graph.AddRelationship("LEADS", "m:2", "a:1", [("line", 4L), ("role", null)]);
        graph.AddRelationship("LEADS", "m:3", "a:1", [("line", 5L), ("role", "配合")]);

        var relationships = graph.Build().Relationships;

        Assert.Equal(["line,role", "line", "line,role"], relationships.Select(r => string.Join(",", r.Properties.Keys)));
        Assert.Equal("配合", relationships[2].Properties["role"]);
        Assert.False(relationships[1].Properties.ContainsKey("role"));
    }

    [Fact]
    public void A_relationship_stated_again_between_the_same_ends_is_kept_once_with_its_first_properties()
    {
        var graph = new GraphAccumulator();
        foreach (var id in new[] { "m:1", "a:1" }) graph.AddNode(id, ["Node"], []);

        Assert.True(graph.AddRelationship("LEADS", "a:1", "m:1", [("line", 3L)]));
        Assert.False(graph.AddRelationship("LEADS", "a:1", "m:1", [("line", 4L)]));
        Assert.True(graph.AddRelationship("LEADS", "m:1", "a:1", [("line", 5L)]));
        Assert.True(graph.AddRelationship("HELPS", "a:1", "m:1", [("line", 6L)]));

        var relationships = graph.Build().Relationships;

        Assert.Equal(["LEADS:a:1->m:1", "LEADS:m:1->a:1", "HELPS:a:1->m:1"], relationships.Select(r => r.Id));
        Assert.Equal([3L, 5L, 6L], relationships.Select(r => r["line"]));
    }

    [Fact]
    public void Relationships_with_one_equal_property_read_the_same_value_and_keep_their_own_ends()
    {
        var graph = new GraphAccumulator();
        foreach (var id in new[] { "d:1", "m:1", "m:2" }) graph.AddNode(id, ["Node"], []);
        graph.AddRelationship("CONTAINS", "d:1", "m:1", [("order", 1L)]);
        graph.AddRelationship("CONTAINS", "d:1", "m:2", [("order", 1L)]);
        graph.AddRelationship("CONTAINS", "m:1", "m:2", [("order", 2L)]);

        var relationships = graph.Build().Relationships;

        Assert.Equal([1L, 1L, 2L], relationships.Select(r => r["order"]));
        Assert.Equal(["m:1", "m:2", "m:2"], relationships.Select(r => r.EndId));
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        var graph = new GraphAccumulator();

        var error = Assert.Throws<ArgumentException>(() => graph.AddRelationship("LEADS", "m:1", "a:1", [("line", 3L), ("line", 4L)]));

        Assert.Contains("'line'", error.Message, StringComparison.Ordinal);
    }
}
