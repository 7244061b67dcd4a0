using PolicyGraph.Core.Model;

namespace PolicyGraph.Web.Graph;

/// <summary>What one load of a document folder gave: the graph and the loader's messages (file:line: text).</summary>
public sealed record GraphLoadResult(PropertyGraph Graph, IReadOnlyList<string> Diagnostics);

/// <summary>Turns a folder of policy documents into a graph. The app uses the extractor; tests may pass a fixed graph.</summary>
public interface IPolicyGraphLoader
{
    GraphLoadResult Load(string directory);

    /// <summary>A document's lines exactly as the extractor numbered them (same decoding, same line breaks).</summary>
    IReadOnlyList<string> ReadSourceLines(string path);
}
