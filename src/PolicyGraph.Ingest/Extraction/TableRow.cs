namespace PolicyGraph.Ingest.Extraction;

/// <summary>What a table column holds, decided from its header (or, for a table without one, its position).</summary>
public enum ColumnRole
{
    Ignored,
    Seq,
    Title,
    Text,
    Scope,
    Pilot,
    Units,
    Novelty,
    InnovationPoint,
}

/// <summary>A numbered row of an annex table, its cells by role (null when the table has no such column).</summary>
public sealed record TableRow(
    int Seq,
    string Title,
    string Text,
    string? Scope,
    string? Pilot,
    string? Units,
    string? Novelty,
    string? InnovationPoint,
    int Line,
    string Quote);
