namespace PolicyGraph.Ingest.Extraction;

/// <summary>What a table column (or a label in a closing clause) holds, decided from its name or, for a table without a header, its position.</summary>
public enum ColumnRole
{
    Ignored,
    Seq,
    Title,
    Text,
    Scope,
    Pilot,
    Units,
    LeadUnits,
    SupportingUnits,
    SubmittingUnits,
    Deadline,
    Novelty,
    InnovationPoint,

    /// <summary>A category the rows are grouped under (类别, 领域), often merged over several rows: neither the item's name nor its text.</summary>
    Category,
}

/// <summary>A numbered row of an annex table, its cells by role (null when the table has no such column).</summary>
public sealed record TableRow(
    int Seq,
    string Title,
    string Text,
    string? Scope,
    string? Pilot,
    UnitStatement? Units,
    string? Deadline,
    string? Novelty,
    string? InnovationPoint,
    int Line,
    string Quote)
{
    /// <summary>The table has no 序号 column: <see cref="Seq"/> is the row's position, so it pairs with the body in order only.</summary>
    public bool Unnumbered { get; init; }

    /// <summary>Which table of the document (1-based, in reading order) the row belongs to: two tables may both number rows 1–4.</summary>
    public int TableIndex { get; init; }
}
