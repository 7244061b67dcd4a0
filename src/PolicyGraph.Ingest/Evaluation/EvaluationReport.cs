namespace PolicyGraph.Ingest.Evaluation;

/// <summary>The outcome of one evaluation: figures overall, per format and per document, every miss, and the items lost silently.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, FieldScore> Overall,
    IReadOnlyList<GroupEvaluation> Formats,
    IReadOnlyList<DocumentEvaluation> Documents,
    IReadOnlyList<EvaluationMiss> Misses,
    IReadOnlyList<LostItem> LostWithoutCheck);

/// <summary>
/// Figures for one gold document. <see cref="Loaded"/> is false when the graph has no Document for the file
/// (not found, unreadable, or a format the loader does not read).
/// </summary>
public sealed record DocumentEvaluation(
    string File,
    string Format,
    bool Loaded,
    int GoldItems,
    int ExtractedItems,
    IReadOnlyDictionary<string, FieldScore> Fields);

/// <summary>Figures summed over a group of documents (e.g. all .docx files).</summary>
public sealed record GroupEvaluation(string Name, int Documents, int DocumentsLoaded, IReadOnlyDictionary<string, FieldScore> Fields);

/// <summary>
/// One difference between gold and graph. For an item missing from the graph <see cref="Field"/> is <c>items</c>
/// and <see cref="Extracted"/> is null; for an item only the graph has, <see cref="Gold"/> is null. <see cref="Section"/>
/// is the gold item's heading (else the extracted one's), which tells apart items of lists that restart their numbers.
/// </summary>
public sealed record EvaluationMiss(string Document, int Number, string? Section, string Field, string? Gold, string? Extracted);

/// <summary>A gold item that is not in the graph and that no diagnostic or consistency finding on its document names.</summary>
public sealed record LostItem(string Document, int Number, string Title);
