using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Export;

/// <summary>
/// Writes an idempotent Cypher script: a uniqueness constraint on <c>id</c> for each node's first label
/// (CREATE CONSTRAINT … IF NOT EXISTS), then one MERGE … SET statement per node and per relationship.
/// Running it twice leaves the database as after the first run. Nodes are matched by their first label and id,
/// which the constraints index.
/// </summary>
public sealed class CypherScriptExporter : TextGraphExporter
{
    public override ExportFormat Format => ExportFormat.Cypher;

    public override void Write(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"// PolicyGraph export: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships.");
        foreach (var label in graph.Nodes.Select(PrimaryLabel).Distinct().Order(StringComparer.Ordinal))
            writer.WriteLine(Constraint(label));
        foreach (var node in PropertyValues.OrderedNodes(graph))
            writer.WriteLine(MergeNode(node));
        foreach (var rel in PropertyValues.OrderedRelationships(graph))
            writer.WriteLine(MergeRelationship(rel, graph));
    }

    /// <summary>Nodes without labels are merged under this label so they can still be matched by id.</summary>
    public const string FallbackLabel = "Node";

    private static string PrimaryLabel(GraphNode node) => node.Labels.Count > 0 ? node.Labels[0] : FallbackLabel;

    private static string Constraint(string label)
    {
        var name = "policygraph_" + new string(label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray())
            + "_" + (uint)StableHash(label) + "_id";
        return $"CREATE CONSTRAINT {CypherLiterals.Identifier(name)} IF NOT EXISTS "
            + $"FOR (n:{CypherLiterals.Identifier(label)}) REQUIRE n.id IS UNIQUE;";
    }

    private static string MergeNode(GraphNode node)
    {
        var owner = $"node '{node.Id}'";
        var extraLabels = string.Concat(node.Labels.Skip(1).Select(l => ":" + CypherLiterals.Identifier(l)));
        var setLabels = extraLabels.Length > 0 ? $" SET n{extraLabels}" : "";
        return $"MERGE (n:{CypherLiterals.Identifier(PrimaryLabel(node))} {{id: {CypherLiterals.String(node.Id)}}})"
            + setLabels + $" SET n += {CypherLiterals.Map(WithoutId(node.Properties), owner)};";
    }

    private static string MergeRelationship(GraphRelationship rel, PropertyGraph graph)
    {
        var owner = $"relationship '{rel.Id}'";
        var start = graph.FindNode(rel.StartId)!;
        var end = graph.FindNode(rel.EndId)!;
        return $"MATCH (a:{CypherLiterals.Identifier(PrimaryLabel(start))} {{id: {CypherLiterals.String(start.Id)}}}) "
            + $"MATCH (b:{CypherLiterals.Identifier(PrimaryLabel(end))} {{id: {CypherLiterals.String(end.Id)}}}) "
            + $"MERGE (a)-[r:{CypherLiterals.Identifier(rel.Type)} {{id: {CypherLiterals.String(rel.Id)}}}]->(b) "
            + $"SET r += {CypherLiterals.Map(WithoutId(rel.Properties), owner)};";
    }

    /// <summary>The id is the MERGE key; a stale "id" property must not overwrite it.</summary>
    private static IEnumerable<KeyValuePair<string, object>> WithoutId(IReadOnlyDictionary<string, object> properties) =>
        properties.Where(p => p.Key != PropertyNames.Id);

    /// <summary>FNV-1a, so labels differing only in non-ASCII characters get distinct constraint names.</summary>
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var ch in text)
                hash = (hash ^ ch) * 16777619;
            return hash;
        }
    }
}
