using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Storage;

// Turning the drafts into the next immutable snapshot. Any failure here leaves the store untouched.
public sealed partial class GraphTransaction
{
    internal GraphSnapshot Commit()
    {
        EnsureWritable();
        VerifyDeletedNodesAreDetached();
        var nodes = Snapshot.Nodes.ToBuilder();
        var nodeCount = Snapshot.NodeCount;
        foreach (var (id, draft) in _nodeDrafts)
        {
            nodeCount += (draft.Original is null ? 0 : -1) + (draft.Deleted ? 0 : 1);
            nodes.Set(id, draft.Deleted ? null : Freeze(id, draft));
        }
        var relationships = Snapshot.Relationships.ToBuilder();
        var relationshipCount = Snapshot.RelationshipCount;
        foreach (var (id, draft) in _relationshipDrafts)
        {
            relationshipCount += (draft.Original is null ? 0 : -1) + (draft.Deleted ? 0 : 1);
            relationships.Set(id, draft.Deleted ? null : Freeze(id, draft));
        }
        var nodeArray = nodes.Build();
        var labelChanges = LabelChanges();
        var nodesByLabel = ApplyIndexChanges(Snapshot.NodesByLabel, labelChanges);
        var relationshipArray = relationships.Build();
        return new GraphSnapshot(
            nodeArray,
            relationshipArray,
            nodesByLabel,
            UpdatedLabelBits(nodesByLabel, labelChanges.Keys),
            UpdatedTypeIndex(),
            _schema,
            IndexBuilder.Update(Snapshot, _schema, nodeArray, _nodeDrafts),
            nodeCount,
            relationshipCount,
            Snapshot.Version + 1,
            Snapshot.NodeBoxes.CoveringIdsBelow(nodeArray.Length),
            Snapshot.RelationshipBoxes.CoveringIdsBelow(relationshipArray.Length),
            NodePropertyColumns.KeysAfterCommit(Snapshot.NodeKeys, _nodeDrafts.Values.Where(d => !d.Deleted).SelectMany(d => d.Properties.Keys)))
        {
            Lineage = (Snapshot.Lineage ?? SnapshotLineage.Start(Snapshot.Version, new Search.FullTextBases()))
                .Next(Snapshot.Version + 1, _nodeDrafts.Keys, _relationshipDrafts.Keys),
        };
    }

    /// <summary>What the transaction changed, as observable after commit (a node created and deleted counts as nothing).</summary>
    public QueryCounters Counters()
    {
        int nodesCreated = 0, nodesDeleted = 0, labelsAdded = 0, labelsRemoved = 0;
        foreach (var draft in _nodeDrafts.Values)
        {
            if (draft.Original is null) nodesCreated += draft.Deleted ? 0 : 1;
            else if (draft.Deleted) nodesDeleted++;
            if (draft.Deleted) continue;
            var before = draft.Original?.Labels ?? [];
            labelsAdded += draft.Labels.Count(l => !before.Contains(l, StringComparer.Ordinal));
            labelsRemoved += before.Count(l => !draft.Labels.Contains(l));
        }
        int relationshipsCreated = 0, relationshipsDeleted = 0;
        foreach (var draft in _relationshipDrafts.Values)
        {
            if (draft.Original is null) relationshipsCreated += draft.Deleted ? 0 : 1;
            else if (draft.Deleted) relationshipsDeleted++;
        }
        return new QueryCounters(nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted,
            _propertiesSet, labelsAdded, labelsRemoved);
    }

    private void VerifyDeletedNodesAreDetached()
    {
        foreach (var (id, draft) in _nodeDrafts)
        {
            if (draft.Deleted && (draft.Outgoing.Count > 0 || draft.Incoming.Count > 0))
                throw new CypherException("ConstraintVerificationFailed", "DeleteConnectedNode", QueryPhase.Runtime,
                    $"Cannot delete node {id} because it still has relationships; use DETACH DELETE to delete them too.");
        }
    }

    private NodeRecord Freeze(int id, NodeDraft draft)
    {
        var (keys, values) = _pool!.Properties(draft.Properties);
        return new NodeRecord(id, _pool.NameSet(draft.Labels), keys, values,
            Hops(draft.Outgoing, outgoing: true), Hops(draft.Incoming, outgoing: false));
    }

    private Hop[] Hops(List<int> relationships, bool outgoing)
    {
        if (relationships.Count == 0) return [];
        var hops = new Hop[relationships.Count];
        for (var i = 0; i < hops.Length; i++)
        {
            var relationship = relationships[i];
            var other = outgoing ? EndNode(relationship) : StartNode(relationship);
            hops[i] = new Hop(relationship, other, _pool!.Name(RelationshipType(relationship)));
        }
        return hops;
    }

    private RelationshipRecord Freeze(int id, RelationshipDraft draft)
    {
        var (keys, values) = _pool!.Properties(draft.Properties);
        return new RelationshipRecord(id, _pool.Name(draft.Type), draft.Start, draft.End, keys, values);
    }

    private Dictionary<string, (HashSet<int> Removed, List<int> Added)> LabelChanges()
    {
        var changes = new Dictionary<string, (HashSet<int> Removed, List<int> Added)>(StringComparer.Ordinal);
        foreach (var (id, draft) in _nodeDrafts)
        {
            var before = draft.Original?.Labels ?? [];
            var after = draft.Deleted ? [] : draft.Labels;
            foreach (var label in before.Where(l => !after.Contains(l))) Change(changes, label).Removed.Add(id);
            foreach (var label in after.Where(l => !before.Contains(l, StringComparer.Ordinal))) Change(changes, label).Added.Add(id);
        }
        return changes;
    }

    private IReadOnlyDictionary<string, ulong[]> UpdatedLabelBits(IReadOnlyDictionary<string, int[]> nodesByLabel, IEnumerable<string> changed)
    {
        var updated = new Dictionary<string, ulong[]>(Snapshot.LabelBits, StringComparer.Ordinal);
        foreach (var label in changed)
        {
            if (!nodesByLabel.TryGetValue(label, out var ids))
            {
                updated.Remove(label);
                continue;
            }
            var bits = new ulong[(ids[^1] >> 6) + 1];
            foreach (var id in ids) bits[id >> 6] |= 1UL << (id & 63);
            updated[_pool!.Name(label)] = bits;
        }
        return updated;
    }

    private IReadOnlyDictionary<string, int[]> UpdatedTypeIndex()
    {
        var changes = new Dictionary<string, (HashSet<int> Removed, List<int> Added)>(StringComparer.Ordinal);
        foreach (var (id, draft) in _relationshipDrafts)
        {
            if (draft.Original is null && !draft.Deleted) Change(changes, draft.Type).Added.Add(id);
            else if (draft.Original is not null && draft.Deleted) Change(changes, draft.Type).Removed.Add(id);
        }
        return ApplyIndexChanges(Snapshot.RelationshipsByType, changes);
    }

    private static (HashSet<int> Removed, List<int> Added) Change(
        Dictionary<string, (HashSet<int> Removed, List<int> Added)> changes, string name)
    {
        if (!changes.TryGetValue(name, out var change)) changes[name] = change = ([], []);
        return change;
    }

    private IReadOnlyDictionary<string, int[]> ApplyIndexChanges(
        IReadOnlyDictionary<string, int[]> index, Dictionary<string, (HashSet<int> Removed, List<int> Added)> changes)
    {
        if (changes.Count == 0) return index;
        var updated = new Dictionary<string, int[]>(index, StringComparer.Ordinal);
        foreach (var (name, (removed, added)) in changes)
        {
            var current = updated.GetValueOrDefault(name) ?? [];
            var ids = current.Where(id => !removed.Contains(id)).Concat(added).ToArray();
            Array.Sort(ids);
            if (ids.Length == 0) updated.Remove(name);
            else updated[_pool!.Name(name)] = ids;
        }
        return updated;
    }
}
