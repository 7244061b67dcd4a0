using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

// Replaying a logged commit: the same entities, with the ids they had, in the state the commit left them.
public sealed partial class GraphTransaction
{
    internal IEnumerable<int> DraftedNodeIds => _nodeDrafts.Keys;

    internal IEnumerable<int> DraftedRelationshipIds => _relationshipDrafts.Keys;

    internal void Apply(CommitRecord commit)
    {
        EnsureWritable();
        foreach (var (id, after) in commit.Relationships)
            if (after is null && Snapshot.Relationships[id] is not null) DeleteRelationship(id);
        foreach (var (id, after) in commit.Nodes)
        {
            if (after is not null) ApplyNode(id, after);
            else if (Snapshot.Nodes[id] is not null) DeleteNode(id, detach: true);
        }
        foreach (var (id, after) in commit.Relationships)
            if (after is not null) ApplyRelationship(id, after);
        if (commit.Schema is not null) _schema = commit.Schema;
        ReserveIds(commit.NodesLength, commit.RelationshipsLength);
    }

    private void ApplyNode(int id, StoredNode after)
    {
        NodeDraft draft;
        if (Snapshot.Nodes[id] is not null)
        {
            draft = DraftNode(id);
            draft.Labels.Clear();
            foreach (var key in draft.Properties.Keys.ToArray()) SetNodeProperty(id, key, null);
        }
        else
        {
            draft = new NodeDraft(null, [], new OrderedDictionary<string, object>(StringComparer.Ordinal), [], []);
            _nodeDrafts[id] = draft;
            _nextNodeId = Math.Max(_nextNodeId, id + 1);
        }
        draft.Labels.AddRange(after.Labels);
        for (var i = 0; i < after.Keys.Length; i++) SetNodeProperty(id, after.Keys[i], after.Values[i]);
    }

    private void ApplyRelationship(int id, StoredRelationship after)
    {
        if (Snapshot.Relationships[id] is not null)
        {
            var draft = DraftRelationship(id);
            draft.Properties.Clear();
        }
        else
        {
            _relationshipDrafts[id] = new RelationshipDraft(null, after.Type, after.Start, after.End, new OrderedDictionary<string, object>(StringComparer.Ordinal));
            DraftNode(after.Start).Outgoing.Add(id);
            DraftNode(after.End).Incoming.Add(id);
            _nextRelationshipId = Math.Max(_nextRelationshipId, id + 1);
        }
        for (var i = 0; i < after.Keys.Length; i++) SetRelationshipProperty(id, after.Keys[i], after.Values[i]);
    }

    /// <summary>Ids taken by entities created and deleted in the logged transaction stay taken, as they were.</summary>
    private void ReserveIds(int nodesLength, int relationshipsLength)
    {
        if (nodesLength > _nextNodeId)
        {
            _nodeDrafts[nodesLength - 1] = new NodeDraft(null, [], new OrderedDictionary<string, object>(StringComparer.Ordinal), [], []) { Deleted = true };
            _nextNodeId = nodesLength;
        }
        if (relationshipsLength > _nextRelationshipId)
        {
            _relationshipDrafts[relationshipsLength - 1] =
                new RelationshipDraft(null, "", 0, 0, new OrderedDictionary<string, object>(StringComparer.Ordinal)) { Deleted = true };
            _nextRelationshipId = relationshipsLength;
        }
    }
}
