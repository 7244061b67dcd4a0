using PolicyGraph.Ingest.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig: letters with positions → lines (<see cref="PdfLine"/>) → running headers,
/// footers and page numbers removed (<see cref="PdfFurniture"/>) → tables rebuilt from column positions
/// (<see cref="PdfTables"/>) and prose joined into paragraphs, across page breaks too (<see cref="PdfParagraphs"/>).
/// The page count is checked before any page is read, and the read timeout after each page.
/// </summary>
internal static class PdfDocumentReader
{
    /// <summary>A gap wider than this many font sizes separates two cells; prose never spaces letters so far apart.</summary>
    internal const double SegmentGap = 0.8;

    public static StructuredOutcome Read(string path, byte[] bytes, ReadLimits limits)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPages)
            {
                return StructuredOutcome.Failed(limits.File, DiagnosticCodes.TooManyPages,
                    $"{document.NumberOfPages:N0} pages is over the {limits.MaxPages:N0}-page limit (IngestOptions.MaxPdfPages); not read.");
            }
            var pages = new List<IReadOnlyList<PdfLine>>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (limits.Expired)
                    return StructuredOutcome.Failed(limits.File, DiagnosticCodes.ReadTimeout, "reading took longer than the read timeout; not loaded.", number);
                pages.Add(PdfLine.FromLetters(number, document.GetPage(number).Letters, SegmentGap));
            }
            return Layout(path, pages, limits);
        }
        catch (PdfDocumentEncryptedException)
        {
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.Encrypted, "the PDF is password-protected; not read.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types; any of them means this one file cannot be read.
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.Corrupt, $"not a readable PDF (corrupt or incomplete): {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static StructuredOutcome Layout(string path, List<IReadOnlyList<PdfLine>> pages, ReadLimits limits)
    {
        var diagnostics = new List<IngestDiagnostic>();
        if (pages.All(p => p.Count == 0))
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.NoTextLayer, $"no text layer on any of its {pages.Count} page(s) (a scan?); OCR is not supported.");
        var blank = pages.Select((p, i) => (p, i)).Where(x => x.p.Count == 0).Select(x => x.i + 1).ToList();
        if (blank.Count > 0)
        {
            diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, limits.File, null, DiagnosticCodes.NoTextLayer,
                $"page(s) {string.Join(", ", blank)} have no text layer (scanned?); their content is missing (OCR is not supported).", blank[0]));
        }
        var lines = PdfFurniture.Strip(pages);
        if (lines.Count == 0)
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.NoTextLayer, "no text beyond page headers, footers and numbers.");
        var tables = new PdfTables(limits.MaxTableColumns);
        var blocks = Blocks(lines, tables);
        if (tables.WasCut)
        {
            diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, limits.File, null, DiagnosticCodes.TableCut,
                $"a table has more than {limits.MaxTableColumns} columns: only the first {limits.MaxTableColumns} are read."));
        }
        return new StructuredOutcome(new StructuredDocument(path, DocumentFormats.Pdf, blocks), DocumentFormats.Pdf, diagnostics);
    }

    private static List<DocumentBlock> Blocks(List<PdfLine> lines, PdfTables tables)
    {
        var paragraphs = new PdfParagraphs(lines);
        var blocks = new List<DocumentBlock>();
        var current = new List<PdfLine>();
        void Close()
        {
            if (current.Count > 0) blocks.Add(paragraphs.Block(current, blocks.Count + 1));
            current = [];
        }
        for (var i = 0; i < lines.Count;)
        {
            if (tables.TryRead(lines, i, out var next) is { } table)
            {
                Close();
                blocks.Add(table with { Location = table.Location with { Paragraph = blocks.Count + 1 } });
                i = next;
                continue;
            }
            if (current.Count > 0 && !paragraphs.Continues(current[^1], lines[i])) Close();
            current.Add(lines[i++]);
        }
        Close();
        return blocks;
    }
}
