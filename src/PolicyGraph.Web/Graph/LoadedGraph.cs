using PolicyGraph.Core.Querying;

namespace PolicyGraph.Web.Graph;

/// <summary>Everything the API serves from: the graph with its indexes, its source texts, and the Cypher backend.</summary>
public sealed record LoadedGraph(
    GraphIndex Index,
    SourceLibrary Sources,
    IGraphBackend Backend,
    IReadOnlyList<string> Diagnostics,
    TimeSpan LoadTime);
