using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;

namespace PolicyGraph.Web.Graph;

/// <summary>One page of a node's relationships and the nodes at their other ends.</summary>
public sealed record NeighbourRows(int Total, CyElements Elements);

/// <summary>
/// Every read the API makes of the graph, through <see cref="IGraphBackend"/> with the texts of
/// <see cref="GraphReads"/>, so the same endpoints serve the embedded engine and Neo4j alike.
/// </summary>
public sealed class GraphReader(IGraphBackend backend, DocumentFiles documents)
{
    public IGraphBackend Backend => backend;

    public DocumentFiles Documents => documents;

    public ElementsBuilder NewElements() => new(documents);

    public async Task<NodeValue?> FindNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(GraphReads.NodeById, new() { ["id"] = id }, cancellationToken);
        return result.Rows.Select(row => row[0]).OfType<NodeValue>().FirstOrDefault();
    }

    public async Task<IReadOnlyDictionary<string, int>> RelationshipCountsAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(GraphReads.RelationshipCounts, new() { ["id"] = id }, cancellationToken);
        return result.Rows.ToDictionary(row => (string)row[0]!, row => Convert.ToInt32(row[1]), StringComparer.Ordinal);
    }

    public async Task<NeighbourRows> NeighboursAsync(NodeValue node, string? type, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var id = ElementsBuilder.PolicyId(node);
        var parameters = new Dictionary<string, object?> { ["id"] = id, ["type"] = type, ["offset"] = (long)offset, ["limit"] = (long)limit };
        var total = await RunAsync(GraphReads.NeighbourCount, parameters, cancellationToken);
        var page = await RunAsync(GraphReads.NeighbourPage, parameters, cancellationToken);
        var elements = NewElements().AddNode(node);
        foreach (var row in page.Rows)
            elements.AddNode((NodeValue)row[3]!);
        foreach (var row in page.Rows)
            elements.AddRelationship((RelationshipValue)row[1]!, (string)row[0]!, (string)row[2]!);
        return new NeighbourRows(Convert.ToInt32(total.Rows[0][0]), elements.Build());
    }

    /// <summary>The whole graph as Cytoscape elements.</summary>
    public async Task<CyElements> WholeGraphAsync(CancellationToken cancellationToken = default)
    {
        var elements = NewElements();
        foreach (var row in (await RunAsync(GraphReads.AllNodes, [], cancellationToken)).Rows)
            elements.AddNode((NodeValue)row[0]!);
        foreach (var row in (await RunAsync(GraphReads.AllRelationships, [], cancellationToken)).Rows)
            elements.AddRelationship((RelationshipValue)row[1]!, (string)row[0]!, (string)row[2]!);
        return elements.Build();
    }

    /// <summary>The whole graph in the model the exporters write, ids from the <c>id</c> property.</summary>
    public async Task<PropertyGraph> ReadGraphAsync(CancellationToken cancellationToken = default)
    {
        var nodes = (await RunAsync(GraphReads.AllNodes, [], cancellationToken)).Rows
            .Select(row => (NodeValue)row[0]!)
            .Select(n => new GraphNode(ElementsBuilder.PolicyId(n), n.Labels, ModelProperties(n.Properties)));
        var relationships = (await RunAsync(GraphReads.AllRelationships, [], cancellationToken)).Rows
            .Select(row => (Start: (string)row[0]!, Relationship: (RelationshipValue)row[1]!, End: (string)row[2]!))
            .Select(r => new GraphRelationship(ElementsBuilder.PolicyId(r.Relationship), r.Relationship.Type, r.Start, r.End,
                ModelProperties(r.Relationship.Properties)));
        return new PropertyGraph(nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
            relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// How many nodes and relationships the graph holds: the embedded store knows them (its label and type indexes, so
    /// nothing is walked: what a start-up step can afford at 500k nodes); Neo4j is asked by query.
    /// </summary>
    public async Task<(int Nodes, int Relationships)> TotalsAsync(CancellationToken cancellationToken = default)
    {
        if (backend is EmbeddedGraphBackend embedded)
        {
            var counts = embedded.CountCommitted();
            return (counts.Nodes, counts.Relationships);
        }
        var (labels, types) = await CountsAsync(cancellationToken);
        return (labels.Values.Sum(), types.Values.Sum());
    }

    /// <summary>Node counts by primary label (an innovation counts as Innovation) and relationship counts by type.</summary>
    public async Task<(IReadOnlyDictionary<string, int> Labels, IReadOnlyDictionary<string, int> Types)> CountsAsync(
        CancellationToken cancellationToken = default)
    {
        // The embedded store counts label sets from its label indexes; the query visits every node.
        var labelSets = (backend as EmbeddedGraphBackend)?.CountCommittedByLabelSet()
            ?? (await RunAsync(GraphReads.LabelCounts, [], cancellationToken)).Rows
                .Select(row => (((IReadOnlyList<object?>)row[0]!).OfType<string>().ToArray(), Convert.ToInt32(row[1]))).ToArray();
        var labels = labelSets.GroupBy(set => NodeNaming.PrimaryLabel(set.Item1))
            .ToDictionary(g => g.Key, g => g.Sum(set => set.Item2), StringComparer.Ordinal);
        // The embedded store knows them (its type indexes); the query would build every node's record to expand it.
        var types = backend is EmbeddedGraphBackend embedded
            ? embedded.CountCommitted().RelationshipsByType
            : (await RunAsync(GraphReads.TypeCounts, [], cancellationToken)).Rows
                .ToDictionary(row => (string)row[0]!, row => Convert.ToInt32(row[1]), StringComparer.Ordinal);
        return (labels, types);
    }

    public async Task<IReadOnlyList<NodeValue>> NodesWithLabelAsync(string label, CancellationToken cancellationToken = default) =>
        (await RunAsync(GraphReads.NodesWithLabel, new() { ["label"] = label }, cancellationToken)).Rows
            .Select(row => (NodeValue)row[0]!).ToArray();

    // The model keeps the id apart and has no nulls; query values are the same values otherwise.
    private static IReadOnlyDictionary<string, object> ModelProperties(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Key != PropertyNames.Id && p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value is IReadOnlyList<object?> list ? list.OfType<object>().ToArray() : p.Value!, StringComparer.Ordinal);

    public Task<QueryResult> RunAsync(string cypher, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        backend.RunAsync(cypher, parameters, ReadOptions, cancellationToken);

    /// <summary>A read of at most <paramref name="maxRows"/> rows; the result says when more were left out (Truncated).</summary>
    public Task<QueryResult> RunAsync(string cypher, Dictionary<string, object?> parameters, int maxRows, CancellationToken cancellationToken) =>
        backend.RunAsync(cypher, parameters, ReadOptions with { MaxRows = maxRows }, cancellationToken);

    // The API's own reads are read-only and fixed in shape; the console's budgets are for user-written Cypher. They
    // run on request threads, so they use no helper threads either.
    private static readonly QueryOptions ReadOptions = new(ReadOnly: true, Timeout: TimeSpan.FromSeconds(30), Workers: 1);

    /// <summary>How long one of the API's reads may take, also for the embedded engine's reads outside queries.</summary>
    public static TimeSpan ReadTimeout => ReadOptions.Timeout ?? Timeout.InfiniteTimeSpan;
}
