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
}

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
