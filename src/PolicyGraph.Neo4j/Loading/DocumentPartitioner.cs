using PolicyGraph.Core.Model;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>
/// Splits a graph into load groups: first the shared nodes no single document owns (agencies, zones, cited
/// documents) with the relationships among them, then one group per source document (its subtree and its
/// own edges), then the links that join two documents (CITES, SIMILAR_TO across documents).
/// A document owns what its containment edges reach and every node whose <c>sourceFile</c> is its own;
/// a node two documents both reach is shared.
/// </summary>
public static class DocumentPartitioner
{
    public const string SharedGroup = "shared nodes";
    public const string LinksGroup = "cross-document links";

    /// <summary>The relationship types that make up a document's subtree (from the public graph contract).</summary>
    public static readonly IReadOnlySet<string> ContainmentTypes =
        new HashSet<string>(StringComparer.Ordinal) { "HAS_SECTION", "CONTAINS", "PUBLISHES", "INCLUDES" };

    public static IReadOnlyList<LoadGroup> Partition(PropertyGraph graph)
    {
        var roots = graph.Nodes.Where(IsSourceDocument).ToArray();
        var owner = AssignOwners(graph, roots);
        var groups = new List<LoadGroup>();
        var nodesByOwner = graph.Nodes.ToLookup(n => owner.GetValueOrDefault(n.Id));
        var relsByOwner = graph.Relationships.ToLookup(r => RelationshipOwner(r, owner));

        groups.Add(new LoadGroup(SharedGroup, nodesByOwner[null].ToArray(), relsByOwner[null].ToArray()));
        foreach (var root in roots)
            groups.Add(new LoadGroup(GroupName(root), nodesByOwner[root.Id].ToArray(), relsByOwner[root.Id].ToArray()));
        groups.Add(new LoadGroup(LinksGroup, [], relsByOwner[LinksGroup].ToArray()));
        return groups.Where(g => g.Nodes.Count + g.Relationships.Count > 0).ToArray();
    }

    private static bool IsSourceDocument(GraphNode node) =>
        node.HasLabel("Document") && node["cited"] is not true;

    private static string GroupName(GraphNode document) =>
        $"document {document["sourceFile"] as string ?? document["title"] as string ?? document.Id}";

    private static Dictionary<string, string> AssignOwners(PropertyGraph graph, IReadOnlyList<GraphNode> roots)
    {
        var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Claim(string nodeId, string rootId)
        {
            if (!claims.TryGetValue(nodeId, out var set)) claims[nodeId] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(rootId);
        }

        var children = graph.Relationships.Where(r => ContainmentTypes.Contains(r.Type)).ToLookup(r => r.StartId, r => r.EndId);
        var rootBySource = roots.Where(r => r["sourceFile"] is string)
            .GroupBy(r => (string)r["sourceFile"]!)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var reached in Reach(root.Id, children)) Claim(reached, root.Id);
        }
        foreach (var node in graph.Nodes)
        {
            if (node["sourceFile"] is string file && rootBySource.TryGetValue(file, out var rootId)) Claim(node.Id, rootId);
        }
        return claims.Where(c => c.Value.Count == 1).ToDictionary(c => c.Key, c => c.Value.First(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> Reach(string rootId, ILookup<string, string> children)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { rootId };
        var queue = new Queue<string>([rootId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (seen.Add(child)) queue.Enqueue(child);
            }
        }
        return seen;
    }

    private static string? RelationshipOwner(GraphRelationship rel, IReadOnlyDictionary<string, string> owner)
    {
        var start = owner.GetValueOrDefault(rel.StartId);
        var end = owner.GetValueOrDefault(rel.EndId);
        if (start is null || end is null || start == end) return start ?? end;
        return LinksGroup;
    }
}
