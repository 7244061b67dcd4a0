namespace PolicyGraph.Embedded.Storage;

/// <summary>The mutable, transaction-private copy of a node that the transaction has changed or created.</summary>
internal sealed class NodeDraft
{
    public NodeDraft(NodeRecord? original, List<string> labels, OrderedDictionary<string, object> properties, List<int> outgoing, List<int> incoming)
    {
        Original = original;
        Labels = labels;
        Properties = properties;
        Outgoing = outgoing;
        Incoming = incoming;
    }

    /// <summary>The committed state this draft started from; null for a node created in the transaction.</summary>
    public NodeRecord? Original { get; }

    public List<string> Labels { get; }

    public OrderedDictionary<string, object> Properties { get; }

    public List<int> Outgoing { get; }

    public List<int> Incoming { get; }

    public bool Deleted { get; set; }

    public static NodeDraft From(NodeRecord record) => new(
        record,
        [.. record.Labels],
        PropertyArrays.ToDictionary(record.PropertyKeys, record.PropertyValues),
        [.. record.Outgoing.Select(h => h.Relationship)],
        [.. record.Incoming.Select(h => h.Relationship)]);
}

/// <summary>The mutable, transaction-private copy of a relationship.</summary>
internal sealed class RelationshipDraft
{
    public RelationshipDraft(RelationshipRecord? original, string type, int start, int end, OrderedDictionary<string, object> properties)
    {
        Original = original;
        Type = type;
        Start = start;
        End = end;
        Properties = properties;
    }

    public RelationshipRecord? Original { get; }

    public string Type { get; }

    public int Start { get; }

    public int End { get; }

    public OrderedDictionary<string, object> Properties { get; }

    public bool Deleted { get; set; }

    public static RelationshipDraft From(RelationshipRecord record) => new(
        record, record.Type, record.Start, record.End,
        PropertyArrays.ToDictionary(record.PropertyKeys, record.PropertyValues));
}
