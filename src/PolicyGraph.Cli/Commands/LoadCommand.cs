using System.CommandLine;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Ingest;
using PolicyGraph.Neo4j;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>load [FOLDER | --seeds DIR] [--reference DIR] [--target embedded|neo4j] [--data DIR [--prune]]</c>: reads the
/// documents into a graph backend and prints what was loaded. With <c>--data</c> the embedded store in that
/// directory is brought up to date document by document (see <see cref="StoreLoad"/>); without it the embedded
/// target lives in this process only (a dry run of the load); the neo4j target applies the schema and loads over
/// the HTTP Query API configured by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
/// </summary>
public sealed class LoadCommand : ICliCommand
{
    internal const string EmbeddedTarget = "embedded";
    private const string Neo4jTarget = "neo4j";

    public string Name => "load";

    public string Summary => "Load the documents into a graph backend (or, with --data, into a store on disk) and summarise what was loaded.";

    public IReadOnlyList<Symbol> Parameters { get; } =
    [
        new Argument<string>("folder") { Description = "Folder of policy documents (same as --seeds).", Arity = ArgumentArity.ZeroOrOne },
        CliOptions.Seeds(),
        CliOptions.Reference(),
        CliOptions.OneOf("--target", "Backend to load into: this process only (a dry run), or Neo4j over NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.",
            required: false, StringComparer.OrdinalIgnoreCase, EmbeddedTarget, Neo4jTarget),
        StoreLoad.DataOption(),
        CliOptions.Switch("--prune", "With --data: also remove documents the folder no longer holds."),
        CliOptions.Switch("--checkpoint", "With --data: then write a checkpoint (snapshot and full-text index), so the next start neither replays the log nor builds the index."),
    ];

    public async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (StoreLoad.DataDirectory(args) is { } data) return await StoreLoad.RunAsync(args, data, output, error, cancellationToken);
        if (args.Has("prune") || args.Has("checkpoint")) throw new CliUsageException("--prune and --checkpoint apply to a store on disk: give --data DIR too.");
        await using var backend = CreateBackend(args.Get("target", EmbeddedTarget));
        var result = IngestRunner.Load(args, StoreLoad.DocumentsDirectory(args), error);
        try
        {
            await backend.ImportAsync(result.Graph, cancellationToken);
        }
        catch (CypherException ex)
        {
            error.WriteLine($"load: the {backend.Name} backend refused the graph: {ex}");
            return 1;
        }
        IngestRunner.WriteSummary(output, result);
        output.WriteLine($"loaded into: {backend.Name}");
        if (backend is EmbeddedGraphBackend embedded)
        {
            var snapshot = embedded.CurrentSnapshot;
            output.WriteLine($"embedded backend: {snapshot.NodeCount} nodes, {snapshot.RelationshipCount} relationships imported");
        }
        return result.Documents.Any(d => d.Loaded) ? 0 : 1;
    }

    // The CLI composes the backend itself: Core and the Neo4j project do not know the embedded engine.
    private static IGraphBackend CreateBackend(string target)
    {
        if (target.Equals(EmbeddedTarget, StringComparison.OrdinalIgnoreCase)) return new EmbeddedGraphBackend();
        try
        {
            var options = Neo4jOptions.FromSettings(_ => null)
                ?? throw new CliUsageException("--target neo4j needs a server: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).");
            return new Neo4jGraphBackend(options);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }
}

/// <summary>Loading and summary printing shared by the load, export and check verbs.</summary>
internal static class IngestRunner
{
    /// <summary>Loads --seeds (with --reference), showing progress on stderr unless <paramref name="quiet"/>.</summary>
    public static IngestResult Load(CliArguments args, TextWriter error, bool quiet = false) =>
        Load(args, args.SeedsDirectory, error, quiet);

    public static IngestResult Load(CliArguments args, string directory, TextWriter error, bool quiet = false)
    {
        if (!Directory.Exists(directory)) throw new CliUsageException($"the document folder '{directory}' does not exist.");
        var options = Options(args, directory);
        return IngestProgressDisplay.Run(args, error, quiet, progress => CorpusLoader.LoadDirectory(directory, progress, options));
    }

    public static IngestOptions Options(CliArguments args, string documentsDirectory) =>
        IngestOptions.Default with { Gazetteer = LoadGazetteer(args, documentsDirectory) };

    /// <summary>--reference DIR, else a reference/ folder beside the documents, else the default search from the working directory.</summary>
    private static Gazetteer LoadGazetteer(CliArguments args, string documentsDirectory)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(documentsDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "reference");
        var reference = args.Get("reference") ?? (File.Exists(Path.Combine(beside, Gazetteer.AgenciesFile)) ? beside : null);
        try
        {
            return reference is null ? Gazetteer.Default : Gazetteer.Load(reference);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or GazetteerFormatException)
        {
            throw new CliUsageException($"cannot load the agency/zone gazetteer: {ex.Message} (use --reference DIR).");
        }
    }

    public static void WriteSummary(TextWriter output, IngestResult result)
    {
        var loaded = result.Documents.Count(d => d.Loaded);
        output.WriteLine($"documents: {loaded} loaded, {result.Documents.Count - loaded} not loaded");
        foreach (var doc in result.Documents)
        {
            var reason = result.Diagnostics.FirstOrDefault(d => d.File == doc.SourceFile && d.Severity == DiagnosticSeverity.Error)?.Code
                ?? result.Diagnostics.FirstOrDefault(d => d.File == doc.SourceFile)?.Code;
            var what = doc.Loaded ? $"{doc.Genre}, {doc.Sections} sections, {doc.Measures} measures, {doc.Encoding}" : $"not loaded ({reason})";
            output.WriteLine($"  {doc.SourceFile}: {what}");
        }
        output.WriteLine($"nodes: {result.Graph.Nodes.Count} (by label; a node with two labels counts under both)");
        foreach (var group in result.Graph.Nodes.SelectMany(n => n.Labels).GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Key,-24} {group.Count(),6}{LabelNote(result, group.Key)}");
        output.WriteLine($"relationships: {result.Graph.Relationships.Count}");
        foreach (var group in result.Graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Key,-24} {group.Count(),6}");
        var notable = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        output.WriteLine($"warnings and errors: {notable.Count}");
        foreach (var diagnostic in notable) output.WriteLine($"  {diagnostic}");
    }

    private static string LabelNote(IngestResult result, string label)
    {
        if (label != NodeLabels.Document) return "";
        var cited = result.Graph.Nodes.Count(n => n.HasLabel(NodeLabels.Document) && n[PropertyNames.Cited] is true);
        return $"  ({cited} only cited by the loaded documents)";
    }
}
