using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class GraphStoreTests
{
    [Fact]
    public void A_reader_keeps_its_snapshot_while_a_writer_commits()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateNode(["Doc"], [new("title", "first")]));
        var reader = store.BeginRead();

        store.Write(t => t.CreateNode(["Doc"], [new("title", "second")]));

        Assert.Single(reader.NodesWithLabel("Doc"));
        Assert.Equal(2, store.BeginRead().NodesWithLabel("Doc").Count());
    }

    [Fact]
    public void Uncommitted_writes_are_invisible_to_other_readers()
    {
        using var store = new GraphStore();
        var seenDuringWrite = -1;

        store.Write(t =>
        {
            t.CreateNode(["Doc"], []);
            seenDuringWrite = store.BeginRead().AllNodes().Count();
            return t.AllNodes().Count();
        });

        Assert.Equal(0, seenDuringWrite);
        Assert.Single(store.BeginRead().AllNodes());
    }

    [Fact]
    public void A_failing_write_leaves_the_previous_snapshot_in_place()
    {
        using var store = new GraphStore();
        store.Write(t => t.CreateNode(["Doc"], [new("n", 1L)]));
        var before = store.Current;

        Assert.Throws<InvalidOperationException>(() => store.Write<int>(t =>
        {
            t.CreateNode(["Doc"], [new("n", 2L)]);
            throw new InvalidOperationException("boom");
        }));

        Assert.Same(before, store.Current);
        Assert.Single(store.BeginRead().AllNodes());
    }

    [Fact]
    public void Deleting_a_connected_node_without_detach_fails_at_commit()
    {
        using var store = new GraphStore();
        var (a, _) = store.Write(t =>
        {
            var start = t.CreateNode([], []);
            var end = t.CreateNode([], []);
            t.CreateRelationship("T", start, end, []);
            return (start, end);
        });

        var error = Assert.Throws<CypherException>(() => store.Write(t => t.DeleteNode(a, detach: false)));

        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(2, store.Current.NodeCount);
    }

    [Fact]
    public void Detach_delete_removes_the_relationships_from_both_ends()
    {
        using var store = new GraphStore();
        var (a, b) = store.Write(t =>
        {
            var start = t.CreateNode([], []);
            var end = t.CreateNode([], []);
            t.CreateRelationship("T", start, end, []);
            return (start, end);
        });

        store.Write(t => t.DeleteNode(a, detach: true));

        var view = store.BeginRead();
        Assert.False(view.NodeExists(a));
        Assert.Empty(view.Incoming(b));
        Assert.Equal(0, store.Current.RelationshipCount);
        Assert.Empty(view.RelationshipsOfType("T"));
    }

    [Fact]
    public void Label_and_type_indexes_follow_changes()
    {
        using var store = new GraphStore();
        var node = store.Write(t => t.CreateNode(["A"], []));

        store.Write(t =>
        {
            t.RemoveLabel(node, "A");
            return t.AddLabel(node, "B");
        });

        var view = store.BeginRead();
        Assert.Empty(view.NodesWithLabel("A"));
        Assert.Equal([node], view.NodesWithLabel("B"));
        Assert.Equal(["B"], view.LabelsOf(new NodeRef(node)));
    }

    [Fact]
    public void Reading_a_node_deleted_in_the_same_transaction_is_an_error()
    {
        using var store = new GraphStore();
        var node = store.Write(t => t.CreateNode([], [new("k", "v")]));

        var error = Assert.Throws<CypherException>(() => store.Write(t =>
        {
            t.DeleteNode(node, detach: false);
            return t.PropertyOf(new NodeRef(node), "k");
        }));

        Assert.Equal("DeletedEntityAccess", error.Detail);
    }

    [Fact]
    public void Properties_reject_maps_and_lists_of_maps()
    {
        using var store = new GraphStore();
        var map = new Dictionary<string, object?> { ["a"] = 1L };

        var error = Assert.Throws<CypherException>(() => store.Write(t => t.CreateNode([], [new("bad", map)])));

        Assert.Equal("InvalidPropertyType", error.Detail);
        Assert.Equal(0, store.Current.NodeCount);
    }

    [Fact]
    public void Committed_snapshots_share_unchanged_records()
    {
        using var store = new GraphStore();
        var first = store.Write(t => t.CreateNode(["A"], [new("k", 1L)]));
        var before = store.Current;

        store.Write(t => t.CreateNode(["A"], [new("k", 2L)]));

        Assert.Same(before.Nodes[first], store.Current.Nodes[first]);
        Assert.Same(before.Nodes[first]!.PropertyKeys, store.Current.Nodes[first + 1]!.PropertyKeys);
    }
}
