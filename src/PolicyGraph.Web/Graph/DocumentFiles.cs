using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>A loaded document's id, the file it was read from, and its title.</summary>
public sealed record DocumentFile(string Id, string SourceFile, string Title);

/// <summary>
/// Which document each fact was read from: documents by id and by file name, read once through the backend
/// (<see cref="GraphReads.DocumentFiles"/>); the graph does not change while the app serves it.
/// </summary>
public sealed class DocumentFiles
{
    private readonly Dictionary<string, DocumentFile> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByFile = new(StringComparer.Ordinal);

    public DocumentFiles(IEnumerable<DocumentFile> documents)
    {
        foreach (var document in documents)
        {
            _byId[document.Id] = document;
            _idByFile.TryAdd(FileKey(document.SourceFile), document.Id);
        }
    }

    public static async Task<DocumentFiles> ReadAsync(IGraphBackend backend, CancellationToken cancellationToken = default)
    {
        var result = await backend.RunAsync(GraphReads.DocumentFiles, cancellationToken: cancellationToken);
        return new DocumentFiles(result.Rows.Select(row =>
            new DocumentFile((string)row[0]!, (string)row[1]!, row[2] as string ?? (string)row[0]!)));
    }

    public int Count => _byId.Count;

    public DocumentFile? Find(string documentId) => _byId.GetValueOrDefault(documentId);

    /// <summary>The document id of a source file name (any folder part ignored).</summary>
    public string? IdOfFile(string? sourceFile) => sourceFile is null ? null : _idByFile.GetValueOrDefault(FileKey(sourceFile));

    /// <summary>The document a node was read from: itself for a document, else by its sourceFile.</summary>
    public string? DocumentOf(string id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties) =>
        labels.Contains(NodeLabels.Document) ? id : IdOfFile(properties.GetValueOrDefault(PropertyNames.SourceFile) as string);

    private static string FileKey(string sourceFile) => Path.GetFileName(sourceFile.Replace('\\', '/'));
}
