using System.Collections.Concurrent;

namespace PolicyGraph.Web.Graph;

/// <summary>A window of a document's source lines, with the character ranges that the quoted clause covers.</summary>
public sealed record SourceExcerpt(
    string DocumentId,
    string Title,
    string SourceFile,
    int TotalLines,
    int FocusLine,
    IReadOnlyList<SourceLine> Lines);

/// <summary>One source line; <see cref="Highlights"/> are [start, end) UTF-16 offsets into <see cref="Text"/>.</summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<int[]> Highlights);

/// <summary>
/// Serves the text of loaded documents for provenance — the one thing a graph backend does not hold: the lines the extractor saw (for .html, .docx and .pdf the
/// lines rendered from the document's blocks, so line numbers agree for every format). Files are read lazily, only
/// for documents of the graph, and only from the seed folder: a document's sourceFile never names an arbitrary path,
/// and a link that resolves outside the folder is refused.
/// </summary>
public sealed class SourceLibrary(DocumentFiles documents, string seedDirectory, Func<string, IReadOnlyList<string>> readLines)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _linesByDocument = new(StringComparer.Ordinal);

    /// <summary>Lines around <paramref name="line"/> (1-based); null when the id is not a loaded document.</summary>
    public SourceExcerpt? Excerpt(string documentId, int? line, string? quote, int context)
    {
        if (documents.Find(documentId) is not { } document)
            return null;
        var lines = LinesOf(document);
        var focus = Math.Clamp(line ?? 1, 1, Math.Max(1, lines.Count));
        var first = line is null ? 1 : Math.Max(1, focus - context);
        var last = line is null ? lines.Count : Math.Min(lines.Count, focus + context);
        var window = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => lines[n - 1]).ToArray();
        var highlights = QuoteLocator.Locate(window, focus - first, quote);
        var result = window.Select((text, i) => new SourceLine(first + i, text, highlights[i])).ToArray();
        return new SourceExcerpt(documentId, document.Title, Path.GetFileName(document.SourceFile), lines.Count, focus, result);
    }

    /// <summary>Every line of a loaded document; null when the id is not a loaded document.</summary>
    public IReadOnlyList<string>? Lines(string documentId) =>
        documents.Find(documentId) is { } document ? LinesOf(document) : null;

    /// <summary>How many lines a loaded document has; null when the id is not a loaded document.</summary>
    public int? LineCount(string documentId)
    {
        return documents.Find(documentId) is { } document ? LinesOf(document).Count : null;
    }

    /// <summary>One line of a loaded document as the extractor numbered it; null past its end or for an unknown id.</summary>
    public string? Line(string documentId, int line) =>
        documents.Find(documentId) is { } document && LinesOf(document) is { } lines && line >= 1 && line <= lines.Count ? lines[line - 1] : null;

    private IReadOnlyList<string> LinesOf(DocumentFile document) =>
        _linesByDocument.GetOrAdd(document.Id, _ => ReadLines(document.SourceFile));

    private IReadOnlyList<string> ReadLines(string sourceFile)
    {
        var path = Path.Combine(seedDirectory, Path.GetFileName(sourceFile.Replace('\\', '/')));
        if (!File.Exists(path))
            throw new FileNotFoundException($"Source file of a loaded document is missing: {path}", path);
        if (!PolicyGraph.Ingest.DocumentFolder.IsInside(path, seedDirectory))
            throw new UnauthorizedAccessException($"Source file {Path.GetFileName(path)} resolves outside the document folder; not served.");
        return readLines(path);
    }
}
