namespace PolicyGraph.Ingest;

/// <summary>Limits and switches for one load. Immutable; use <c>with</c> to change a copy.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// Files larger than this are rejected with <see cref="DiagnosticCodes.TooLarge"/> before being read:
    /// a policy document is well under 1 MB, so a bigger file is almost certainly not one, and rejecting it
    /// keeps memory bounded.
    /// </summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// File name patterns read by <see cref="CorpusLoader.LoadDirectory"/>; every other entry of the folder is named
    /// in a diagnostic with the reason it was skipped.
    /// </summary>
    public IReadOnlyList<string> SearchPatterns { get; init; } = ["*.txt", "*.md", "*.html", "*.htm", "*.docx", "*.pdf"];

    /// <summary>A PDF with more pages is refused before its pages are read: reading stays bounded in time and memory.</summary>
    public int MaxPdfPages { get; init; } = 1000;

    /// <summary>Columns of a table past this are cut with a warning (a real policy table has a dozen at most).</summary>
    public int MaxTableColumns { get; init; } = 64;

    /// <summary>Time one reader may take for one file (checked per page and per block); past it the file is not loaded.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether MENTIONS edges are found by scanning all text for agency and zone names.</summary>
    public bool FindMentions { get; init; } = true;

    /// <summary>Whether SIMILAR_TO edges are computed across documents.</summary>
    public bool FindSimilarMeasures { get; init; } = true;

    /// <summary>Names of agencies and zones; null means <see cref="Resolution.Gazetteer.Default"/> (seeds/reference).</summary>
    public Resolution.Gazetteer? Gazetteer { get; init; }

    /// <summary>When set, the load charges its time and allocation to pipeline stages here (<c>bench-ingest --stages</c>).</summary>
    public StageClock? Stages { get; init; }

    public static IngestOptions Default { get; } = new();
}
