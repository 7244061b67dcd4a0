using System.Collections;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Adds or updates a <see cref="PropertyGraph"/> by stable ids: a node's or relationship's id becomes its
/// <c>id</c> property, existing entities with that id get the imported labels and properties (others kept), so
/// importing the same graph twice changes nothing.
/// </summary>
public static class GraphImporter
{
    public const string IdProperty = "id";

    public static void Import(GraphTransaction transaction, PropertyGraph graph, CancellationToken cancellationToken = default)
    {
        var nodeIds = ExistingByIdProperty(transaction.AllNodes(), n => transaction.NodeProperty(n, IdProperty));
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            nodeIds[node.Id] = ImportNode(transaction, node, nodeIds.TryGetValue(node.Id, out var existing) ? existing : null);
        }
        var relationshipIds = ExistingByIdProperty(transaction.AllRelationships(), r => transaction.RelationshipProperty(r, IdProperty));
        foreach (var relationship in graph.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (relationshipIds.TryGetValue(relationship.Id, out var existing))
                UpdateProperties(relationship.Properties, relationship.Id, k => transaction.RelationshipProperty(existing, k),
                    (k, v) => transaction.SetRelationshipProperty(existing, k, v));
            else
                transaction.CreateRelationship(relationship.Type, nodeIds[relationship.StartId], nodeIds[relationship.EndId],
                    WithId(relationship.Properties, relationship.Id));
        }
    }

    private static int ImportNode(GraphTransaction transaction, GraphNode node, int? existing)
    {
        if (existing is not { } id) return transaction.CreateNode(node.Labels, WithId(node.Properties, node.Id));
        foreach (var label in node.Labels)
            if (!transaction.HasLabel(id, label)) transaction.AddLabel(id, label);
        UpdateProperties(node.Properties, node.Id, k => transaction.NodeProperty(id, k), (k, v) => transaction.SetNodeProperty(id, k, v));
        return id;
    }

    private static void UpdateProperties(
        IReadOnlyDictionary<string, object> properties, string stableId, Func<string, object?> read, Action<string, object?> write)
    {
        foreach (var (key, value) in WithId(properties, stableId))
        {
            if (!StoredEquals(read(key), value)) write(key, value);
        }
    }

    private static Dictionary<string, int> ExistingByIdProperty(IEnumerable<int> entities, Func<int, object?> idOf)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
            if (idOf(entity) is string stableId) map.TryAdd(stableId, entity);
        return map;
    }

    internal static IEnumerable<KeyValuePair<string, object?>> WithId(IReadOnlyDictionary<string, object> properties, string stableId)
    {
        yield return new(IdProperty, stableId);
        foreach (var (key, value) in properties)
            if (key != IdProperty) yield return new(key, Normalize(value));
    }

    /// <summary>Model lists may be typed (IReadOnlyList&lt;long&gt;); the store holds lists of boxed values.</summary>
    internal static object? Normalize(object value) => value switch
    {
        string => value,
        int i => (long)i,
        IEnumerable sequence => sequence.Cast<object>().Select(e => e is int n ? (long)n : e).ToArray<object?>(),
        _ => value,
    };

    internal static bool StoredEquals(object? stored, object? incoming) => (stored, incoming) switch
    {
        (null, null) => true,
        (object[] a, IReadOnlyList<object?> b) => a.Length == b.Count && a.Zip(b).All(p => Equals(p.First, p.Second)),
        _ => Equals(stored, incoming),
    };
}
