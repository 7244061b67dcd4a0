namespace PolicyGraph.Core.Model;

/// <summary>
/// A directed, typed relationship between two nodes, referenced by their stable ids.
/// Property values follow the same rules as <see cref="GraphNode"/>.
/// </summary>
/// <remarks>
/// A relationship made with <see cref="Between"/> has the id <see cref="ComposeId"/> gives its type and ends, made
/// when first read: the extractor builds tens of thousands of relationships whose ids are read only when the graph
/// is written out, and a string of a hundred characters per edge is the largest part of an edge kept in memory.
/// </remarks>
public sealed record GraphRelationship
{
    private string? _id;

    public GraphRelationship(string Id, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object> Properties)
        : this(Type, StartId, EndId, Properties)
    {
        ArgumentNullException.ThrowIfNull(Id);
        _id = Id;
    }

    private GraphRelationship(string type, string startId, string endId, IReadOnlyDictionary<string, object> properties)
    {
        Type = type;
        StartId = startId;
        EndId = endId;
        Properties = properties;
    }

    /// <summary>A copy (<c>with</c>) keeps the id of the original, whatever its ends become.</summary>
    private GraphRelationship(GraphRelationship original)
    {
        _id = original.Id;
        Type = original.Type;
        StartId = original.StartId;
        EndId = original.EndId;
        Properties = original.Properties;
    }

    /// <summary>A relationship whose id is <see cref="ComposeId"/> of its type and ends.</summary>
    public static GraphRelationship Between(string type, string startId, string endId, IReadOnlyDictionary<string, object> properties) =>
        new(type, startId, endId, properties);

    /// <summary>The id of the graph contract (cypher/README.md) for a relationship of a type between two nodes.</summary>
    public static string ComposeId(string type, string startId, string endId) => $"{type}:{startId}->{endId}";

    public string Id => _id ??= ComposeId(Type, StartId, EndId);

    public string Type { get; init; }

    public string StartId { get; init; }

    public string EndId { get; init; }

    public IReadOnlyDictionary<string, object> Properties { get; init; }

    public object? this[string key] => Properties.TryGetValue(key, out var value) ? value : null;

    public bool Equals(GraphRelationship? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Type == other.Type && StartId == other.StartId
            && EndId == other.EndId && EqualityComparer<IReadOnlyDictionary<string, object>>.Default.Equals(Properties, other.Properties)));

    public override int GetHashCode() => HashCode.Combine(Id, Type, StartId, EndId, Properties);

    public void Deconstruct(out string Id, out string Type, out string StartId, out string EndId, out IReadOnlyDictionary<string, object> Properties) =>
        (Id, Type, StartId, EndId, Properties) = (this.Id, this.Type, this.StartId, this.EndId, this.Properties);
}
