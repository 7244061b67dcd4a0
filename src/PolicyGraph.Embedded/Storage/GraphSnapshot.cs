using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// One immutable, committed state of the graph. Readers hold a snapshot for the whole query, so they never
/// observe a write half done; a write transaction produces the next snapshot and the store swaps the reference.
/// </summary>
public sealed class GraphSnapshot
{
    public static GraphSnapshot Empty { get; } = new(
        ChunkedArray<NodeRecord>.Empty,
        ChunkedArray<RelationshipRecord>.Empty,
        new Dictionary<string, int[]>(StringComparer.Ordinal),
        new Dictionary<string, ulong[]>(StringComparer.Ordinal),
        new Dictionary<string, int[]>(StringComparer.Ordinal),
        SchemaCatalog.Empty,
        new Dictionary<string, PropertyIndex>(StringComparer.Ordinal)
        {
            [IndexDefinition.ImplicitId.Name] = new(IndexDefinition.ImplicitId, []),
        },
        0,
        0,
        0,
        EntityBoxes.NoNodes,
        EntityBoxes.NoRelationships,
        NodePropertyColumns.NoKeys);

    public GraphSnapshot(
        ChunkedArray<NodeRecord> nodes,
        ChunkedArray<RelationshipRecord> relationships,
        IReadOnlyDictionary<string, int[]> nodesByLabel,
        IReadOnlyDictionary<string, ulong[]> labelBits,
        IReadOnlyDictionary<string, int[]> relationshipsByType,
        SchemaCatalog schema,
        IReadOnlyDictionary<string, PropertyIndex> propertyIndexes,
        int nodeCount,
        int relationshipCount,
        long version,
        EntityBoxes nodeBoxes,
        EntityBoxes relationshipBoxes,
        Lazy<IReadOnlySet<string>> nodeKeys)
    {
        NodeBoxes = nodeBoxes;
        RelationshipBoxes = relationshipBoxes;
        Nodes = nodes;
        NodeKeys = nodeKeys;
        NodeColumns = new NodePropertyColumns(nodes, nodeKeys);
        Relationships = relationships;
        NodesByLabel = nodesByLabel;
        LabelBits = labelBits;
        RelationshipsByType = relationshipsByType;
        Schema = schema;
        PropertyIndexes = propertyIndexes;
        NodeCount = nodeCount;
        RelationshipCount = relationshipCount;
        Version = version;
    }

    public ChunkedArray<NodeRecord> Nodes { get; }

    /// <summary>Node property columns of this snapshot, made per key once scans read it (see <see cref="NodePropertyColumns"/>).</summary>
    internal NodePropertyColumns NodeColumns { get; }

    /// <summary>The property keys some node has (a superset after deletions), made on first use.</summary>
    internal Lazy<IReadOnlySet<string>> NodeKeys { get; }

    public ChunkedArray<RelationshipRecord> Relationships { get; }

    /// <summary>Sorted node ids per label.</summary>
    public IReadOnlyDictionary<string, int[]> NodesByLabel { get; }

    /// <summary>
    /// One bit per node id per label: label checks during expansion then touch a few cache lines instead of
    /// every node record (this halves the cost of patterns like <c>-[:T]->(m:Label)</c> on large graphs).
    /// </summary>
    public IReadOnlyDictionary<string, ulong[]> LabelBits { get; }

    /// <summary>Sorted relationship ids per type.</summary>
    public IReadOnlyDictionary<string, int[]> RelationshipsByType { get; }

    public SchemaCatalog Schema { get; }

    /// <summary>Node property indexes by index name.</summary>
    public IReadOnlyDictionary<string, PropertyIndex> PropertyIndexes { get; }

    /// <summary>Live (not deleted) nodes.</summary>
    public int NodeCount { get; }

    public int RelationshipCount { get; }

    /// <summary>Increases with every commit.</summary>
    public long Version { get; }

    /// <summary>What the commits since the store opened touched, and the store's search state; null for <see cref="Empty"/>.</summary>
    internal SnapshotLineage? Lineage { get; init; }

    /// <summary>Boxed node references, made once per id for the whole store (see <see cref="EntityBoxes"/>).</summary>
    public EntityBoxes NodeBoxes { get; }

    public EntityBoxes RelationshipBoxes { get; }

    /// <summary>
    /// The boxed <see cref="NodeRef"/> of a node, shared by every query: rows hold values as objects, and reusing one
    /// box per node removes an allocation per matched row.
    /// </summary>
    public object BoxedNode(int id) => NodeBoxes.Get(id);

    public object BoxedRelationship(int id) => RelationshipBoxes.Get(id);

    /// <summary>Whether the committed node <paramref name="id"/> has <paramref name="label"/>, from the bitsets.</summary>
    public bool HasCommittedLabel(int id, string label) =>
        LabelBits.TryGetValue(label, out var bits) && (uint)(id >> 6) < (uint)bits.Length && (bits[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>An index answering "nodes with this label (or any, when null) and property value", preferring a label-specific one.</summary>
    public PropertyIndex? FindIndex(string? label, string property) =>
        PropertyIndexes.Values.FirstOrDefault(i => !i.Definition.AnyLabel && i.Definition.Covers(label, property)) ??
        PropertyIndexes.Values.FirstOrDefault(i => i.Definition.Covers(label, property));
}
