namespace PolicyGraph.Tck.Tests.Values;

/// <summary>
/// A value as the TCK writes it in tables, and as the runner sees a result value after conversion.
/// Comparison goes through <see cref="CanonicalText"/>, so two values are equal when their canonical texts are.
/// </summary>
public abstract record TckValue;

public sealed record TckNull : TckValue
{
    public static TckNull Instance { get; } = new();
}

public sealed record TckBoolean(bool Value) : TckValue;

public sealed record TckInteger(long Value) : TckValue;

public sealed record TckFloat(double Value) : TckValue;

public sealed record TckString(string Value) : TckValue;

public sealed record TckList(IReadOnlyList<TckValue> Items) : TckValue;

public sealed record TckMap(IReadOnlyDictionary<string, TckValue> Entries) : TckValue
{
    public static TckMap Empty { get; } = new(new Dictionary<string, TckValue>());
}

/// <summary>Nodes have no identity in the TCK: only the label set and the properties count.</summary>
public sealed record TckNode(IReadOnlyList<string> Labels, TckMap Properties) : TckValue;

/// <summary>Relationships are compared by type and properties; endpoints are not written.</summary>
public sealed record TckRelationship(string Type, TckMap Properties) : TckValue;

/// <summary>One step of a path: the relationship, whether it points along the path, and the node reached.</summary>
public sealed record TckPathHop(TckRelationship Relationship, bool Forward, TckNode Node);

public sealed record TckPath(TckNode Start, IReadOnlyList<TckPathHop> Hops) : TckValue;
