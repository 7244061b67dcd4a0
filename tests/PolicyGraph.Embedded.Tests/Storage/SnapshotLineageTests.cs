using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>The chain of commits a full-text index layers on stays bounded by what layering can still use.</summary>
public sealed class SnapshotLineageTests
{
    [Fact]
    public void A_commit_too_far_back_to_layer_on_is_cut_off_and_the_nearer_ones_still_answer()
    {
        var half = FullTextBases.MaxLayered / 2 + 1;
        var start = SnapshotLineage.Start(0, new FullTextBases());
        var first = start.Next(1, Enumerable.Range(0, half), []);
        var second = first.Next(2, Enumerable.Range(half, half), []);
        var third = second.Next(3, [7], [3]);

        // Commits 2 and 3 changed more than MaxLayered entities: version 0 is no longer reachable from 1 on.
        Assert.Null(first.Previous);
        Assert.Same(first, second.Previous);
        Assert.Same(second, third.Previous);
        var changed = third.ChangedSince(1, FullTextBases.MaxLayered);
        Assert.NotNull(changed);
        Assert.Equal(half + 1, changed.Value.Nodes.Length);
        Assert.Equal([3], changed.Value.Relationships);
        Assert.Null(third.ChangedSince(0, int.MaxValue));
    }

    [Fact]
    public void Small_commits_keep_the_whole_chain()
    {
        var lineage = SnapshotLineage.Start(0, new FullTextBases());
        for (var version = 1; version <= 100; version++) lineage = lineage.Next(version, [version], []);

        Assert.Equal(Enumerable.Range(1, 100), lineage.ChangedSince(0, FullTextBases.MaxLayered)!.Value.Nodes);
    }
}
