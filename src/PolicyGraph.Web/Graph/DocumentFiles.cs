using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Storage;

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

    /// <summary>
    /// The rows of <see cref="GraphReads.DocumentFiles"/>: on the embedded engine read as node summaries, from the
    /// store's file without building the documents' records (at start this was most of the time before /health).
    /// Both paths keep the same rows (<see cref="Of"/>) and log each document they leave out.
    /// </summary>
    public static async Task<DocumentFiles> ReadAsync(IGraphBackend backend, ILogger logger, CancellationToken cancellationToken = default)
    {
        var rows = backend is EmbeddedGraphBackend embedded
            ? (await embedded.SummariseNodesAsync(DocumentSummary, cancellationToken)).Select(node => (IReadOnlyList<object?>)node.Values).ToList()
            : (await backend.RunAsync(GraphReads.DocumentFiles, cancellationToken: cancellationToken)).Rows;
        var documents = new List<DocumentFile>(rows.Count);
        foreach (var row in rows)
        {
            if (Of(row) is { } document)
                documents.Add(document);
            else if (row[1] is not null)
                Log.DocumentLeftOut(logger, Describe(row[0]), Describe(row[1]));
        }
        return new DocumentFiles(documents);
    }

    /// <summary>
    /// The document of one row (id, sourceFile, title); null unless id and sourceFile are text: a document without a
    /// file is not one the query returns, and one whose id or file is not text cannot be looked up.
    /// </summary>
    private static DocumentFile? Of(IReadOnlyList<object?> row) =>
        row[0] is string id && row[1] is string sourceFile ? new DocumentFile(id, sourceFile, row[2] as string ?? id) : null;

    private static string Describe(object? value) => value switch
    {
        null => "none",
        string text => $"'{text}'",
        _ => $"{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} ({value.GetType().Name}, not text)",
    };

    /// <summary>The columns of <see cref="GraphReads.DocumentFiles"/>: id, sourceFile, title of every Document.</summary>
    private static readonly NodeSummaryRequest DocumentSummary =
        new([NodeLabels.Document], [PropertyNames.Id, PropertyNames.SourceFile, PropertyNames.Title], OutgoingType: null);

    public int Count => _byId.Count;

    public DocumentFile? Find(string documentId) => _byId.GetValueOrDefault(documentId);

    /// <summary>The document id of a source file name (any folder part ignored).</summary>
    public string? IdOfFile(string? sourceFile) => sourceFile is null ? null : _idByFile.GetValueOrDefault(FileKey(sourceFile));

    /// <summary>The document a node was read from: itself for a document, else by its sourceFile.</summary>
    public string? DocumentOf(string id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties) =>
        labels.Contains(NodeLabels.Document) ? id : IdOfFile(properties.GetValueOrDefault(PropertyNames.SourceFile) as string);

    private static string FileKey(string sourceFile) => Path.GetFileName(sourceFile.Replace('\\', '/'));
}
