using System.CommandLine;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Loading;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Ingest;
using PolicyGraph.Neo4j;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>load --data DIR [--prune] FOLDER</c>: brings the store in DIR up to date with FOLDER. Files whose content hash
/// the store already holds are not even extracted when nothing else changed; otherwise the folder is extracted
/// (cross-document links need every document) and only what differs is written, one transaction per document.
/// </summary>
internal static class StoreLoad
{
    /// <summary>--data DIR: the store to bring up to date.</summary>
    public static Option<string> DataOption() => CliOptions.Text("--data", "DIR",
        "Store directory of the embedded engine to bring up to date, document by document " +
        $"(default: ${StoreLocation.EnvironmentVariable} when set; otherwise the embedded load is a dry run in memory).");

    /// <summary>--data, else $POLICYGRAPH_DATA; null for the in-memory dry run (or another target).</summary>
    public static string? DataDirectory(CliArguments args) =>
        args.Get("data") ?? (args.Has("target") ? null : Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } d ? d : null);

    /// <summary>The positional folder when given, else --seeds (or its default).</summary>
    public static string DocumentsDirectory(CliArguments args) => args.Positionals.FirstOrDefault() ?? args.SeedsDirectory;

    public static async Task<int> RunAsync(CliArguments args, string dataDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!string.Equals(args.Get("target", LoadCommand.EmbeddedTarget), LoadCommand.EmbeddedTarget, StringComparison.OrdinalIgnoreCase))
            throw new CliUsageException("--data is the embedded engine's store; it cannot be combined with --target neo4j.");
        var folder = DocumentsDirectory(args);
        if (!Directory.Exists(folder)) throw new CliUsageException($"the document folder '{folder}' does not exist.");
        try
        {
            await using var store = EmbeddedGraphBackend.Open(dataDirectory);
            foreach (var warning in store.OpenReport!.Warnings) error.WriteLine($"load: warning: {warning}");
            var code = await SyncAsync(args, store, folder, output, error, cancellationToken);
            if (args.Has("checkpoint"))
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                store.Checkpoint();
                output.WriteLine($"checkpoint written in {started.Elapsed.TotalSeconds:F1} s: the next open reads the snapshot and the full-text index, no log to replay.");
            }
            // A refused index file is rebuilt from the graph, so the load stands; the reason still deserves a look.
            foreach (var problem in store.TakeFullTextIndexProblems()) error.WriteLine($"load: warning: {problem}");
            if (store.LastBackgroundError is { } background) error.WriteLine($"load: warning: {background}");
            return code;
        }
        catch (StoreException ex)
        {
            error.WriteLine($"load: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> SyncAsync(CliArguments args, EmbeddedGraphBackend store, string folder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var prune = args.Has("prune");
        // The schema (indexes, the full-text index search reads) belongs to the store, so web apps following it find it.
        await store.ApplySchemaAsync(cancellationToken);
        var stored = DocumentSync.StoredHashes(store.CurrentSnapshot);
        if (DocumentSync.Interrupted(store))
            error.WriteLine("load: the previous load stopped before its last transaction; the folder is extracted again to finish it.");
        else if (Unchanged(folder, stored, prune) is { } count)
        {
            output.WriteLine($"nothing to do: the store in {store.OpenReport!.Directory} already holds the {count} documents of {folder} unchanged.");
            return 0;
        }
        var result = IngestRunner.Load(args, folder, error);
        var loaded = result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile).ToHashSet(StringComparer.Ordinal);
        foreach (var failed in result.Documents.Where(d => !d.Loaded))
            error.WriteLine($"load: {failed.SourceFile} was not loaded; what the store holds of it is kept.");
        var present = DocumentFolder.Select(folder, IngestOptions.Default.SearchPatterns).Files.Select(Path.GetFileName).OfType<string>()
            .Concat(result.Documents.Select(d => d.SourceFile)).ToHashSet(StringComparer.Ordinal);
        var report = await DocumentSync.RunAsync(store, result.Graph, new SyncScope(present, loaded, prune),
            change => output.WriteLine($"  {change.Kind,-9} {change.SourceFile ?? "(shared agencies, zones, links)"}: " +
                $"{change.NodesWritten} nodes and {change.RelationshipsWritten} relationships written, " +
                $"{change.NodesRemoved} nodes and {change.RelationshipsRemoved} relationships removed"),
            cancellationToken: cancellationToken);
        WriteSummary(output, store, report);
        return loaded.Count > 0 || report.Changes.Count > 0 ? 0 : 1;
    }

    /// <summary>The number of documents when every file of the folder is in the store with the same hash (and, pruning, nothing else is); else null.</summary>
    private static int? Unchanged(string folder, IReadOnlyDictionary<string, string> stored, bool prune)
    {
        var (files, _) = DocumentFolder.Select(folder, IngestOptions.Default.SearchPatterns);
        foreach (var file in files)
        {
            if (!stored.TryGetValue(Path.GetFileName(file), out var hash)) return null;
            if (hash != Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))) return null;
        }
        if (prune && stored.Keys.Except(files.Select(Path.GetFileName), StringComparer.Ordinal).Any()) return null;
        return files.Count;
    }

    private static void WriteSummary(TextWriter output, EmbeddedGraphBackend store, DocumentSyncReport report)
    {
        var snapshot = store.CurrentSnapshot;
        if (report.NothingChanged)
        {
            output.WriteLine($"nothing to do: the store already matches the folder ({report.UnchangedDocuments} documents unchanged).");
            return;
        }
        var byKind = report.Changes.Where(c => c.SourceFile is not null).GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"store {store.OpenReport!.Directory}: " +
            $"{byKind.GetValueOrDefault("added")} added, {byKind.GetValueOrDefault("replaced")} replaced, " +
            $"{byKind.GetValueOrDefault("removed")} removed, {byKind.GetValueOrDefault("relinked")} relinked, " +
            $"{report.UnchangedDocuments} unchanged; now {snapshot.NodeCount} nodes, {snapshot.RelationshipCount} relationships (commit {snapshot.Version}).");
    }
}
