using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// A TEXT index on one string property of nodes with one label: for every two-character sequence, the sorted ids of
/// the nodes whose value contains it. <c>CONTAINS</c>, <c>STARTS WITH</c> and <c>ENDS WITH</c> with a needle of two or
/// more characters start from the intersection of the needle's pairs — a superset of the answer; the predicate
/// itself still runs on every candidate. Built per snapshot on first use and shared by that snapshot's readers.
/// </summary>
public sealed class TextIndex
{
    private readonly Dictionary<string, int[]> _pairs;

    private TextIndex(Dictionary<string, int[]> pairs) => _pairs = pairs;

    /// <summary>The snapshot's index for <paramref name="definition"/>, built once.</summary>
    public static TextIndex For(GraphSnapshot snapshot, IndexDefinition definition) =>
        SnapshotIndexCache<TextIndex>.Get(snapshot, definition.Name, () => Build(snapshot, definition.Label, definition.Property));

    /// <summary>Nodes that may contain <paramref name="needle"/>; null when it is too short for the index to narrow anything.</summary>
    public IEnumerable<int>? Candidates(string needle)
    {
        if (needle.Length < 2) return null;
        int[]? smallest = null;
        var lists = new List<int[]>();
        for (var i = 0; i + 1 < needle.Length; i++)
        {
            if (!_pairs.TryGetValue(needle.Substring(i, 2), out var ids)) return [];
            lists.Add(ids);
            if (smallest is null || ids.Length < smallest.Length) smallest = ids;
        }
        return smallest!.Where(id => lists.All(list => ReferenceEquals(list, smallest) || Array.BinarySearch(list, id) >= 0));
    }

    private static TextIndex Build(GraphSnapshot snapshot, string label, string property)
    {
        var reader = new GraphTransaction(snapshot, pool: null);
        var pairs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var node in reader.NodesWithLabel(label))
        {
            if (reader.NodeProperty(node, property) is not string text) continue;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var pair = text.AsSpan(i, 2);
                if (!lookup.TryGetValue(pair, out var ids))
                {
                    ids = [];
                    lookup[pair] = ids;
                }
                // Nodes come in id order, so a pair seen twice in one text is the list's last entry.
                if (ids.Count == 0 || ids[^1] != node) ids.Add(node);
            }
        }
        return new TextIndex(pairs.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
