using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>A node as the files hold it: labels and properties (adjacency is rebuilt from the relationships).</summary>
internal sealed record StoredNode(int Id, string[] Labels, string[] Keys, object[] Values);

internal sealed record StoredRelationship(int Id, string Type, int Start, int End, string[] Keys, object[] Values);

/// <summary>
/// One committed transaction as the write-ahead log holds it: the state after the commit of every node and
/// relationship it touched (null when deleted), the schema when it changed, and the id ranges after it (ids are
/// never reused, so replay gives every entity the id it had).
/// </summary>
internal sealed record CommitRecord(
    long Version,
    int NodesLength,
    int RelationshipsLength,
    SchemaCatalog? Schema,
    IReadOnlyList<(int Id, StoredNode? After)> Nodes,
    IReadOnlyList<(int Id, StoredRelationship? After)> Relationships)
{
    public static CommitRecord From(GraphTransaction transaction, GraphSnapshot committed) => new(
        committed.Version,
        committed.Nodes.Length,
        committed.Relationships.Length,
        ReferenceEquals(committed.Schema, transaction.Snapshot.Schema) ? null : committed.Schema,
        transaction.DraftedNodeIds.Order().Select(id => (id, Stored(committed.Nodes[id]))).ToList(),
        transaction.DraftedRelationshipIds.Order().Select(id => (id, Stored(committed.Relationships[id]))).ToList());

    public static StoredNode? Stored(NodeRecord? node) =>
        node is null ? null : new StoredNode(node.Id, node.Labels, node.PropertyKeys, node.PropertyValues);

    public static StoredRelationship? Stored(RelationshipRecord? relationship) =>
        relationship is null ? null : new StoredRelationship(relationship.Id, relationship.Type, relationship.Start, relationship.End,
            relationship.PropertyKeys, relationship.PropertyValues);
}
