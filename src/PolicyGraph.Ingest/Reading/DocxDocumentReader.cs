using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Reads a .docx with DocumentFormat.OpenXml: body paragraphs in order (inside content controls too) with their
/// automatic numbering rendered as text and their heading style, and tables with gridSpan and vMerge resolved. A
/// part is limited in size so a zip bomb stays bounded; a damaged package is an error naming the file.
/// </summary>
internal static class DocxDocumentReader
{
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static StructuredOutcome Read(string path, byte[] bytes, ReadLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (package.MainDocumentPart?.Document?.Body is not { } body)
                return StructuredOutcome.Failed(limits.File, DiagnosticCodes.Corrupt, "a Word package without a document body; not read.");
            var context = new DocxContext(limits, new DocxNumbering(package.MainDocumentPart.NumberingDefinitionsPart),
                new DocxStyles(package.MainDocumentPart.StyleDefinitionsPart));
            var blocks = new List<DocumentBlock>();
            var index = 0;
            foreach (var element in BodyElements(body))
            {
                if (limits.Expired)
                    return StructuredOutcome.Failed(limits.File, DiagnosticCodes.ReadTimeout, $"reading took longer than the read timeout (at paragraph {index}); not loaded.");
                index++;
                if (context.BlockOf(element, new SourceLocation(Paragraph: index)) is { } block) blocks.Add(block);
            }
            if (blocks.Count == 0)
                return StructuredOutcome.Failed(limits.File, DiagnosticCodes.NoBodyText, "the document has no text.");
            return new StructuredOutcome(new StructuredDocument(path, DocumentFormats.Docx, blocks), "utf-8", context.Diagnostics);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or IOException)
        {
            return StructuredOutcome.Failed(limits.File, DiagnosticCodes.Corrupt, $"not a readable Word document (corrupt or incomplete): {ex.Message}");
        }
    }

    /// <summary>Paragraphs and tables of the body in order, looking inside block-level content controls.</summary>
    private static IEnumerable<OpenXmlElement> BodyElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table) yield return child;
            else if (child is SdtBlock { SdtContentBlock: { } content })
            {
                foreach (var inner in BodyElements(content)) yield return inner;
            }
        }
    }
}

/// <summary>Turns one body paragraph or table into a block, advancing the numbering counters as Word does.</summary>
internal sealed class DocxContext(ReadLimits limits, DocxNumbering numbering, DocxStyles styles)
{
    public List<IngestDiagnostic> Diagnostics { get; } = [];

    public DocumentBlock? BlockOf(OpenXmlElement element, SourceLocation location) => element switch
    {
        Paragraph paragraph => ParagraphBlockOf(paragraph, location),
        Table table => TableBlockOf(table, location),
        _ => null,
    };

    private DocumentBlock? ParagraphBlockOf(Paragraph paragraph, SourceLocation location)
    {
        var (label, text) = LabelledText(paragraph);
        if (text.Length == 0) return null;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (styles.HeadingLevel(styleId) is { } level) return new HeadingBlock(label + text, level, location);
        return label.Length > 0 ? new ListItemBlock(label, text, location) : new ParagraphBlock(text, location);
    }

    /// <summary>The paragraph's numbering label ("" if none) and its text.</summary>
    private (string Label, string Text) LabelledText(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var fromStyle = styles.Numbering(styleId);
        var numId = own?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        var text = TextOf(paragraph);
        var label = numId is { } id && text.Length > 0 ? numbering.Next(id, level) ?? "" : "";
        return (label, text);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
            }
        }
        return builder.ToString().Trim(' ', '\u3000', '\u00A0');
    }

    private TableBlock? TableBlockOf(Table table, SourceLocation location)
    {
        var rows = new List<Documents.TableRow>();
        IReadOnlyList<string> previous = [];
        var widest = 0;
        foreach (var row in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
        {
            var cells = new List<string>();
            var column = Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, limits.MaxTableColumns);
            for (var i = 0; i < column && cells.Count < limits.MaxTableColumns; i++) cells.Add("");
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, limits.MaxTableColumns + 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? (column < previous.Count ? previous[column] : "") : CellText(cell);
                for (var k = 0; k < span; k++, column++)
                {
                    if (cells.Count < limits.MaxTableColumns) cells.Add(text);
                }
            }
            widest = Math.Max(widest, column);
            previous = cells;
            if (cells.Any(c => c.Length > 0)) rows.Add(new Documents.TableRow(cells, location));
        }
        if (widest > limits.MaxTableColumns)
        {
            Diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, limits.File, null, DiagnosticCodes.TableCut,
                $"the table at paragraph {location.Paragraph} has {widest:N0} columns: only the first {limits.MaxTableColumns} are read."));
        }
        return rows.Count == 0 ? null : new TableBlock(rows, location);
    }

    /// <summary>A cell's paragraphs (with their numbering) joined; nested tables give their text too.</summary>
    private string CellText(TableCell cell) => TextJoin.Join(cell.Descendants<Paragraph>().Select(p =>
    {
        var (label, text) = LabelledText(p);
        return label + text;
    }));
}
