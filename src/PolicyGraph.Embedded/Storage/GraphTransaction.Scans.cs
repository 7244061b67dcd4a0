namespace PolicyGraph.Embedded.Storage;

// Enumerations used by the matcher. Each merges the snapshot's indexes with the transaction's drafts.
public sealed partial class GraphTransaction
{
    public IEnumerable<int> AllNodes()
    {
        for (var id = 0; id < _nextNodeId; id++)
            if (NodeExists(id)) yield return id;
    }

    public IEnumerable<int> AllRelationships()
    {
        for (var id = 0; id < _nextRelationshipId; id++)
            if (RelationshipExists(id)) yield return id;
    }

    /// <summary>Live nodes carrying <paramref name="label"/>, committed ones first in id order.</summary>
    public IEnumerable<int> NodesWithLabel(string label)
    {
        if (Snapshot.NodesByLabel.TryGetValue(label, out var committed))
        {
            foreach (var id in committed)
                if (!_nodeDrafts.TryGetValue(id, out var draft) || (!draft.Deleted && draft.Labels.Contains(label)))
                    yield return id;
        }
        if (_nodeDrafts.Count == 0) yield break;
        foreach (var (id, draft) in _nodeDrafts.OrderBy(d => d.Key))
        {
            var wasIndexed = draft.Original is not null && draft.Original.Labels.Contains(label, StringComparer.Ordinal);
            if (!wasIndexed && !draft.Deleted && draft.Labels.Contains(label)) yield return id;
        }
    }

    /// <summary>Live nodes carrying any of <paramref name="labels"/>, each once, in id order.</summary>
    public IEnumerable<int> NodesWithAnyLabel(IEnumerable<string> labels)
    {
        var ids = new SortedSet<int>();
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
            foreach (var id in NodesWithLabel(label)) ids.Add(id);
        return ids;
    }

    /// <summary>Upper bound of <see cref="NodesWithLabel"/>'s size, for choosing where a pattern starts.</summary>
    public int EstimateLabelCount(string label) =>
        (Snapshot.NodesByLabel.TryGetValue(label, out var ids) ? ids.Length : 0) + _nodeDrafts.Count;

    public int EstimateNodeCount() => Snapshot.NodeCount + _nodeDrafts.Count;

    /// <summary>Upper bound of the number of relationships of <paramref name="type"/>, for planning.</summary>
    public int EstimateRelationshipTypeCount(string type) =>
        (Snapshot.RelationshipsByType.TryGetValue(type, out var ids) ? ids.Length : 0) + _relationshipDrafts.Count;

    public int EstimateRelationshipCount() => Snapshot.RelationshipCount + _relationshipDrafts.Count;

    public IEnumerable<int> RelationshipsOfType(string type)
    {
        if (Snapshot.RelationshipsByType.TryGetValue(type, out var committed))
        {
            foreach (var id in committed)
                if (!_relationshipDrafts.TryGetValue(id, out var draft) || !draft.Deleted) yield return id;
        }
        foreach (var (id, draft) in _relationshipDrafts.OrderBy(d => d.Key))
            if (draft.Original is null && !draft.Deleted && draft.Type == type) yield return id;
    }

    /// <summary>
    /// Live nodes with <paramref name="label"/> (any label when null) whose <paramref name="key"/> equals <paramref name="value"/>, through a
    /// property index; null when no index covers the lookup (the caller scans instead).
    /// </summary>
    public IEnumerable<int>? NodesWithProperty(string? label, string key, object? value)
    {
        var index = Snapshot.FindIndex(label, key);
        if (index is null || !IndexKey.TryNormalize(value, out var normalized)) return null;
        return IndexedNodes(index, label, key, normalized);
    }

    private IEnumerable<int> IndexedNodes(PropertyIndex index, string? label, string key, object normalized)
    {
        var checkLabel = label is not null && index.Definition.AnyLabel;
        foreach (var id in index.Lookup(normalized))
            if (!_nodeDrafts.ContainsKey(id) && (!checkLabel || HasLabel(id, label!))) yield return id;
        if (_nodeDrafts.Count == 0) yield break;
        foreach (var id in DraftedNodesWith(label, key, normalized)) yield return id;
    }

    /// <summary>Relationship ids leaving the node (committed or drafted), never including deleted ones.</summary>
    public IReadOnlyList<int> Outgoing(int node) =>
        _nodeDrafts.TryGetValue(node, out var draft) ? draft.Outgoing : RequireNode(node).Outgoing.Select(h => h.Relationship).ToArray();

    public IReadOnlyList<int> Incoming(int node) =>
        _nodeDrafts.TryGetValue(node, out var draft) ? draft.Incoming : RequireNode(node).Incoming.Select(h => h.Relationship).ToArray();

    /// <summary>Labels carried by at least one live node.</summary>
    public IEnumerable<string> LabelsInUse() =>
        Snapshot.NodesByLabel.Keys.Concat(_nodeDrafts.Values.SelectMany(d => d.Labels)).Distinct()
            .Where(label => NodesWithLabel(label).Any());

    public IEnumerable<string> RelationshipTypesInUse() =>
        Snapshot.RelationshipsByType.Keys.Concat(_relationshipDrafts.Values.Select(d => d.Type)).Distinct()
            .Where(type => RelationshipsOfType(type).Any());

    /// <summary>Property keys used by any live node or relationship (a full scan).</summary>
    public IEnumerable<string> PropertyKeysInUse() =>
        AllNodes().SelectMany(n => NodeProperties(n).Keys)
            .Concat(AllRelationships().SelectMany(r => RelationshipProperties(r).Keys))
            .Distinct();
}
