using System.Runtime.CompilerServices;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Building;

/// <summary>
/// Collects nodes and relationships while documents are added. Adding a node id twice merges it: labels are
/// united, list properties (aliases) are united, other properties keep their first value. Properties with a null
/// value are left out.
/// </summary>
/// <remarks>
/// Properties come in as a span of (key, value) pairs rather than a dictionary: the builder states tens of
/// thousands of them per corpus, and a span written as a collection expression lives on the stack. Nodes and
/// relationships keep their properties as arrays and become <see cref="PropertyMap"/>s, not a dictionary each.
/// </remarks>
internal sealed class GraphAccumulator
{
    /// <summary>
    /// A node being built: sorted labels, and its properties as two arrays in the order first stated (the order a
    /// dictionary enumerates in), sized for the non-null properties of its first statement and grown on a merge.
    /// </summary>
    private sealed class NodeState(string id, string[] labels, string[] keys, object[] values)
    {
        public readonly string Id = id;
        public string[] Labels = labels;
        public string[] Keys = keys;
        public object[] Values = values;
        public int Count = keys.Length;

        public int IndexOf(string key) => PropertyMap.IndexOf(Keys.AsSpan(0, Count), key);

        public void Add(string key, object value)
        {
            if (Count == Keys.Length)
            {
                Array.Resize(ref Keys, Count * 2);
                Array.Resize(ref Values, Count * 2);
            }
            Keys[Count] = key;
            Values[Count++] = value;
        }
    }

    // Segmented: a load's nodes and relationships would otherwise grow arrays on the large object heap and start
    // full collections in the middle of it (see SegmentedList).
    private readonly SegmentedDictionary<string, NodeState> _nodes = new();
    /// <summary>The nodes in the order first added: building the graph walks them without a lookup per id.</summary>
    private readonly SegmentedList<NodeState> _nodeOrder = new();
    private readonly SegmentedList<GraphRelationship> _relationships = new();
    /// <summary>The relationships added, by type and ends: what their ids are made of (see <see cref="GraphRelationship.ComposeId"/>).</summary>
    private readonly SegmentedDictionary<(string Type, string StartId, string EndId), bool> _relationshipKeys = new();
    /// <summary>One label array per label, shared by the nodes with only that label (a merge makes a new array).</summary>
    private readonly Dictionary<string, string[]> _singleLabels = new(StringComparer.Ordinal);
    /// <summary>Maps of one property by key array and value, both compared by reference (see <see cref="MapOf"/>).</summary>
    private readonly Dictionary<(string[] Keys, object Value), PropertyMap> _singleValueMaps = new(new SingleValueComparer());
    /// <summary>The key array of the last node of each first label that stated no key twice (see <see cref="NewNode"/>).</summary>
    private readonly Dictionary<string, string[]> _nodeKeys = new(StringComparer.Ordinal);
    /// <summary>The key array of the last relationship of each type (see <see cref="KeysOf"/>).</summary>
    private readonly Dictionary<string, string[]> _lastKeys = new(StringComparer.Ordinal);

    private bool _built;

    private void EnsureNotBuilt()
    {
        if (_built) throw new InvalidOperationException("The graph was built: nothing can be added to it now.");
    }

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public IEnumerable<string> NodeIdsWithLabel(string label) =>
        _nodeOrder.Where(node => node.Labels.Contains(label)).Select(node => node.Id);

    public void AddNode(string id, ReadOnlySpan<string> labels, ReadOnlySpan<(string Key, object? Value)> properties)
    {
        EnsureNotBuilt();
        if (!_nodes.TryGetValue(id, out var node))
        {
            _nodes.TryAdd(id, node = NewNode(id, labels, properties));
            _nodeOrder.Add(node);
            return;
        }
        foreach (var label in labels) node.Labels = WithLabel(node.Labels, label);
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            var at = node.IndexOf(key);
            if (at < 0)
                node.Add(key, SharedValues.Of(value));
            else if (value is IReadOnlyList<string> list && node.Values[at] is IReadOnlyList<string> existing)
                node.Values[at] = United(existing, list);
        }
    }

    /// <summary>A node as first stated: "id" and the non-null properties, the first of a repeated key kept.</summary>
    /// <remarks>
    /// Nodes of one label usually state the same keys: such a node takes the key array of the last node of its label
    /// that had them. A shared array is full, so a merge that adds a key grows the node's arrays into new ones and
    /// never writes into it.
    /// </remarks>
    private NodeState NewNode(string id, ReadOnlySpan<string> labels, ReadOnlySpan<(string Key, object? Value)> properties)
    {
        var sortedLabels = SortedLabels(labels);
        var label = sortedLabels.Length > 0 ? sortedLabels[0] : "";
        var count = 1;
        foreach (var (_, value) in properties)
        {
            if (value is not null) count++;
        }
        if (_nodeKeys.TryGetValue(label, out var shared) && shared.Length == count && SameKeys(shared.AsSpan(1), properties))
            return new NodeState(id, sortedLabels, shared, WithValues(id, properties, count));
        var node = new NodeState(id, sortedLabels, new string[count], new object[count]) { Count = 0 };
        node.Add("id", id);
        foreach (var (key, value) in properties)
        {
            if (value is not null && node.IndexOf(key) < 0) node.Add(key, SharedValues.Of(value));
        }
        if (node.Count == count) _nodeKeys[label] = node.Keys;
        return node;
    }

    /// <summary>The id, then the non-null values in the order stated.</summary>
    private static object[] WithValues(string id, ReadOnlySpan<(string Key, object? Value)> properties, int count)
    {
        var values = new object[count];
        values[0] = id;
        count = 1;
        foreach (var (_, value) in properties)
        {
            if (value is not null) values[count++] = SharedValues.Of(value);
        }
        return values;
    }

    /// <summary>Adds a relationship unless one of the same type between the same ends (so the same id) exists; returns false in that case.</summary>
    public bool AddRelationship(string type, string startId, string endId, ReadOnlySpan<(string Key, object? Value)> properties)
    {
        EnsureNotBuilt();
        if (!_relationshipKeys.TryAdd((type, startId, endId), true)) return false;
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
        _relationships.Add(GraphRelationship.Between(type, startId, endId, MapOf(KeysOf(type, properties, values.Length), values)));
        return true;
    }

    /// <summary>
    /// The property map of a relationship; one shared map for each key and value of the relationships with a single
    /// property (an order, an ordinal, a line) whose value is a shared box: such maps recur on thousands of edges.
    /// </summary>
    private PropertyMap MapOf(string[] keys, object[] values)
    {
        if (values.Length != 1 || !SharedValues.IsShared(values[0])) return new PropertyMap(keys, values);
        if (!_singleValueMaps.TryGetValue((keys, values[0]), out var map))
            _singleValueMaps[(keys, values[0])] = map = new PropertyMap(keys, values);
        return map;
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

    /// <summary>Whether the non-null properties state exactly <paramref name="keys"/>, in that order.</summary>
    private static bool SameKeys(ReadOnlySpan<string> keys, ReadOnlySpan<(string Key, object? Value)> properties)
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

    /// <summary>The graph; the accumulator is closed then, since the graph shares its nodes' arrays and its relationships.</summary>
    public PropertyGraph Build()
    {
        EnsureNotBuilt();
        _built = true;
        return new PropertyGraph(Nodes(), _relationships);
    }

    /// <summary>The nodes as built, made while the graph copies them into its one array (no list of them in between).</summary>
    private IEnumerable<GraphNode> Nodes()
    {
        var lastKeysByLabel = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var node in _nodeOrder)
        {
            var label = node.Labels.Length > 0 ? node.Labels[0] : "";
            var keys = node.Keys.AsSpan(0, node.Count);
            // Nodes of one label usually state the same keys: they share one key array, as relationships of one type do.
            if (!lastKeysByLabel.TryGetValue(label, out var shared) || !keys.SequenceEqual(shared))
                lastKeysByLabel[label] = shared = keys.Length == node.Keys.Length ? node.Keys : keys.ToArray();
            var values = node.Count == node.Values.Length ? node.Values : node.Values[..node.Count];
            yield return new GraphNode(node.Id, node.Labels, new PropertyMap(shared, values));
        }
    }

    private sealed class SingleValueComparer : IEqualityComparer<(string[] Keys, object Value)>
    {
        public bool Equals((string[] Keys, object Value) x, (string[] Keys, object Value) y) =>
            ReferenceEquals(x.Keys, y.Keys) && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode((string[] Keys, object Value) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Keys), RuntimeHelpers.GetHashCode(pair.Value));
    }

    /// <summary>The labels in ordinal order, without repeats; one shared array for each single label (most nodes have one).</summary>
    private string[] SortedLabels(ReadOnlySpan<string> labels)
    {
        if (labels.Length != 1)
        {
            string[] sorted = [];
            foreach (var label in labels) sorted = WithLabel(sorted, label);
            return sorted;
        }
        if (!_singleLabels.TryGetValue(labels[0], out var single))
            _singleLabels[labels[0]] = single = [labels[0]];
        return single;
    }

    /// <summary>Labels stay in ordinal order, as a node's label list is compared and printed in that order.</summary>
    private static string[] WithLabel(string[] labels, string label)
    {
        var at = Array.BinarySearch(labels, label, StringComparer.Ordinal);
        return at >= 0 ? labels : [.. labels.AsSpan(0, ~at), label, .. labels.AsSpan(~at)];
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
