using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>One Measure or Requirement of the graph, read through the public graph model only.</summary>
public sealed record ExtractedItem(
    string Id,
    string File,
    int Number,
    string? Section,
    string Kind,
    string Title,
    IReadOnlyList<GoldUnit> Units,
    IReadOnlyList<string> Scope,
    IReadOnlyList<string> Zones,
    string? Novelty,
    string? Deadline);

/// <summary>Collects the items of a graph by source file: labels, properties and relationships of cypher/README.md.</summary>
public static class ExtractedItems
{
    public const string MeasureLabel = "Measure";
    public const string RequirementLabel = "Requirement";

    public static IReadOnlyDictionary<string, List<ExtractedItem>> ByFile(PropertyGraph graph)
    {
        var incoming = graph.Relationships.ToLookup(r => r.EndId, StringComparer.Ordinal);
        var outgoing = graph.Relationships.ToLookup(r => r.StartId, StringComparer.Ordinal);
        var result = new Dictionary<string, List<ExtractedItem>>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes.Where(n => n.HasLabel(MeasureLabel) || n.HasLabel(RequirementLabel)))
        {
            if (node["sourceFile"] is not string file) continue;
            var item = Read(graph, node, file, incoming[node.Id], outgoing[node.Id]);
            if (!result.TryGetValue(item.File, out var list)) result[item.File] = list = [];
            list.Add(item);
        }
        return result;
    }

    private static ExtractedItem Read(PropertyGraph graph, GraphNode node, string file, IEnumerable<GraphRelationship> incoming, IEnumerable<GraphRelationship> outgoing)
    {
        var into = incoming.ToList();
        var zonesOut = outgoing.Where(r => r.Type is "APPLIES_IN" or "PILOTED_IN").ToList();
        var section = into.Where(r => r.Type == "CONTAINS")
            .Select(r => graph.FindNode(r.StartId))
            .FirstOrDefault(n => n is not null && n.HasLabel("Section"))?["title"] as string;
        var units = into.Where(r => r.Type == "RESPONSIBLE_FOR")
            .OrderBy(r => r["order"] as long? ?? 0)
            .Select(r => new GoldUnit(r["asWritten"] as string ?? "", graph.FindNode(r.StartId)?["name"] as string ?? "", r["role"] as string))
            .ToList();
        return new ExtractedItem(
            node.Id,
            Path.GetFileName(file),
            (int)(node["seq"] as long? ?? node["number"] as long? ?? 0),
            section,
            KindOf(node),
            node["title"] as string ?? "",
            units,
            zonesOut.Where(r => r.Type == "APPLIES_IN").Select(r => r["asWritten"] as string ?? "").ToList(),
            zonesOut.Select(r => graph.FindNode(r.EndId)?["name"] as string ?? "").ToList(),
            node["novelty"] as string,
            node["deadline"] as string);
    }

    /// <summary>The Requirement label, else a <c>kind</c> property the extractor may set, else a measure.</summary>
    private static string KindOf(GraphNode node) =>
        node.HasLabel(RequirementLabel) ? GoldVocabulary.Requirement
        : node["kind"] is string kind && GoldVocabulary.Kinds.Contains(kind) ? kind
        : GoldVocabulary.Measure;
}
