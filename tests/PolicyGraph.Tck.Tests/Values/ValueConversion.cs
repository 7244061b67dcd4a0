using System.Collections;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Tck.Tests.Values;

/// <summary>Converts between the engine's result value model and <see cref="TckValue"/>.</summary>
public static class ValueConversion
{
    /// <summary>A result value (null, bool, long, double, string, list, map, node, relationship, path).</summary>
    public static TckValue FromResult(object? value) => value switch
    {
        null => TckNull.Instance,
        bool b => new TckBoolean(b),
        long or int or short or sbyte => new TckInteger(Convert.ToInt64(value)),
        double or float => new TckFloat(Convert.ToDouble(value)),
        string s => new TckString(s),
        NodeValue node => FromNode(node),
        RelationshipValue rel => FromRelationship(rel),
        PathValue path => FromPath(path),
        IReadOnlyDictionary<string, object?> map => FromMap(map),
        IEnumerable items => new TckList(items.Cast<object?>().Select(FromResult).ToArray()),
        _ => throw new InvalidOperationException(
            $"The engine returned a {value.GetType().FullName}, which is not part of the result value model."),
    };

    /// <summary>A parameter value as the engine expects it: long, double, string, bool, null, list or map.</summary>
    public static object? ToParameter(TckValue value) => value switch
    {
        TckNull => null,
        TckBoolean b => b.Value,
        TckInteger i => i.Value,
        TckFloat f => f.Value,
        TckString s => s.Value,
        TckList list => list.Items.Select(ToParameter).ToList(),
        TckMap map => map.Entries.ToDictionary(e => e.Key, e => ToParameter(e.Value), StringComparer.Ordinal),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be passed as a parameter.", nameof(value)),
    };

    private static TckMap FromMap(IReadOnlyDictionary<string, object?> map) =>
        new(map.ToDictionary(e => e.Key, e => FromResult(e.Value), StringComparer.Ordinal));

    private static TckNode FromNode(NodeValue node) => new(node.Labels, FromMap(node.Properties));

    private static TckRelationship FromRelationship(RelationshipValue rel) => new(rel.Type, FromMap(rel.Properties));

    private static TckPath FromPath(PathValue path)
    {
        if (path.Nodes.Count != path.Relationships.Count + 1)
            throw new InvalidOperationException(
                $"A path has {path.Nodes.Count} nodes and {path.Relationships.Count} relationships.");
        var hops = path.Relationships.Select((rel, i) => new TckPathHop(
            FromRelationship(rel),
            Forward: rel.StartElementId == path.Nodes[i].ElementId,
            FromNode(path.Nodes[i + 1]))).ToArray();
        return new TckPath(FromNode(path.Nodes[0]), hops);
    }
}
