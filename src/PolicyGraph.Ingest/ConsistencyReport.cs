namespace PolicyGraph.Ingest;

/// <summary>
/// What the documents say inconsistently or incompletely. Nothing here is resolved silently: the graph keeps both
/// statements (edges carry <c>sources</c>), and this report lists where they differ.
/// </summary>
public sealed record ConsistencyReport(
    IReadOnlyList<BodyTableDisagreement> Disagreements,
    IReadOnlyList<UnresolvedName> UnresolvedNames,
    IReadOnlyList<MeasureWithoutAgency> MeasuresWithoutAgency,
    IReadOnlyList<TotalCheck> Totals,
    IReadOnlyList<LikelyDuplicate> LikelyDuplicates)
{
    public static ConsistencyReport Empty { get; } = new([], [], [], [], []);

    /// <summary>One entry per loaded document, in load order: what of its numbered text reached the graph.</summary>
    public IReadOnlyList<DocumentCoverage> Coverage { get; init; } = [];

    /// <summary>Numbered lines and table rows that are not in the graph, each with the reason.</summary>
    public IReadOnlyList<UnplacedEntry> Unplaced { get; init; } = [];

    /// <summary>Documents whose text names responsible units (a 责任单位 label or column) while the graph assigns none.</summary>
    public IEnumerable<DocumentCoverage> UnitsNamedButNoneAssigned => Coverage.Where(c => c.UnitsNamedLine is not null);

    /// <summary>Documents whose jurisdiction is unknown while they name agencies by a level word (市商务局).</summary>
    public IEnumerable<DocumentCoverage> JurisdictionUnknown => Coverage.Where(c => c.UnqualifiedLevelNames > 0);
}

/// <summary>
/// How much of one document's numbered text is in the graph: body items found, measures and requirements made of
/// them, items and rows reported instead (see <see cref="ConsistencyReport.Unplaced"/>), table rows paired with a
/// body item or standing alone, and how many items got an agency.
/// </summary>
public sealed record DocumentCoverage(
    string SourceFile,
    int ItemsFound,
    int Measures,
    int Requirements,
    int Reported,
    int TableRows,
    int RowsPaired,
    int RowsStandalone,
    int ItemsWithAgency)
{
    /// <summary>Table rows neither paired nor standing alone (each is in <see cref="ConsistencyReport.Unplaced"/>).</summary>
    public int RowsDropped => TableRows - RowsPaired - RowsStandalone;

    /// <summary>Body items that became measures or requirements.</summary>
    public int ItemsInGraph => Measures - RowsStandalone + Requirements;

    /// <summary>Where the text names units although no item got an agency; null otherwise.</summary>
    public int? UnitsNamedLine { get; init; }

    public string? UnitsNamedWord { get; init; }

    /// <summary>Agencies left unqualified (市商务局 as written) because the document's jurisdiction is unknown.</summary>
    public int UnqualifiedLevelNames { get; init; }
}

/// <summary>A numbered line or table row that is not in the graph, and why.</summary>
public sealed record UnplacedEntry(string SourceFile, int Line, string Text, string Reason);

/// <summary>A measure whose body text and annex table row say different things about <see cref="Field"/> (agencies, scope, title, deadline or role).</summary>
public sealed record BodyTableDisagreement(
    string SourceFile,
    string MeasureId,
    int Seq,
    string Field,
    IReadOnlyList<string> BodyOnly,
    IReadOnlyList<string> TableOnly,
    int BodyLine,
    int TableLine);

/// <summary>An agency or zone name the gazetteer does not know; kept in the graph, listed here for review.</summary>
public sealed record UnresolvedName(string SourceFile, int Line, string Kind, string AsWritten, string AssignedName);

/// <summary>A measure of a document that assigns agencies elsewhere but names none for this one.</summary>
public sealed record MeasureWithoutAgency(string SourceFile, string MeasureId, int Seq, int Line, string Title);

/// <summary>A count the document states (全国首创28项) next to the count extracted from it.</summary>
public sealed record TotalCheck(string SourceFile, string Label, int Stated, int Extracted, int Line, string Quote)
{
    public bool Matches => Stated == Extracted;
}

/// <summary>Two measures of different documents that say the same thing (a SIMILAR_TO edge).</summary>
public sealed record LikelyDuplicate(string FromId, string ToId, double Score, string FromTitle, string ToTitle);
