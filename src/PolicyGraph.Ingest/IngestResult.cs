using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest;

/// <summary>Everything one load produced: the graph, what went wrong, one report per file and the consistency checks.</summary>
public sealed record IngestResult(
    PropertyGraph Graph,
    IReadOnlyList<IngestDiagnostic> Diagnostics,
    IReadOnlyList<DocumentReport> Documents,
    ConsistencyReport Consistency);

/// <summary>What happened to one file. <see cref="DocumentId"/> is null when the file could not be loaded.</summary>
public sealed record DocumentReport(
    string SourceFile,
    string? DocumentId,
    string? Title,
    string? Genre,
    string? Encoding,
    long Bytes,
    int Sections,
    int Measures)
{
    public bool Loaded => DocumentId is not null;
}

/// <summary>Progress of a corpus load: <see cref="Done"/> of <see cref="Total"/> files, the last one being <see cref="File"/>.</summary>
public sealed record IngestProgress(int Done, int Total, string File, long BytesRead);
