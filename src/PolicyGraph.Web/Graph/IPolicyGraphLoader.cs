using PolicyGraph.Core.Model;
using PolicyGraph.Ingest;

namespace PolicyGraph.Web.Graph;

/// <summary>What one load of a document folder gave: the graph, the loader's messages and its consistency report.</summary>
public sealed record GraphLoadResult(
    PropertyGraph Graph,
    IReadOnlyList<LoaderMessage> Diagnostics,
    ConsistencyReport? Check = null);

/// <summary>One loader message ("severity code file:line: text") with the level it is logged at.</summary>
public sealed record LoaderMessage(LogLevel Level, string Text);

/// <summary>
/// Turns a folder of policy documents into a graph (used only when the app fills the embedded engine itself), and
/// reads documents' lines for provenance. The app uses the extractor; tests may pass a fixed graph.
/// </summary>
public interface IPolicyGraphLoader
{
    GraphLoadResult Load(string directory);

    /// <summary>A document's lines exactly as the extractor numbered them (same decoding, same line breaks).</summary>
    IReadOnlyList<string> ReadSourceLines(string path);
}
