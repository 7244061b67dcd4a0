namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// A committed node. Arrays are never mutated after the record is built; label and key arrays are interned by
/// the store so that nodes of the same shape share them (this is what keeps a node at a few hundred bytes).
/// <see cref="PropertyKeys"/> is in the order the properties were first set (as Neo4j returns <c>keys(n)</c>) and
/// parallel to <see cref="PropertyValues"/>.
/// </summary>
public sealed record NodeRecord(
    int Id,
    string[] Labels,
    string[] PropertyKeys,
    object[] PropertyValues,
    Hop[] Outgoing,
    Hop[] Incoming);

/// <summary>
/// One adjacency entry: the relationship, the node at its other end and its (interned) type. Keeping the far
/// end and type inline lets expansion filter by type and step to the neighbour without touching the
/// relationship record, which on a large graph is a cache miss per candidate.
/// </summary>
public readonly record struct Hop(int Relationship, int Other, string Type);

/// <summary>A committed relationship; property layout as in <see cref="NodeRecord"/>.</summary>
public sealed record RelationshipRecord(
    int Id,
    string Type,
    int Start,
    int End,
    string[] PropertyKeys,
    object[] PropertyValues);

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}

internal static class PropertyArrays
{
    public static int IndexOf(string[] keys, string key)
    {
        // Keys are interned by the store, and a query's key strings are often those very instances: a reference
        // pass settles most lookups without comparing characters.
        for (var i = 0; i < keys.Length; i++)
            if (ReferenceEquals(keys[i], key)) return i;
        for (var i = 0; i < keys.Length; i++)
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public static object? Get(string[] keys, object[] values, string key)
    {
        var index = IndexOf(keys, key);
        return index < 0 ? null : values[index];
    }

    public static OrderedDictionary<string, object> ToDictionary(string[] keys, object[] values)
    {
        var map = new OrderedDictionary<string, object>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++) map[keys[i]] = values[i];
        return map;
    }
}
