namespace PolicyGraph.Ingest;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something the loader wants a person to know about one file: an error means the file was not loaded,
/// a warning means it was loaded but a fact may be missing or doubtful. <see cref="Line"/> is 1-based when known;
/// <see cref="Page"/> is the PDF page when the file has pages.
/// </summary>
public sealed record IngestDiagnostic(DiagnosticSeverity Severity, string File, int? Line, string Code, string Message, int? Page = null)
{
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} {File}{(Page is { } p ? $" page {p}" : "")}{(Line is { } l ? $":{l}" : "")}: {Message}";
}

/// <summary>Stable machine-readable diagnostic codes.</summary>
public static class DiagnosticCodes
{
    public const string EmptyFile = "PG-READ-EMPTY";
    public const string BinaryFile = "PG-READ-BINARY";
    public const string TooLarge = "PG-READ-TOO-LARGE";
    public const string Truncated = "PG-READ-TRUNCATED";
    public const string InvalidBytes = "PG-READ-INVALID-BYTES";
    public const string DuplicateFile = "PG-READ-DUPLICATE";
    public const string ExtractionFailed = "PG-EXTRACT-FAILED";
    public const string Unreadable = "PG-READ-IO";
    public const string UnsupportedFormat = "PG-READ-UNSUPPORTED";
    public const string Corrupt = "PG-READ-CORRUPT";
    public const string Encrypted = "PG-READ-ENCRYPTED";
    public const string NoTextLayer = "PG-READ-NO-TEXT-LAYER";
    public const string NoBodyText = "PG-READ-NO-BODY-TEXT";
    public const string TooManyPages = "PG-READ-TOO-MANY-PAGES";
    public const string TableCut = "PG-READ-TABLE-CUT";
    public const string ReadTimeout = "PG-READ-TIMEOUT";
    public const string TooDeep = "PG-READ-TOO-DEEP";
    public const string Skipped = "PG-LOAD-SKIPPED";
    public const string OutsideFolder = "PG-LOAD-OUTSIDE-FOLDER";
    public const string SuspiciousMarkup = "PG-REPAIR-MARKUP";
    public const string UnknownGenre = "PG-EXTRACT-GENRE";
    public const string MissingMetadata = "PG-EXTRACT-METADATA";
    public const string NoMeasures = "PG-EXTRACT-NO-MEASURES";

    /// <summary>A numbered line or table row `check` reports as not in the graph, with its reason (eval's check lines).</summary>
    public const string NotInGraph = "PG-CHECK-NOT-IN-GRAPH";
    public const string BodyTableDisagreement = "PG-CHECK-BODY-TABLE";
    public const string TotalMismatch = "PG-CHECK-TOTAL";
    public const string UnresolvedName = "PG-CHECK-UNRESOLVED";
    public const string MeasureWithoutAgency = "PG-CHECK-NO-AGENCY";
}
