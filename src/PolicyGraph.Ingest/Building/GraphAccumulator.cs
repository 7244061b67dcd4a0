using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Building;

/// <summary>
/// Collects nodes and relationships while documents are added. Adding a node id twice merges it: labels are
/// united, list properties (aliases) are united, other properties keep their first value. Properties with a null
/// value are left out.
/// </summary>
/// <remarks>
/// Properties come in as a span of (key, value) pairs rather than a dictionary: the builder states tens of
/// thousands of them per corpus, and a span written as a collection expression lives on the stack. A node keeps a
/// dictionary (a node stated twice is merged); a relationship, written once, keeps a <see cref="PropertyMap"/>.
/// </remarks>
internal sealed class GraphAccumulator
{
    private sealed record NodeState(List<string> Labels, Dictionary<string, object> Properties);

    private readonly Dictionary<string, NodeState> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _nodeOrder = [];
    private readonly List<GraphRelationship> _relationships = [];
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);
    /// <summary>End ids by relationship type: string sets with the ordinal comparer hash faster than sets of tuples.</summary>
    private readonly Dictionary<string, HashSet<string>> _incoming = new(StringComparer.Ordinal);
    /// <summary>The key array of the last relationship of each type (see <see cref="KeysOf"/>).</summary>
    private readonly Dictionary<string, string[]> _lastKeys = new(StringComparer.Ordinal);

    /// <summary>Whether a relationship of <paramref name="type"/> ends at <paramref name="endId"/>.</summary>
    public bool HasIncoming(string type, string endId) => _incoming.TryGetValue(type, out var ends) && ends.Contains(endId);

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public IEnumerable<string> NodeIdsWithLabel(string label) =>
        _nodeOrder.Where(id => _nodes[id].Labels.Contains(label));

    public void AddNode(string id, ReadOnlySpan<string> labels, ReadOnlySpan<(string Key, object? Value)> properties)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = new NodeState([], new Dictionary<string, object>(properties.Length + 1, StringComparer.Ordinal) { ["id"] = id });
            _nodes[id] = node;
            _nodeOrder.Add(id);
        }
        foreach (var label in labels) AddSorted(node.Labels, label);
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            if (value is IReadOnlyList<string> list && node.Properties.GetValueOrDefault(key) is IReadOnlyList<string> existing)
                node.Properties[key] = United(existing, list);
            else
                node.Properties.TryAdd(key, SharedValues.Of(value));
        }
    }

    /// <summary>Adds a relationship unless one with the same id exists; returns false in that case.</summary>
    public bool AddRelationship(
        string type, string startId, string endId, ReadOnlySpan<(string Key, object? Value)> properties, string? discriminator = null)
    {
        var id = Ids.Relationship(type, startId, endId, discriminator);
        if (!_relationshipIds.Add(id)) return false;
        var count = 0;
        foreach (var (_, value) in properties)
        {
            if (value is not null) count++;
        }
        var values = new object[count];
        count = 0;
        foreach (var (_, value) in properties)
        {
            if (value is not null) values[count++] = SharedValues.Of(value);
        }
        _relationships.Add(new GraphRelationship(id, type, startId, endId, new PropertyMap(KeysOf(type, properties, values.Length), values)));
        if (!_incoming.TryGetValue(type, out var ends)) _incoming[type] = ends = new HashSet<string>(StringComparer.Ordinal);
        ends.Add(endId);
        return true;
    }

    /// <summary>
    /// The keys of the non-null properties, as the last relationship of the same type had them when they are the
    /// same (the usual case: edges of one type state the same properties), so one key array serves them all.
    /// </summary>
    private string[] KeysOf(string type, ReadOnlySpan<(string Key, object? Value)> properties, int count)
    {
        if (_lastKeys.TryGetValue(type, out var last) && SameKeys(last, properties))
            return last;
        var keys = new string[count];
        count = 0;
        foreach (var (key, value) in properties)
        {
            if (value is not null) keys[count++] = key;
        }
        _lastKeys[type] = PropertyMap.RequireDistinct(keys);
        return keys;
    }

    private static bool SameKeys(string[] keys, ReadOnlySpan<(string Key, object? Value)> properties)
    {
        var at = 0;
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            if (at == keys.Length || !string.Equals(keys[at], key, StringComparison.Ordinal)) return false;
            at++;
        }
        return at == keys.Length;
    }

    public PropertyGraph Build()
    {
        var nodes = _nodeOrder.Select(id => new GraphNode(id, _nodes[id].Labels.ToArray(), _nodes[id].Properties));
        return new PropertyGraph(nodes, _relationships);
    }

    /// <summary>Labels stay in ordinal order, as a node's label list is compared and printed in that order.</summary>
    private static void AddSorted(List<string> labels, string label)
    {
        var at = labels.BinarySearch(label, StringComparer.Ordinal);
        if (at < 0) labels.Insert(~at, label);
    }

    /// <summary>The existing list when it already holds every value (the usual case), else the ordered union.</summary>
    private static IReadOnlyList<string> United(IReadOnlyList<string> existing, IReadOnlyList<string> added)
    {
        foreach (var value in added)
        {
            if (!existing.Contains(value))
                return existing.Union(added, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }
        return existing;
    }
}
