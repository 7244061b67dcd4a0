using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class UsedRelationshipsTests
{
    [Fact]
    public void Binding_and_unbinding_in_stack_order_tracks_membership()
    {
        var used = new UsedRelationships();
        used.Add(7);
        used.Add(3);
        Assert.True(used.Contains(7));
        Assert.True(used.Contains(3));
        Assert.False(used.Contains(5));

        used.Remove(3);

        Assert.False(used.Contains(3));
        Assert.True(used.Contains(7));
    }

    [Fact]
    public void Removing_a_relationship_below_the_top_keeps_the_others()
    {
        var used = new UsedRelationships();
        foreach (var id in new[] { 1, 2, 3 }) used.Add(id);

        used.Remove(2);

        Assert.Equal([true, false, true], new[] { 1, 2, 3 }.Select(used.Contains));
    }

    [Fact]
    public void Long_trails_switch_to_a_hash_set_and_back_without_losing_entries()
    {
        var used = new UsedRelationships();
        for (var id = 100; id < 140; id++) used.Add(id);

        Assert.All(Enumerable.Range(100, 40), id => Assert.True(used.Contains(id)));
        Assert.False(used.Contains(99));

        for (var id = 139; id >= 105; id--) used.Remove(id);

        Assert.All(Enumerable.Range(100, 5), id => Assert.True(used.Contains(id)));
        Assert.All(Enumerable.Range(105, 35), id => Assert.False(used.Contains(id)));
    }
}
