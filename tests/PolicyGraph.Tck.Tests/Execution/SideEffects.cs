using PolicyGraph.Core.Querying;
using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Values;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>The TCK's eight side-effect counters.</summary>
public sealed record SideEffects(
    int NodesAdded = 0,
    int NodesRemoved = 0,
    int RelationshipsAdded = 0,
    int RelationshipsRemoved = 0,
    int PropertiesAdded = 0,
    int PropertiesRemoved = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0)
{
    public static SideEffects None { get; } = new();

    /// <summary>Reads a two-column table such as "| +nodes | 1 |"; counters not listed are 0.</summary>
    public static SideEffects FromTable(DataTable table)
    {
        var effects = None;
        foreach (var row in table.Rows)
        {
            if (row.Count != 2 || !int.TryParse(row[1], out var count))
                throw new FormatException($"Side-effect row '{string.Join(" | ", row)}' is not 'key | count'.");
            effects = row[0] switch
            {
                "+nodes" => effects with { NodesAdded = count },
                "-nodes" => effects with { NodesRemoved = count },
                "+relationships" => effects with { RelationshipsAdded = count },
                "-relationships" => effects with { RelationshipsRemoved = count },
                "+properties" => effects with { PropertiesAdded = count },
                "-properties" => effects with { PropertiesRemoved = count },
                "+labels" => effects with { LabelsAdded = count },
                "-labels" => effects with { LabelsRemoved = count },
                _ => throw new FormatException($"Unknown side-effect key '{row[0]}'."),
            };
        }
        return effects;
    }

    public override string ToString() =>
        $"+nodes {NodesAdded}, -nodes {NodesRemoved}, +relationships {RelationshipsAdded}, " +
        $"-relationships {RelationshipsRemoved}, +properties {PropertiesAdded}, -properties {PropertiesRemoved}, " +
        $"+labels {LabelsAdded}, -labels {LabelsRemoved}";
}

/// <summary>
/// What is observable in a graph, read with Cypher only: entity ids, (entity, key, value) property triples and the
/// set of label names in use. The difference of two snapshots gives the side effects.
/// </summary>
public sealed record GraphSnapshot(
    IReadOnlySet<string> NodeIds,
    IReadOnlySet<string> RelationshipIds,
    IReadOnlySet<string> PropertyTriples,
    IReadOnlySet<string> Labels)
{
    public static async Task<GraphSnapshot> TakeAsync(IGraphBackend backend, CancellationToken cancellationToken)
    {
        var nodes = await backend.RunAsync("MATCH (n) RETURN n", cancellationToken: cancellationToken);
        var rels = await backend.RunAsync("MATCH ()-[r]->() RETURN r", cancellationToken: cancellationToken);
        var nodeValues = nodes.Rows.Select(row => (NodeValue)row[0]!).ToArray();
        var relValues = rels.Rows.Select(row => (RelationshipValue)row[0]!).ToArray();
        var triples = nodeValues.SelectMany(n => Triples("node:" + n.ElementId, n.Properties))
            .Concat(relValues.SelectMany(r => Triples("rel:" + r.ElementId, r.Properties)));
        return new GraphSnapshot(
            nodeValues.Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal),
            relValues.Select(r => r.ElementId).ToHashSet(StringComparer.Ordinal),
            triples.ToHashSet(StringComparer.Ordinal),
            nodeValues.SelectMany(n => n.Labels).ToHashSet(StringComparer.Ordinal));
    }

    public static SideEffects Difference(GraphSnapshot before, GraphSnapshot after) => new(
        NodesAdded: Added(before.NodeIds, after.NodeIds),
        NodesRemoved: Added(after.NodeIds, before.NodeIds),
        RelationshipsAdded: Added(before.RelationshipIds, after.RelationshipIds),
        RelationshipsRemoved: Added(after.RelationshipIds, before.RelationshipIds),
        PropertiesAdded: Added(before.PropertyTriples, after.PropertyTriples),
        PropertiesRemoved: Added(after.PropertyTriples, before.PropertyTriples),
        LabelsAdded: Added(before.Labels, after.Labels),
        LabelsRemoved: Added(after.Labels, before.Labels));

    private static int Added(IReadOnlySet<string> before, IReadOnlySet<string> after) =>
        after.Count(item => !before.Contains(item));

    private static IEnumerable<string> Triples(string owner, IReadOnlyDictionary<string, object?> properties) =>
        properties.Select(p => $"{owner}\u0001{p.Key}\u0001{CanonicalText.Of(ValueConversion.FromResult(p.Value))}");
}
