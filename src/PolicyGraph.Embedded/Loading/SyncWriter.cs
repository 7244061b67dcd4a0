using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Loading;

/// <summary>Applies a <see cref="DocumentSyncPlan"/> group by group, carrying relationships that wait for their far end.</summary>
internal sealed class SyncWriter(DocumentSyncPlan plan)
{
    private readonly List<GraphRelationship> _pending = [];
    private readonly Dictionary<string, GraphNode> _sharedWrites =
        plan.Shared.NodeWrites.ToDictionary(n => n.Id, StringComparer.Ordinal);

    public bool HasPending => _pending.Count > 0;

    public DocumentSyncChange Apply(GraphTransaction t, ChangeGroup group, string kind)
    {
        var relationshipsRemoved = RemoveRelationships(t, group.RelationshipRemovals);
        var nodesRemoved = 0;
        foreach (var id in group.NodeRemovals)
            if (Find(t, id) is { } node && t.DeleteNode(node, detach: true)) nodesRemoved++;
        foreach (var node in group.NodeWrites) Write(t, node);
        var candidates = _pending.Concat(group.RelationshipWrites).ToList();
        _pending.Clear();
        var written = 0;
        foreach (var relationship in candidates)
        {
            WriteSharedEnds(t, relationship);
            if (Find(t, relationship.StartId) is { } start && Find(t, relationship.EndId) is { } end)
            {
                Write(t, relationship, start, end);
                written++;
            }
            else
            {
                _pending.Add(relationship);
            }
        }
        return new DocumentSyncChange(group.SourceFile, kind, group.NodeWrites.Count, nodesRemoved, written, relationshipsRemoved);
    }

    /// <summary>The shared part: remaining shared nodes and links, then shared nodes nothing refers to any more.</summary>
    public DocumentSyncChange ApplyShared(GraphTransaction t)
    {
        var written = _sharedWrites.Count;
        foreach (var node in _sharedWrites.Values) Write(t, node);
        _sharedWrites.Clear();
        var links = new ChangeGroup(null);
        links.RelationshipWrites.AddRange(plan.Shared.RelationshipWrites);
        var change = Apply(t, links, "shared");
        if (_pending.Count > 0)
            throw new InvalidOperationException($"relationship '{_pending[0].Id}' links a node the folder's graph does not contain ('{_pending[0].StartId}' or '{_pending[0].EndId}').");
        var removed = RemoveRelationships(t, plan.Shared.RelationshipRemovals);
        var nodesRemoved = 0;
        foreach (var id in plan.Shared.NodeRemovals)
        {
            if (Find(t, id) is not { } node || t.Outgoing(node).Count + t.Incoming(node).Count > 0) continue;
            if (t.DeleteNode(node, detach: false)) nodesRemoved++;
        }
        return change with { NodesWritten = written, NodesRemoved = nodesRemoved, RelationshipsRemoved = removed };
    }

    private int RemoveRelationships(GraphTransaction t, List<string> ids)
    {
        var removed = 0;
        foreach (var id in ids)
        {
            if (plan.Stored.Relationships.TryGetValue(id, out var stored) && t.RelationshipExists(stored.InternalId) &&
                t.DeleteRelationship(stored.InternalId)) removed++;
        }
        return removed;
    }

    private void WriteSharedEnds(GraphTransaction t, GraphRelationship relationship)
    {
        foreach (var end in (ReadOnlySpan<string>)[relationship.StartId, relationship.EndId])
        {
            if (_sharedWrites.Remove(end, out var node)) Write(t, node);
        }
    }

    private static int? Find(GraphTransaction t, string stableId) =>
        t.NodesWithProperty(null, GraphImporter.IdProperty, stableId)?.Cast<int?>().FirstOrDefault();

    /// <summary>Creates the node, or makes the existing one carry exactly these labels and properties.</summary>
    private static void Write(GraphTransaction t, GraphNode node)
    {
        var properties = GraphImporter.WithId(node.Properties, node.Id).ToList();
        if (Find(t, node.Id) is not { } id)
        {
            t.CreateNode(node.Labels, properties);
            return;
        }
        foreach (var label in t.Labels(id).Except(node.Labels, StringComparer.Ordinal).ToList()) t.RemoveLabel(id, label);
        foreach (var label in node.Labels) t.AddLabel(id, label);
        var keep = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in t.NodeProperties(id).Keys.Where(k => !keep.Contains(k)).ToList()) t.SetNodeProperty(id, key, null);
        foreach (var (key, value) in properties)
            if (!GraphImporter.StoredEquals(t.NodeProperty(id, key), value)) t.SetNodeProperty(id, key, value);
    }

    private void Write(GraphTransaction t, GraphRelationship relationship, int start, int end)
    {
        var properties = GraphImporter.WithId(relationship.Properties, relationship.Id).ToList();
        if (!plan.Stored.Relationships.TryGetValue(relationship.Id, out var stored) || !t.RelationshipExists(stored.InternalId))
        {
            t.CreateRelationship(relationship.Type, start, end, properties);
            return;
        }
        var keep = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in t.RelationshipProperties(stored.InternalId).Keys.Where(k => !keep.Contains(k)).ToList())
            t.SetRelationshipProperty(stored.InternalId, key, null);
        foreach (var (key, value) in properties) t.SetRelationshipProperty(stored.InternalId, key, value);
    }
}
