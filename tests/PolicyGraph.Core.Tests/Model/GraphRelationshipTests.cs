using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Tests.Model;

public sealed class GraphRelationshipTests
{
    private static readonly Dictionary<string, object> Order = new() { ["order"] = 1L };

    [Fact]
    public void A_relationship_between_two_nodes_has_the_contract_id_of_its_type_and_ends()
    {
        var relationship = GraphRelationship.Between("CONTAINS", "document:a", "measure:a:1", Order);

        Assert.Equal("CONTAINS:document:a->measure:a:1", relationship.Id);
        Assert.Equal(("CONTAINS", "document:a", "measure:a:1"), (relationship.Type, relationship.StartId, relationship.EndId));
    }

    [Fact]
    public void It_equals_the_same_relationship_made_with_that_id_given()
    {
        var composed = GraphRelationship.Between("CONTAINS", "document:a", "measure:a:1", Order);
        var given = new GraphRelationship("CONTAINS:document:a->measure:a:1", "CONTAINS", "document:a", "measure:a:1", Order);

        Assert.Equal(given, composed);
        Assert.Equal(given.GetHashCode(), composed.GetHashCode());
        Assert.NotEqual(given with { EndId = "measure:a:2" }, composed);
    }

    [Fact]
    public void A_copy_with_other_ends_keeps_the_id_of_the_original_as_a_given_id_does()
    {
        var composed = GraphRelationship.Between("CONTAINS", "document:a", "measure:a:1", Order);
        var given = new GraphRelationship("rel-1", "CONTAINS", "document:a", "measure:a:1", Order);

        Assert.Equal("CONTAINS:document:a->measure:a:1", (composed with { EndId = "measure:a:2" }).Id);
        Assert.Equal("rel-1", (given with { EndId = "measure:a:2" }).Id);
    }

    [Fact]
    public void A_given_id_may_not_be_null() =>
        Assert.Throws<ArgumentNullException>(() => new GraphRelationship(null!, "CONTAINS", "document:a", "measure:a:1", Order));
}
