using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The graph as one query sees it: a committed snapshot plus the query's own uncommitted changes (drafts).
/// A read-only transaction never has drafts. Not thread-safe: one query uses it at a time.
/// </summary>
public sealed partial class GraphTransaction : IGraphReader
{
    private readonly Dictionary<int, NodeDraft> _nodeDrafts = [];
    private readonly Dictionary<int, RelationshipDraft> _relationshipDrafts = [];
    private readonly InternPool? _pool;
    private int _nextNodeId;
    private int _nextRelationshipId;
    private SchemaCatalog _schema;

    internal GraphTransaction(GraphSnapshot snapshot, InternPool? pool)
    {
        Snapshot = snapshot;
        _pool = pool;
        _nextNodeId = snapshot.Nodes.Length;
        _nextRelationshipId = snapshot.Relationships.Length;
        _schema = snapshot.Schema;
    }

    /// <summary>The committed state this transaction started from.</summary>
    public GraphSnapshot Snapshot { get; }

    public bool IsWritable => _pool is not null;

    /// <summary>The schema as this transaction sees it (its own schema commands included).</summary>
    public SchemaCatalog Schema => _schema;

    public bool HasChanges => _nodeDrafts.Count > 0 || _relationshipDrafts.Count > 0 || !ReferenceEquals(_schema, Snapshot.Schema);

    public bool NodeExists(int id) =>
        _nodeDrafts.TryGetValue(id, out var draft) ? !draft.Deleted : Snapshot.Nodes.Contains(id);

    public bool RelationshipExists(int id) =>
        _relationshipDrafts.TryGetValue(id, out var draft) ? !draft.Deleted : Snapshot.Relationships.Contains(id);

    public bool IsDeleted(NodeRef node) => !NodeExists(checked((int)node.Id));

    public bool IsDeleted(RelationshipRef relationship) => !RelationshipExists(checked((int)relationship.Id));

    public IReadOnlyList<string> LabelsOf(NodeRef node) => Labels(LiveNode(node));

    public bool HasLabel(NodeRef node, string label) => HasLabel(LiveNode(node), label);

    public object? PropertyOf(NodeRef node, string key) => NodeProperty(LiveNode(node), key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeRef node) => NodeProperties(LiveNode(node));

    public string TypeOf(RelationshipRef relationship) => RelationshipType((int)relationship.Id);

    public object? PropertyOf(RelationshipRef relationship, string key) =>
        RelationshipProperty(LiveRelationship(relationship), key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipRef relationship) =>
        RelationshipProperties(LiveRelationship(relationship));

    public NodeRef StartOf(RelationshipRef relationship) => new(StartNode((int)relationship.Id));

    public NodeRef EndOf(RelationshipRef relationship) => new(EndNode((int)relationship.Id));

    // The methods below take internal ids and do not check for deletion: the result boundary still renders
    // entities deleted by the query that returns them.

    public IReadOnlyList<string> Labels(int node) =>
        _nodeDrafts.TryGetValue(node, out var draft) ? draft.Labels.ToArray()
        : Snapshot.Nodes.UnbuiltHead(node) as string[] ?? RequireNode(node).Labels;

    public bool HasLabel(int node, string label)
    {
        if (_nodeDrafts.TryGetValue(node, out var draft)) return draft.Labels.Contains(label, StringComparer.Ordinal);
        return Snapshot.HasCommittedLabel(node, label);
    }

    /// <summary>Whether this transaction holds a draft (a change or deletion) of the node.</summary>
    public bool IsDrafted(int node) => _nodeDrafts.Count != 0 && _nodeDrafts.ContainsKey(node);

    /// <summary>Resolves a label once for many <see cref="LabelCheck.IsOn"/> tests.</summary>
    public LabelCheck ResolveLabel(string label) => new(this, label, Snapshot.LabelBits.GetValueOrDefault(label));

    public object? NodeProperty(int node, string key)
    {
        if (_nodeDrafts.TryGetValue(node, out var draft)) return draft.Properties.GetValueOrDefault(key);
        if (Snapshot.NodeColumns.TryGet(node, key, out var value)) return value;
        var record = RequireNode(node);
        return PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key);
    }

    public IReadOnlyDictionary<string, object?> NodeProperties(int node)
    {
        if (_nodeDrafts.TryGetValue(node, out var draft)) return Copy(draft.Properties);
        var record = RequireNode(node);
        return ToMap(record.PropertyKeys, record.PropertyValues);
    }

    public string RelationshipType(int relationship) =>
        _relationshipDrafts.TryGetValue(relationship, out var draft) ? draft.Type
        : Snapshot.Relationships.UnbuiltHead(relationship) as string ?? RequireRelationship(relationship).Type;

    public int StartNode(int relationship) =>
        _relationshipDrafts.TryGetValue(relationship, out var draft) ? draft.Start : RequireRelationship(relationship).Start;

    public int EndNode(int relationship) =>
        _relationshipDrafts.TryGetValue(relationship, out var draft) ? draft.End : RequireRelationship(relationship).End;

    public object? RelationshipProperty(int relationship, string key)
    {
        if (_relationshipDrafts.TryGetValue(relationship, out var draft)) return draft.Properties.GetValueOrDefault(key);
        // A relationship whose chunk is not built is read from the store's file: one value, no chunk of records.
        if (Snapshot.Relationships.TryReadUnbuiltValue(relationship, key, out var value)) return value;
        var record = RequireRelationship(relationship);
        return PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key);
    }

    public IReadOnlyDictionary<string, object?> RelationshipProperties(int relationship)
    {
        if (_relationshipDrafts.TryGetValue(relationship, out var draft)) return Copy(draft.Properties);
        var record = RequireRelationship(relationship);
        return ToMap(record.PropertyKeys, record.PropertyValues);
    }

    private int LiveNode(NodeRef node)
    {
        var id = checked((int)node.Id);
        if (!NodeExists(id)) throw DeletedAccess("node", node.Id);
        return id;
    }

    private int LiveRelationship(RelationshipRef relationship)
    {
        var id = checked((int)relationship.Id);
        if (!RelationshipExists(id)) throw DeletedAccess("relationship", relationship.Id);
        return id;
    }

    private NodeRecord RequireNode(int id) =>
        Snapshot.Nodes[id] ?? throw new CypherException("EntityNotFound", "EntityNotFound", QueryPhase.Runtime, $"Node {id} does not exist.");

    private RelationshipRecord RequireRelationship(int id) =>
        Snapshot.Relationships[id] ?? throw new CypherException("EntityNotFound", "EntityNotFound", QueryPhase.Runtime, $"Relationship {id} does not exist.");

    internal static CypherException DeletedAccess(string kind, long id) =>
        new("EntityNotFound", "DeletedEntityAccess", QueryPhase.Runtime, $"The {kind} {id} has been deleted in this query.");

    private static IReadOnlyDictionary<string, object?> Copy(OrderedDictionary<string, object> properties)
    {
        var copy = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var (key, value) in properties) copy[key] = value;
        return copy;
    }

    private static IReadOnlyDictionary<string, object?> ToMap(string[] keys, object[] values)
    {
        var map = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++) map[keys[i]] = values[i];
        return map;
    }
}
