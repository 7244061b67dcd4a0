using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Queries;

/// <summary>
/// A query's result for the page: the table (cells made JSON-friendly) and the same answer as Cytoscape elements.
/// </summary>
public sealed record QueryAnswer(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    CyElements Elements,
    bool Truncated,
    double ElapsedMs);

/// <summary>A node cell of a result table.</summary>
public sealed record NodeCell(string Kind, string Id, string Label, string Name);

/// <summary>A relationship cell of a result table.</summary>
public sealed record RelationshipCell(string Kind, string Id, string Type);

/// <summary>A path cell of a result table: node ids in order.</summary>
public sealed record PathCell(string Kind, IReadOnlyList<string> Nodes, int Length);
