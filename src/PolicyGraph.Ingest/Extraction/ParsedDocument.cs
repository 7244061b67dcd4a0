using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

public static class Genres
{
    public const string ImplementationPlan = "implementation-plan";
    public const string FiveYearPlan = "five-year-plan";
    public const string InnovationBatch = "innovation-batch";
    public const string Unknown = "unknown";
}

/// <summary>Front matter of a document; <see cref="IssuedOn"/> is null when the date is missing or left blank.</summary>
public sealed record DocumentMetadata(
    string Title,
    int TitleLine,
    string? DocNumber,
    string? Issuer,
    int? IssuerLine,
    DateOnly? IssuedOn,
    string? Status,
    string Genre);

/// <summary>A heading: chapter, section, numbered heading or 专栏 box. <see cref="Path"/> is "3.2" style, unique in the document.</summary>
public sealed record ParsedSection(string Path, string? ParentPath, string Title, int Ordinal, int Level, string Kind, int Line)
{
    /// <summary>The numbering style of the heading, which ranks it against numbered items.</summary>
    public MarkerKind Marker { get; init; }
}

/// <summary>
/// One statement of a measure's scope and responsible units, from the body clause or from a table row.
/// <see cref="Units"/> lists every unit as written; <see cref="Roles"/> says which lead, support or reported it,
/// where the source says so; <see cref="Deadline"/> is the 完成时限 as written.
/// </summary>
public sealed record MeasureSource(string Origin, string Title, string Text, string? Scope, string? Pilot, string? Units, int Line, string Quote)
{
    public const string Body = "body";
    public const string Table = "table";

    public IReadOnlyList<RoleUnits> Roles { get; init; } = [];

    public string? Deadline { get; init; }
}

/// <summary>The extra facts of an item of an innovation batch.</summary>
public sealed record InnovationFacts(string? Novelty, string? InnovationPoint, bool ConcernsTaiwan);

/// <summary>
/// A measure with every statement of it: <see cref="Body"/> from the numbered text, <see cref="Table"/> from the
/// annex row with the same number. Both are kept so disagreements can be reported, never silently resolved.
/// </summary>
public sealed record ParsedMeasure(
    int Index,
    int Seq,
    string Title,
    string Text,
    int Line,
    string? SectionPath,
    MeasureSource? Body,
    MeasureSource? Table,
    InnovationFacts? Innovation)
{
    /// <summary><see cref="ItemKinds.Measure"/> or <see cref="ItemKinds.Requirement"/>.</summary>
    public string Kind { get; init; } = ItemKinds.Measure;

    /// <summary>
    /// Unique within the document: the heading path and the number as written ("2/1" is item 1 under the second
    /// heading), or "t1/3" for row 3 of the first table when the body does not state the item; "~2" marks a repeat.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>The table (1-based, in reading order) of <see cref="Table"/>; 0 without one.</summary>
    public int TableIndex { get; init; }
}

/// <summary>How much of a document's numbered text reached the graph; every item or row that did not is in <see cref="Unplaced"/>.</summary>
public sealed record ExtractionCoverage(
    int ItemsFound, int Measures, int Requirements, int ItemsReported, int TableRows, int RowsPaired, int RowsStandalone, IReadOnlyList<UnplacedItem> Unplaced)
{
    public static ExtractionCoverage None { get; } = new(0, 0, 0, 0, 0, 0, 0, []);

    /// <summary>Numbered items of the body in the graph (as measures or requirements).</summary>
    public int ItemsInGraph => Measures - RowsStandalone + Requirements;
}

/// <summary>A 《title》 or 〔year〕 number this document refers to.</summary>
public sealed record Citation(string? Title, string? DocNumber, int Line, string Quote);

/// <summary>A count the document states about itself, e.g. 全国首创28项.</summary>
public sealed record StatedTotal(string Label, int Count, int Line, string Quote);

/// <summary>The batch an innovation notice publishes: 第七批 has number 7; <see cref="ScopeText"/> is the title text before it, naming the programme.</summary>
public sealed record BatchInfo(int Number, string ScopeText, int Line);

public sealed record ParsedDocument(
    RepairedText Repaired,
    DocumentMetadata Metadata,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedMeasure> Measures,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<StatedTotal> StatedTotals,
    BatchInfo? Batch,
    IReadOnlyList<IngestDiagnostic> Diagnostics)
{
    public SourceText Source => Repaired.Source;

    public IReadOnlyList<LogicalLine> Lines => Repaired.Lines;

    /// <summary>Safeguard/requirement paragraphs (保障措施 …): in the graph as Requirement nodes, never counted as measures.</summary>
    public IReadOnlyList<ParsedMeasure> Requirements { get; init; } = [];

    public ExtractionCoverage Coverage { get; init; } = ExtractionCoverage.None;
}
