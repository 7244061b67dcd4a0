using PolicyGraph.Core.Querying;
using PolicyGraph.Ingest;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Everything the API serves from: reads through the backend, name search and lookup, the documents' source
/// texts, and — when this app loaded the seeds itself (embedded engine) — the loader's messages and check report.
/// </summary>
public sealed record LoadedGraph(
    GraphReader Reader,
    NameSearch Search,
    EntityResolver Entities,
    SourceLibrary Sources,
    IReadOnlyList<string> Diagnostics,
    ConsistencyReport? Check,
    TimeSpan LoadTime)
{
    public IGraphBackend Backend => Reader.Backend;
}
