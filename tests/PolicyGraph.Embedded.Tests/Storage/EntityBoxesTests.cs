using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class EntityBoxesTests
{
    [Fact]
    public void Covered_ids_get_one_shared_box_each()
    {
        var boxes = EntityBoxes.NoNodes.CoveringIdsBelow(10);

        Assert.Same(boxes.Get(3), boxes.Get(3));
        Assert.Equal(new NodeRef(3), boxes.Get(3));
    }

    [Fact]
    public void Growing_keeps_the_existing_boxes_and_never_writes_the_shared_empty_instance()
    {
        var small = EntityBoxes.NoRelationships.CoveringIdsBelow(4);
        var grown = small.CoveringIdsBelow(100);

        Assert.Same(small.Get(2), grown.Get(2));
        Assert.Equal(new RelationshipRef(99), grown.Get(99));
        Assert.NotSame(EntityBoxes.NoRelationships.Get(2), EntityBoxes.NoRelationships.Get(2));
    }

    [Fact]
    public void Covering_more_ids_within_the_capacity_boxes_the_new_ones_in_place()
    {
        var grown = EntityBoxes.NoNodes.CoveringIdsBelow(3).CoveringIdsBelow(4);
        var kept = grown.Get(1);

        // Growing doubles the capacity, so one more id fits without another copy.
        var extended = grown.CoveringIdsBelow(5);

        Assert.Same(grown, extended);
        Assert.Same(kept, extended.Get(1));
        Assert.Same(extended.Get(4), extended.Get(4));
    }

    [Fact]
    public void Unkept_ids_get_an_equal_new_box_each_time_and_ids_a_commit_adds_are_kept()
    {
        var opened = EntityBoxes.Unkept(EntityBoxes.NoRelationships, 1000);

        Assert.Equal(new RelationshipRef(7), opened.Get(7));
        Assert.NotSame(opened.Get(7), opened.Get(7));

        var committed = opened.CoveringIdsBelow(1002);
        Assert.Same(committed.Get(1001), committed.Get(1001));
        Assert.Equal(new RelationshipRef(1001), committed.Get(1001));
        Assert.Equal(new RelationshipRef(7), committed.Get(7));
        // The ids the store was opened with stay unkept after the commit, and so after the next one.
        Assert.NotSame(committed.Get(7), committed.Get(7));
        var grown = committed.CoveringIdsBelow(5000);
        Assert.NotSame(grown.Get(999), grown.Get(999));
        Assert.Same(grown.Get(1001), grown.Get(1001));
        Assert.Same(grown.Get(4999), grown.Get(4999));
        Assert.Equal(new RelationshipRef(4999), grown.Get(4999));
    }

    [Fact]
    public void Ids_beyond_the_covered_range_still_get_an_equal_box()
    {
        var boxes = EntityBoxes.NoNodes.CoveringIdsBelow(2);

        Assert.Equal(new NodeRef(5000), boxes.Get(5000));
    }

    [Fact]
    public async Task Queries_after_further_commits_see_the_same_node_values()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.RunAsync("CREATE (:K {n: 1})");
        await backend.RunAsync("UNWIND range(2, 2000) AS n CREATE (:K {n: n})");

        var result = await backend.RunAsync("MATCH (k:K) WHERE k.n IN [1, 2000] RETURN k.n AS n ORDER BY n");

        Assert.Equal([1L, 2000L], result.Rows.Select(r => r[0]));
    }
}
