namespace PolicyGraph.Embedded.Values;

// Runtime values inside the executor are plain objects:
//   null, bool, long, double, string,
//   IReadOnlyList<object?>                    (Cypher lists),
//   IReadOnlyDictionary<string, object?>      (Cypher maps),
//   NodeRef, RelationshipRef, PathRef         (graph entities, resolved through IGraphReader).
// They are converted to PolicyGraph.Core.Querying result values only at the result boundary.

/// <summary>A node, by its internal id in the store.</summary>
public readonly record struct NodeRef(long Id);

/// <summary>A relationship, by its internal id in the store.</summary>
public readonly record struct RelationshipRef(long Id);

/// <summary>A path: Nodes.Count == Relationships.Count + 1.</summary>
public sealed record PathRef(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<RelationshipRef> Relationships)
{
    public bool Equals(PathRef? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var n in Nodes) hash.Add(n);
        foreach (var r in Relationships) hash.Add(r);
        return hash.ToHashCode();
    }
}
