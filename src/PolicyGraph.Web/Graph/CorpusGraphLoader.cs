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
        var reference = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ReferenceDirectory));
        if (!Directory.Exists(reference))
            throw new DirectoryNotFoundException($"Gazetteer folder not found: {reference} (set PolicyGraph:Web:ReferenceDirectory).");
        var gazetteer = Gazetteer.Load(reference);
        var result = CorpusLoader.LoadDirectory(directory, options: IngestOptions.Default with { Gazetteer = gazetteer });
        var messages = result.Diagnostics.Select(d => new LoaderMessage(LevelOf(d.Severity), d.ToString())).ToArray();
        return new GraphLoadResult(result.Graph, messages, ReferenceAliases(gazetteer));
    }

    public IReadOnlyList<string> ReadSourceLines(string path) => ReadLines(path);

    /// <summary>The extractor's view of a file's lines (its decoding and line splitting).</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        var outcome = new DocumentReader(IngestOptions.Default).Read(path);
        return outcome.Text?.Lines
            ?? throw new IOException($"Cannot read source file {path}: {string.Join("; ", outcome.Diagnostics)}");
    }

    /// <summary>Every alias the gazetteer knows, by the canonical name that agency and zone nodes carry.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferenceAliases(Gazetteer gazetteer)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, names) in gazetteer.Agencies.Select(a => (a.Name, a.Aliases))
                     .Concat(gazetteer.Zones.Select(z => (z.Name, z.Aliases))))
        {
            aliases[name] = aliases.TryGetValue(name, out var known) ? [.. known.Union(names)] : names;
        }
        return aliases;
    }

    private static LogLevel LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => LogLevel.Information,
        DiagnosticSeverity.Warning => LogLevel.Warning,
        _ => LogLevel.Error,
    };
}
