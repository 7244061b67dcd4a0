using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>One GraphML &lt;key&gt;: id, domain ("node" or "edge"), attribute name and attr.type.</summary>
internal sealed record GraphMlKey(string Id, string Domain, string Name, string Type);

/// <summary>
/// Decides the &lt;key&gt; declarations before any element is written (GraphML requires keys first):
/// one per property name and domain, typed by the values seen (long+double → double, other mixes → string;
/// lists are written as JSON strings).
/// </summary>
internal sealed class GraphMlKeys
{
    public const string LabelsAttribute = "labels";
    public const string TypeAttribute = "type";

    private readonly Dictionary<string, GraphMlKey> _nodeKeys;
    private readonly Dictionary<string, GraphMlKey> _edgeKeys;

    private GraphMlKeys(Dictionary<string, GraphMlKey> nodeKeys, Dictionary<string, GraphMlKey> edgeKeys)
    {
        _nodeKeys = nodeKeys;
        _edgeKeys = edgeKeys;
    }

    public GraphMlKey NodeLabels { get; private init; } = null!;

    public GraphMlKey EdgeType { get; private init; } = null!;

    public IEnumerable<GraphMlKey> All =>
        new[] { NodeLabels, EdgeType }.Concat(_nodeKeys.Values).Concat(_edgeKeys.Values);

    public GraphMlKey ForNode(string property) => _nodeKeys[property];

    public GraphMlKey ForEdge(string property) => _edgeKeys[property];

    public static GraphMlKeys Collect(PropertyGraph graph)
    {
        var nodeTypes = CollectTypes(graph.Nodes.Select(n => (n.Properties, $"node '{n.Id}'")));
        var edgeTypes = CollectTypes(graph.Relationships.Select(r => (r.Properties, $"relationship '{r.Id}'")));
        return new GraphMlKeys(
            ToKeys(nodeTypes, "node", "n", LabelsAttribute),
            ToKeys(edgeTypes, "edge", "e", TypeAttribute))
        {
            NodeLabels = new GraphMlKey("labels", "node", LabelsAttribute, "string"),
            EdgeType = new GraphMlKey("type", "edge", TypeAttribute, "string"),
        };
    }

    private static SortedDictionary<string, string> CollectTypes(
        IEnumerable<(IReadOnlyDictionary<string, object> Properties, string Owner)> owners)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (properties, owner) in owners)
        {
            foreach (var (key, value) in properties)
            {
                var type = AttrType(value, owner, key);
                types[key] = types.TryGetValue(key, out var seen) ? Merge(seen, type) : type;
            }
        }
        return types;
    }

    private static string AttrType(object value, string owner, string key) =>
        PropertyValues.IsList(value)
            ? ValidatedListType(value, owner, key)
            : PropertyValues.ScalarKind(value, owner, key) switch
            {
                PropertyValueKind.Boolean => "boolean",
                PropertyValueKind.Long => "long",
                PropertyValueKind.Double => "double",
                _ => "string",
            };

    private static string ValidatedListType(object value, string owner, string key)
    {
        PropertyValues.KindOf(value, owner, key);
        return "string";
    }

    private static string Merge(string a, string b) =>
        a == b ? a : (a, b) is ("long", "double") or ("double", "long") ? "double" : "string";

    /// <summary>Key ids are positional (n0, n1 …) so odd property names never make odd XML ids.</summary>
    private static Dictionary<string, GraphMlKey> ToKeys(
        SortedDictionary<string, string> types, string domain, string prefix, string reservedName)
    {
        var keys = new Dictionary<string, GraphMlKey>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (name, type) in types)
        {
            var attributeName = name == reservedName ? "property:" + name : name;
            keys[name] = new GraphMlKey(prefix + index++, domain, attributeName, type);
        }
        return keys;
    }
}
