using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Runs every extraction step over one repaired document. Every document yields its numbered items whatever its
/// genre; the genre only adds meaning (a batch and its innovations).
/// </summary>
public static partial class DocumentExtractor
{
    /// <param name="stages">When set, the time of each step is charged to its stage (see <see cref="StageClock"/>).</param>
    public static ParsedDocument Extract(SourceText source, Gazetteer? gazetteer = null, StageClock? stages = null)
    {
        RepairedText repaired;
        using (stages?.Time(IngestStages.Repair)) repaired = TextRepairer.Repair(source);
        return Extract(repaired, gazetteer, stages);
    }

    /// <param name="gazetteer">Reads table columns whose header names nothing known; null means <see cref="Gazetteer.Default"/>.</param>
    /// <param name="stages">When set, the time of each step is charged to its stage (see <see cref="StageClock"/>).</param>
    public static ParsedDocument Extract(RepairedText repaired, Gazetteer? gazetteer = null, StageClock? stages = null)
    {
        var vocabulary = ExtractionVocabulary.Default;
        var diagnostics = new List<IngestDiagnostic>(repaired.Diagnostics);
        DocumentMetadata metadata;
        using (stages?.Time(IngestStages.Metadata)) metadata = MetadataExtractor.Extract(repaired, diagnostics);
        DocumentStructure structure;
        using (stages?.Time(IngestStages.Structure)) structure = StructureParser.Parse(repaired.Lines, repaired.HasOutline);
        TableReading tables;
        using (stages?.Time(IngestStages.Tables)) tables = TableParser.Read(repaired.Lines, repaired.HasOutline, CellReader(repaired.Lines, metadata, gazetteer, vocabulary));
        KeyedItems items;
        using (stages?.Time(IngestStages.Items)) items = Items(structure, tables, metadata, vocabulary);
        items = items with { Measures = ItemNumberUnits.Apply(repaired.Lines, items.Measures) };
        var (measures, keyedRequirements, batch) = (items.Measures, items.Requirements, items.Batch);
        if (measures.Count == 0 && keyedRequirements.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, repaired.Source.FileName, null, DiagnosticCodes.NoMeasures,
                "no numbered measures found."));
        }
        using var references = stages?.Time(IngestStages.References);
        var citations = CitationExtractor.Extract(repaired.Lines, metadata);
        var totals = TotalsExtractor.Extract(repaired.Lines, batch);
        return new ParsedDocument(repaired, metadata, structure.Sections, measures, citations, totals, batch, diagnostics)
        {
            Requirements = keyedRequirements,
            Coverage = items.Coverage,
        };
    }

    private sealed record KeyedItems(IReadOnlyList<ParsedMeasure> Measures, IReadOnlyList<ParsedMeasure> Requirements, BatchInfo? Batch, ExtractionCoverage Coverage);

    /// <summary>Measures and requirements: items classified, paired with table rows, keyed; with the coverage counts.</summary>
    private static KeyedItems Items(DocumentStructure structure, TableReading tables, DocumentMetadata metadata, ExtractionVocabulary vocabulary)
    {
        var classified = ItemClassifier.Classify(structure, tables.Rows, vocabulary);
        var batch = metadata.Genre == Genres.InnovationBatch ? FindBatch(metadata) : null;
        var merged = MeasureMerger.Merge(classified.Measures, tables.Rows, batch is not null);
        var requirements = classified.Requirements.Select((item, i) => MeasureMerger.Requirement(i + 1, item)).ToList();
        var (measures, keyedRequirements) = ItemKeys.Assign(merged, requirements);
        return new KeyedItems(measures, keyedRequirements, batch, Coverage(structure, classified, tables, measures, keyedRequirements));
    }

    /// <summary>The cell reader, built only when the document has a tab-separated line (most have none).</summary>
    private static CellContents? CellReader(IReadOnlyList<LogicalLine> lines, DocumentMetadata metadata, Gazetteer? gazetteer, ExtractionVocabulary vocabulary)
    {
        if (!lines.Any(l => l.IsTableRow)) return null;
        var names = gazetteer ?? Gazetteer.Default;
        return new CellContents(names, vocabulary, () => JurisdictionDetector.Detect(names, metadata.Title, metadata.Issuer));
    }

    private static ExtractionCoverage Coverage(
        DocumentStructure structure, ClassifiedItems classified, TableReading tables, IReadOnlyList<ParsedMeasure> measures, IReadOnlyList<ParsedMeasure> requirements)
    {
        var placedRows = measures.Where(m => m.Table is not null).Select(m => m.Table!.Line).ToHashSet();
        var repeated = tables.Rows.Where(r => !placedRows.Contains(r.Line))
            .Select(r => new UnplacedItem(r.Line, r.Title, "a table row repeating the number of an earlier row of the same table"));
        var unplaced = classified.Unplaced.Concat(tables.Dropped).Concat(repeated).OrderBy(u => u.Line).ToList();
        return new ExtractionCoverage(structure.Items.Count, measures.Count, requirements.Count, classified.Unplaced.Count, tables.Rows.Count + tables.Dropped.Count,
            measures.Count(m => m.Body is not null && m.Table is not null), measures.Count(m => m.Body is null), unplaced);
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
