using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Search;

/// <summary>One build per snapshot and index name; a build that failed is tried again rather than kept.</summary>
public sealed class SnapshotIndexCacheTests
{
    private static GraphSnapshot NewSnapshot()
    {
        var store = new GraphStore();
        store.Write(tx => tx.CreateNode(["Measure"], new Dictionary<string, object?> { ["id"] = "m" }));
        return store.Current;
    }

    [Fact]
    public void A_second_reader_gets_the_index_the_first_built()
    {
        var snapshot = NewSnapshot();
        var builds = 0;

        var first = SnapshotIndexCache<object>.Get(snapshot, "texts", () => { builds++; return new object(); });
        var second = SnapshotIndexCache<object>.Get(snapshot, "texts", () => { builds++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void A_failed_build_is_not_kept_and_the_next_reader_builds_again()
    {
        var snapshot = NewSnapshot();

        Assert.Throws<InvalidOperationException>(() => SnapshotIndexCache<object>.Get(snapshot, "texts", () => throw new InvalidOperationException("no memory")));
        var built = new object();

        Assert.Same(built, SnapshotIndexCache<object>.Get(snapshot, "texts", () => built));
    }
}
