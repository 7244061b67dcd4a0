using Microsoft.Extensions.Options;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Loads documents with the extractor (PolicyGraph.Ingest) and reads source lines with its reader, so line numbers
/// agree. The gazetteer comes from the configured reference folder, not from wherever the process was started.
/// </summary>
public sealed class CorpusGraphLoader(IOptions<PolicyGraphWebOptions> options, IHostEnvironment environment) : IPolicyGraphLoader
{
    public GraphLoadResult Load(string directory)
    {
        var gazetteer = LoadGazetteer(options.Value, environment);
        var result = CorpusLoader.LoadDirectory(directory, options: IngestOptions.Default with { Gazetteer = gazetteer });
        var messages = result.Diagnostics.Select(d => new LoaderMessage(LevelOf(d.Severity), d.ToString())).ToArray();
        return new GraphLoadResult(result.Graph, messages, result.Consistency);
    }

    public IReadOnlyList<string> ReadSourceLines(string path) => ReadLines(path);

    /// <summary>The extractor's view of a file's lines (its decoding and line splitting).</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        var outcome = new DocumentReader(IngestOptions.Default).Read(path);
        return outcome.Text?.Lines
            ?? throw new IOException($"Cannot read source file {path}: {string.Join("; ", outcome.Diagnostics)}");
    }

    /// <summary>The registry of the configured reference folder (PolicyGraph:Web:ReferenceDirectory).</summary>
    public static Gazetteer LoadGazetteer(PolicyGraphWebOptions options, IHostEnvironment environment)
    {
        var reference = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.ReferenceDirectory));
        if (!Directory.Exists(reference))
            throw new DirectoryNotFoundException($"Gazetteer folder not found: {reference} (set PolicyGraph:Web:ReferenceDirectory).");
        return Gazetteer.Load(reference);
    }

    private static LogLevel LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => LogLevel.Information,
        DiagnosticSeverity.Warning => LogLevel.Warning,
        _ => LogLevel.Error,
    };
}
