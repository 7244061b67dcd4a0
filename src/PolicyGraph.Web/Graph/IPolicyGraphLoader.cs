using PolicyGraph.Core.Model;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// What one load of a document folder gave: the graph, the loader's messages, and the reference names (gazetteer
/// aliases by canonical agency/zone name) so search also finds forms that no document happened to use.
/// </summary>
public sealed record GraphLoadResult(
    PropertyGraph Graph,
    IReadOnlyList<LoaderMessage> Diagnostics,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ReferenceAliases = null);

/// <summary>One loader message ("severity code file:line: text") with the level it is logged at.</summary>
public sealed record LoaderMessage(LogLevel Level, string Text);

/// <summary>Turns a folder of policy documents into a graph. The app uses the extractor; tests may pass a fixed graph.</summary>
public interface IPolicyGraphLoader
{
    GraphLoadResult Load(string directory);

    /// <summary>A document's lines exactly as the extractor numbered them (same decoding, same line breaks).</summary>
    IReadOnlyList<string> ReadSourceLines(string path);
}
