using PolicyGraph.Ingest.Building;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest;

/// <summary>
/// The public entry point: reads, repairs and extracts policy documents into one <see cref="Core.Model.PropertyGraph"/>.
/// Files are processed in ordinal name order so ids and output order are deterministic. A file that cannot be
/// read or parsed gives an error diagnostic and the load goes on with the others.
/// </summary>
public static class CorpusLoader
{
    public static IngestResult LoadDirectory(string directory, IProgress<IngestProgress>? progress = null, IngestOptions? options = null)
    {
        options ??= IngestOptions.Default;
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The document folder '{directory}' does not exist.");
        var (files, skipped) = DocumentFolder.Select(directory, options.SearchPatterns);
        var reader = new DocumentReader(options);
        return Load(files.Select(path => (path, (Func<ReadOutcome>)(() => reader.Read(path)))), files.Count, progress, options, skipped);
    }

    public static IngestResult LoadFiles(IEnumerable<string> files, IProgress<IngestProgress>? progress = null, IngestOptions? options = null)
    {
        options ??= IngestOptions.Default;
        var reader = new DocumentReader(options);
        var ordered = files.OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal).ToList();
        return Load(ordered.Select(path => (path, (Func<ReadOutcome>)(() => reader.Read(path)))), ordered.Count, progress, options, []);
    }

    /// <summary>Loads documents already in memory (name → bytes), e.g. for tests and benchmarks.</summary>
    public static IngestResult LoadBytes(IEnumerable<KeyValuePair<string, byte[]>> documents, IProgress<IngestProgress>? progress = null, IngestOptions? options = null)
    {
        options ??= IngestOptions.Default;
        var reader = new DocumentReader(options);
        var ordered = documents.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        return Load(ordered.Select(d => (d.Key, (Func<ReadOutcome>)(() => reader.Decode(d.Key, d.Value)))), ordered.Count, progress, options, []);
    }

    private static IngestResult Load(IEnumerable<(string Path, Func<ReadOutcome> Read)> inputs, int total, IProgress<IngestProgress>? progress, IngestOptions options,
        IReadOnlyList<IngestDiagnostic> skipped)
    {
        var gazetteer = options.Gazetteer ?? Gazetteer.Default;
        var builder = new GraphBuilder(gazetteer, options.FindMentions) { Stages = options.Stages };
        var diagnostics = new List<IngestDiagnostic>(skipped);
        var reports = new List<DocumentReport>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var paged = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var done = 0;
        long bytes = 0;
        foreach (var (path, read) in inputs)
        {
            var report = LoadOne(path, read, builder, diagnostics, seen, paged, options);
            reports.Add(report);
            bytes += report.Bytes;
            progress?.Report(new IngestProgress(++done, total, Path.GetFileName(path), bytes));
        }
        var (graph, consistency) = builder.Build(options.FindSimilarMeasures);
        diagnostics.AddRange(ConsistencyDiagnostics(consistency).Select(d => paged.TryGetValue(d.File, out var text) ? WithPage(d, text) : d));
        return new IngestResult(graph, diagnostics, reports, consistency);
    }

    /// <summary>The consistency findings as diagnostics, so a load summary shows them with file and line.</summary>
    private static IEnumerable<IngestDiagnostic> ConsistencyDiagnostics(ConsistencyReport report)
    {
        foreach (var u in report.UnresolvedNames)
            yield return new(DiagnosticSeverity.Warning, u.SourceFile, u.Line, DiagnosticCodes.UnresolvedName, $"{u.Kind} '{u.AsWritten}' is not in the gazetteer; kept as '{u.AssignedName}'.");
        foreach (var m in report.MeasuresWithoutAgency)
            yield return new(DiagnosticSeverity.Warning, m.SourceFile, m.Line, DiagnosticCodes.MeasureWithoutAgency, $"measure {m.Seq} ({m.Title}) names no responsible agency.");
        foreach (var d in report.Disagreements)
        {
            yield return new(DiagnosticSeverity.Info, d.SourceFile, d.BodyLine, DiagnosticCodes.BodyTableDisagreement,
                $"measure {d.Seq}: body and table (line {d.TableLine}) differ on {d.Field}: body only [{string.Join("、", d.BodyOnly)}], table only [{string.Join("、", d.TableOnly)}].");
        }
    }

    /// <summary>A diagnostic on a line of a PDF also names the page, so a reader can find it in the original.</summary>
    private static IngestDiagnostic WithPage(IngestDiagnostic diagnostic, SourceText text) =>
        diagnostic.Line is { } line && text.PageOf(line) is { } page ? diagnostic with { Page = page } : diagnostic;

    private static DocumentReport LoadOne(string path, Func<ReadOutcome> read, GraphBuilder builder, List<IngestDiagnostic> diagnostics,
        Dictionary<string, string> seen, Dictionary<string, SourceText> paged, IngestOptions options)
    {
        var name = Path.GetFileName(path);
        ReadOutcome outcome;
        try
        {
            using (options.Stages?.Time(IngestStages.Read)) outcome = read();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException
            or NullReferenceException or OverflowException or KeyNotFoundException)
        {
            // A reader bug triggered by one odd file must not stop the load: it is that file's error, named.
            diagnostics.Add(new(DiagnosticSeverity.Error, name, null, DiagnosticCodes.ExtractionFailed, $"reading failed: {ex.GetType().Name}: {ex.Message}"));
            return new DocumentReport(name, null, null, null, null, 0, 0, 0);
        }
        diagnostics.AddRange(outcome.Diagnostics);
        if (outcome.Text is not { } text) return new DocumentReport(name, null, null, null, null, 0, 0, 0);
        var bytes = text.ByteCount;
        if (seen.TryGetValue(text.Sha256, out var first))
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, name, null, DiagnosticCodes.DuplicateFile,
                $"same bytes as {first}: {first} (first in name order) is loaded, {name} is not."));
            return new DocumentReport(name, null, null, null, text.EncodingName, bytes, 0, 0);
        }
        seen[text.Sha256] = name;
        try
        {
            var parsed = DocumentExtractor.Extract(text, options.Gazetteer ?? Gazetteer.Default, options.Stages);
            diagnostics.AddRange(parsed.Diagnostics.Select(d => WithPage(d, text)));
            if (text.Origins is not null) paged[name] = text;
            var id = builder.AddDocument(parsed, diagnostics);
            return new DocumentReport(name, id, parsed.Metadata.Title, parsed.Metadata.Genre, text.EncodingName, bytes, parsed.Sections.Count, parsed.Measures.Count);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            // A bug triggered by one odd document must not lose the rest of the corpus; it is reported, not hidden.
            diagnostics.Add(new(DiagnosticSeverity.Error, name, null, DiagnosticCodes.ExtractionFailed, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
            return new DocumentReport(name, null, null, null, text.EncodingName, bytes, 0, 0);
        }
    }
}
