using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>Runs every extraction step over one repaired document.</summary>
public static partial class DocumentExtractor
{
    public static ParsedDocument Extract(SourceText source) => Extract(TextRepairer.Repair(source));

    public static ParsedDocument Extract(RepairedText repaired)
    {
        var diagnostics = new List<IngestDiagnostic>(repaired.Diagnostics);
        var metadata = MetadataExtractor.Extract(repaired, diagnostics);
        var structure = StructureParser.Parse(repaired.Lines);
        var rows = TableParser.Parse(repaired.Lines);
        var batch = metadata.Genre == Genres.InnovationBatch ? FindBatch(metadata) : null;
        var measures = metadata.Genre == Genres.Unknown ? [] : MeasureMerger.Merge(structure.Items, rows, batch is not null);
        if (metadata.Genre != Genres.Unknown && measures.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, repaired.Source.FileName, null, DiagnosticCodes.NoMeasures,
                "no numbered measures found."));
        }
        var citations = CitationExtractor.Extract(repaired.Lines, metadata);
        var totals = TotalsExtractor.Extract(repaired.Lines, batch);
        return new ParsedDocument(repaired, metadata, structure.Sections, measures, citations, totals, batch, diagnostics);
    }

    private static BatchInfo? FindBatch(DocumentMetadata metadata)
    {
        var m = BatchInTitle().Match(metadata.Title);
        if (!m.Success || ChineseNumerals.Parse(m.Groups["n"].Value) is not { } number) return null;
        return new BatchInfo(number, metadata.Title[..m.Index], metadata.TitleLine);
    }

    [GeneratedRegex(@"第\s*(?<n>[\d一二三四五六七八九十百]+)\s*批")]
    private static partial Regex BatchInTitle();
}
