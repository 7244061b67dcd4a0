using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Reads one file into a <see cref="SourceText"/>, choosing the reader by <see cref="DocumentFormats.Sniff"/>. Never
/// throws for bad content: an empty, binary, corrupt, protected, oversized or unreadable file gives an error
/// diagnostic naming the file, so one bad file never stops a corpus load.
/// </summary>
public sealed class DocumentReader(IngestOptions options)
{
    public ReadOutcome Read(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return Fail(name, DiagnosticCodes.TooLarge,
                    $"{length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit for one document; not read.");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(name, DiagnosticCodes.Unreadable, $"cannot read the file: {ex.Message}");
        }
        return Decode(path, bytes);
    }

    /// <summary>Decodes bytes already in memory; <paramref name="path"/> names the document and gives its extension.</summary>
    public ReadOutcome Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length > options.MaxFileBytes)
            return Fail(name, DiagnosticCodes.TooLarge, $"{bytes.Length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit.");
        if (bytes.Length == 0) return Fail(name, DiagnosticCodes.EmptyFile, "the file is empty.");
        var (format, code, reason) = DocumentFormats.Sniff(name, bytes);
        if (format is null) return Fail(name, code!, $"not read: {reason}");
        return ReadBlocks(path, format, bytes) is { } blocks ? Render(path, bytes, blocks) : PlainTextReader.Decode(path, bytes, format);
    }

    /// <summary>
    /// The blocks of a .html, .docx or .pdf file (null for text formats, which are read as lines), or the errors
    /// saying why there are none; <paramref name="format"/> is one of <see cref="DocumentFormats"/>.
    /// </summary>
    public StructuredOutcome? ReadBlocks(string path, string format, ReadOnlySpan<byte> bytes)
    {
        var limits = new ReadLimits(Path.GetFileName(path), options.MaxPdfPages, options.MaxTableColumns, DateTime.UtcNow + options.ReadTimeout);
        return format switch
        {
            DocumentFormats.Html => HtmlDocumentReader.Read(path, bytes, limits),
            DocumentFormats.Docx => DocxDocumentReader.Read(path, bytes.ToArray(), limits),
            DocumentFormats.Pdf => Pdf.PdfDocumentReader.Read(path, bytes.ToArray(), limits),
            _ => null,
        };
    }

    private static ReadOutcome Render(string path, ReadOnlySpan<byte> bytes, StructuredOutcome outcome)
    {
        if (outcome.Document is not { } document) return new ReadOutcome(null, outcome.Diagnostics);
        var rendered = BlockRenderer.Render(document.Blocks);
        var text = new SourceText(path, Hashing.Sha256Hex(bytes), outcome.EncodingName, bytes.Length, rendered.Lines)
        {
            Format = document.Format,
            Origins = rendered.Origins,
        };
        return new ReadOutcome(text, outcome.Diagnostics);
    }

    internal static ReadOutcome Fail(string file, string code, string message) =>
        new(null, [new IngestDiagnostic(DiagnosticSeverity.Error, file, null, code, message)]);
}

/// <summary>Bounds one reader works within; <see cref="File"/> names the file in diagnostics.</summary>
public sealed record ReadLimits(string File, int MaxPages, int MaxTableColumns, DateTime Deadline)
{
    public bool Expired => DateTime.UtcNow > Deadline;
}

/// <summary>What a block reader produced: the blocks, or null with errors saying why; warnings either way.</summary>
public sealed record StructuredOutcome(StructuredDocument? Document, string EncodingName, IReadOnlyList<IngestDiagnostic> Diagnostics)
{
    public static StructuredOutcome Failed(string file, string code, string message, int? page = null) =>
        new(null, "", [new IngestDiagnostic(DiagnosticSeverity.Error, file, null, code, message, page)]);
}
