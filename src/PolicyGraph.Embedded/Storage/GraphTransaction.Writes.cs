using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Storage;

// Mutations. Every change goes into a draft; nothing touches the snapshot until Commit.
public sealed partial class GraphTransaction
{
    private int _propertiesSet;

    /// <summary>Property writes and removals performed so far (Neo4j's "properties set").</summary>
    public int PropertiesSet => _propertiesSet;

    public int CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureWritable();
        var id = _nextNodeId++;
        var draft = new NodeDraft(null, [], new OrderedDictionary<string, object>(StringComparer.Ordinal), [], []);
        _nodeDrafts[id] = draft;
        foreach (var label in labels)
            if (!draft.Labels.Contains(label)) draft.Labels.Add(label);
        foreach (var (key, value) in properties) SetNodeProperty(id, key, value);
        return id;
    }

    public int CreateRelationship(string type, int start, int end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        EnsureWritable();
        var startDraft = DraftNode(start);
        var endDraft = DraftNode(end);
        if (startDraft.Deleted || endDraft.Deleted) throw DeletedAccess("node", startDraft.Deleted ? start : end);
        var id = _nextRelationshipId++;
        _relationshipDrafts[id] = new RelationshipDraft(null, type, start, end, new OrderedDictionary<string, object>(StringComparer.Ordinal));
        startDraft.Outgoing.Add(id);
        endDraft.Incoming.Add(id);
        foreach (var (key, value) in properties) SetRelationshipProperty(id, key, value);
        return id;
    }

    /// <summary>Sets or (with a null value) removes a node property.</summary>
    public void SetNodeProperty(int node, string key, object? value)
    {
        var draft = LiveDraftNode(node);
        var before = draft.Properties.GetValueOrDefault(key);
        Assign(draft.Properties, key, value);
        ReindexDraft(node, key, before, draft.Properties.GetValueOrDefault(key));
    }

    public void SetRelationshipProperty(int relationship, string key, object? value)
    {
        var draft = DraftRelationship(relationship);
        if (draft.Deleted) throw DeletedAccess("relationship", relationship);
        Assign(draft.Properties, key, value);
    }

    /// <summary>Adds a label; false when the node already had it.</summary>
    public bool AddLabel(int node, string label)
    {
        var draft = LiveDraftNode(node);
        if (draft.Labels.Contains(label)) return false;
        draft.Labels.Add(label);
        return true;
    }

    public bool RemoveLabel(int node, string label) => LiveDraftNode(node).Labels.Remove(label);

    /// <summary>Deletes a relationship; false when it was already deleted.</summary>
    public bool DeleteRelationship(int relationship)
    {
        EnsureWritable();
        var draft = DraftRelationship(relationship);
        if (draft.Deleted) return false;
        draft.Deleted = true;
        DraftNode(draft.Start).Outgoing.Remove(relationship);
        DraftNode(draft.End).Incoming.Remove(relationship);
        return true;
    }

    /// <summary>
    /// Deletes a node (and with <paramref name="detach"/> its relationships). A node still connected at commit
    /// time fails the commit, so relationships deleted later in the same query are fine.
    /// </summary>
    public bool DeleteNode(int node, bool detach)
    {
        EnsureWritable();
        var draft = DraftNode(node);
        if (draft.Deleted) return false;
        if (detach)
        {
            foreach (var relationship in draft.Outgoing.Concat(draft.Incoming).ToArray())
                DeleteRelationship(relationship);
        }
        draft.Deleted = true;
        return true;
    }

    private void Assign(OrderedDictionary<string, object> properties, string key, object? value)
    {
        var stored = PropertyValues.ToStored(value, key);
        _propertiesSet++;
        if (stored is null) properties.Remove(key);
        else properties[key] = stored;
    }

    private NodeDraft LiveDraftNode(int node)
    {
        var draft = DraftNode(node);
        if (draft.Deleted) throw DeletedAccess("node", node);
        return draft;
    }

    private NodeDraft DraftNode(int node)
    {
        EnsureWritable();
        if (_nodeDrafts.TryGetValue(node, out var draft)) return draft;
        draft = NodeDraft.From(RequireNode(node));
        _nodeDrafts[node] = draft;
        IndexDraft(node, draft);
        return draft;
    }

    private RelationshipDraft DraftRelationship(int relationship)
    {
        EnsureWritable();
        if (_relationshipDrafts.TryGetValue(relationship, out var draft)) return draft;
        draft = RelationshipDraft.From(RequireRelationship(relationship));
        _relationshipDrafts[relationship] = draft;
        return draft;
    }

    private void EnsureWritable()
    {
        if (_pool is null)
            throw new InvalidOperationException("This transaction is read-only; start a write transaction to change the graph.");
    }
}

/// <summary>Checks and converts runtime values into what a property may hold.</summary>
public static class PropertyValues
{
    /// <summary>The stored form of <paramref name="value"/>, or null for "remove the property".</summary>
    public static object? ToStored(object? value, string key) => value switch
    {
        null => null,
        string or bool or long or double or ITemporalValue or SpatialPoint => value,
        int i => (long)i,
        float f => (double)f,
        IReadOnlyList<object?> list => ToStoredList(list, key),
        _ => throw InvalidType(key, value),
    };

    /// <summary>
    /// A list as Neo4j stores it: elements of one simple type and no nulls (the Cypher manual: "homogeneous lists of
    /// simple types can be stored as properties"; an INTEGER and a FLOAT are different types there).
    /// </summary>
    private static object ToStoredList(IReadOnlyList<object?> list, string key)
    {
        var stored = new object[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            stored[i] = list[i] switch
            {
                string or bool or long or double or ITemporalValue or SpatialPoint => list[i]!,
                int n => (long)n,
                _ => throw InvalidType(key, list[i]),
            };
            if (stored[i].GetType() != stored[0].GetType()) throw MixedList(key, stored[0], stored[i]);
        }
        return stored;
    }

    private static CypherException MixedList(string key, object first, object other) => new(
        "TypeError", "InvalidPropertyType", QueryPhase.Runtime,
        $"Property '{key}' cannot hold a list mixing {CypherValues.TypeName(first)} and {CypherValues.TypeName(other)} elements; " +
        "a stored list holds elements of one type only (convert them first, e.g. with toString()).");

    private static CypherException InvalidType(string key, object? value) => new(
        "TypeError", "InvalidPropertyType", QueryPhase.Runtime,
        $"Property '{key}' cannot hold a value of type {value?.GetType().Name ?? "null"}; " +
        "only booleans, numbers, strings, temporal values, points and lists of them can be stored.");
}
