namespace PolicyGraph.Web.Graph;

/// <summary>A node in Cytoscape.js's elements JSON. <see cref="Props"/> holds the graph properties untouched.</summary>
public sealed record CyNodeData(
    string Id,
    string Label,
    IReadOnlyList<string> Labels,
    string Name,
    string? NameEn,
    string? Doc,
    IReadOnlyDictionary<string, object?> Props);

/// <summary>
/// An edge in Cytoscape.js's elements JSON; <see cref="Doc"/> is the document its provenance points into.
/// <see cref="Virtual"/> marks edges a view derives (e.g. co-responsibility) rather than stored relationships.
/// </summary>
public sealed record CyEdgeData(
    string Id,
    string Source,
    string Target,
    string Label,
    string? Doc,
    IReadOnlyDictionary<string, object?> Props,
    bool Virtual = false)
{
    /// <summary>Which parts of the document state the edge: "body", "table", "both"; null when it does not say.</summary>
    public string? Sources { get; init; }

    /// <summary>The role the text states (lead, supporting …); null when it states none — never derived from order.</summary>
    public string? Role { get; init; }
}

/// <summary>Where a node is drawn, in Cytoscape's model coordinates.</summary>
public sealed record CyPosition(double X, double Y);

/// <summary>A node; <see cref="Position"/> is set when the server laid the view out (Cytoscape's preset positions).</summary>
public sealed record CyNode(CyNodeData Data, string Classes)
{
    public CyPosition? Position { get; init; }
}

public sealed record CyEdge(CyEdgeData Data, string Classes);

/// <summary>The shape Cytoscape.js accepts for <c>cy.add</c>: <c>{ nodes: [...], edges: [...] }</c>.</summary>
public sealed record CyElements(IReadOnlyList<CyNode> Nodes, IReadOnlyList<CyEdge> Edges)
{
    public static CyElements Empty { get; } = new([], []);
}
