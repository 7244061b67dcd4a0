using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Storage;

/// <summary>Copies a transaction's view of the graph into the shared model types.</summary>
public static class SnapshotExport
{
    public static PropertyGraph ToPropertyGraph(GraphTransaction view)
    {
        var nodes = view.AllNodes()
            .Select(id => new GraphNode(NodeKey(id), view.Labels(id).ToArray(), NonNull(view.NodeProperties(id))))
            .ToList();
        var relationships = view.AllRelationships()
            .Select(id => new GraphRelationship(
                id.ToString(System.Globalization.CultureInfo.InvariantCulture), view.RelationshipType(id), NodeKey(view.StartNode(id)), NodeKey(view.EndNode(id)),
                NonNull(view.RelationshipProperties(id))))
            .ToList();
        return new PropertyGraph(nodes, relationships);
    }

    private static string NodeKey(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, object> NonNull(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => ToModelValue(p.Value!), StringComparer.Ordinal);

    /// <summary>The model has no temporal types, so they travel as their ISO text (as in query results).</summary>
    private static object ToModelValue(object value) => value switch
    {
        ITemporalValue temporal => temporal.ToCypherString(),
        object[] list => list.Select(ToModelValue).ToArray(),
        _ => value,
    };
}
