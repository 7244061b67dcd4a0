namespace PolicyGraph.Neo4j.Loading;

/// <summary>
/// Rows for one run of one load script: <c>$rows</c> holds up to the batch size of
/// <c>{id, properties}</c> (nodes) or <c>{id, start, end, properties}</c> (relationships).
/// </summary>
public sealed record LoadBatch(
    string Group,
    LoadScript Script,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    int Number,
    int FirstRow)
{
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?> { ["rows"] = Rows };

    /// <summary>Names the batch in errors and logs, e.g. "batch 3 (node-measure.cypher, rows 501-548)".</summary>
    public override string ToString() => $"batch {Number} ({Script.Name}, {RowRange})";

    /// <summary>Like <see cref="ToString"/> with the group's batch count: "batch 3 of 9 (node-measure.cypher, rows 501-548)".</summary>
    public string Describe(int batchCount) => $"batch {Number} of {batchCount} ({Script.Name}, {RowRange})";

    private string RowRange => $"rows {FirstRow + 1}-{FirstRow + Rows.Count}";
}

/// <summary>Nodes and relationships that are loaded together, in one transaction where the backend has them.</summary>
public sealed record LoadGroup(
    string Name,
    IReadOnlyList<Core.Model.GraphNode> Nodes,
    IReadOnlyList<Core.Model.GraphRelationship> Relationships);

/// <summary>What a load did: how many batches and rows were sent, and the backend's summed counters.</summary>
public sealed record LoadSummary(int Groups, int Batches, int Rows, Core.Querying.QueryCounters Counters);
