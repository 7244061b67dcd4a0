using Microsoft.Extensions.Options;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Loading;
using PolicyGraph.Ingest;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Graph;

/// <summary>How this app holds the graph, for writing: not at all (in memory or Neo4j), following a store the CLI writes, or as its writer.</summary>
public enum StoreAccess
{
    NoStore,
    Follower,
    Writer,
}

/// <summary>What one upload or removal did: the file, its document, the sync's changes; or why the file was refused.</summary>
public sealed record DocumentWrite(string File, string? DocumentId, IReadOnlyList<DocumentSyncChange> Changes, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Uploads and removals of documents when the app holds the store as its writer (<c>Graph:DataDirectory</c> with
/// <c>Graph:Writer=true</c>). The document folder is <c>PolicyGraph:Web:SeedDirectory</c>; each change goes through
/// the CLI's loader: the folder is extracted (cross-document links need every document) and <see cref="DocumentSync"/>
/// writes what differs, one transaction per document. One change at a time.
/// </summary>
public sealed class StoreDocuments(
    IGraphBackend backend, GraphWorkspace workspace, IConfiguration configuration, IOptions<PolicyGraphWebOptions> options, IHostEnvironment environment)
{
    private readonly SemaphoreSlim _oneWriter = new(1, 1);

    public StoreAccess Access { get; } = AccessOf(key => configuration[key], backend);

    /// <summary>The file types the loader reads (the CLI's own list), as extensions: .txt, .md, .html, .htm, .docx, .pdf.</summary>
    public static IReadOnlyList<string> Extensions { get; } = IngestOptions.Default.SearchPatterns.Select(p => p.TrimStart('*')).ToArray();

    private string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedDirectory));

    public static StoreAccess AccessOf(Func<string, string?> setting, IGraphBackend backend) =>
        backend is not EmbeddedGraphBackend { OpenReport: not null } ? StoreAccess.NoStore
        : GraphBackendFactory.HoldsStore(setting) ? StoreAccess.Writer : StoreAccess.Follower;

    /// <summary>Whether <paramref name="name"/> is a plain file name the folder can hold (no folder part, no hidden file).</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length is > 0 and <= 200 && Path.GetFileName(name) == name && !name.StartsWith('.') && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    public static bool IsReadableType(string name) => Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds or replaces <paramref name="file"/>; when the loader cannot read it, or anything fails, the folder is left as it was.</summary>
    public async Task<DocumentWrite> AddAsync(string file, Stream content, CancellationToken cancellationToken)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(Folder, file);
            var previous = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
            await WriteWholeAsync(path, content, cancellationToken);
            var kept = false;
            try
            {
                var result = await Task.Run(Extract, CancellationToken.None);
                var report = result.Documents.FirstOrDefault(d => d.SourceFile == file);
                if (report is not { Loaded: true })
                {
                    var problems = result.Diagnostics.Where(d => d.File == file && d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
                    return new DocumentWrite(file, null, [], problems.Length > 0 ? problems : [$"{file}: the loader could not read this file."]);
                }
                // The store must follow once the folder has changed, whatever the client does meanwhile.
                var changes = await SyncAsync(result, [], CancellationToken.None);
                kept = true;
                return new DocumentWrite(file, report.DocumentId, changes, []);
            }
            finally
            {
                if (!kept) Restore(path, previous);
            }
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    /// <summary>Removes <paramref name="file"/> from the folder and its document from the store; null when the folder has no such file.
    /// Documents the store holds from other files stay, whatever folder they were loaded from.</summary>
    public async Task<DocumentWrite?> RemoveAsync(string file, CancellationToken cancellationToken)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(Folder, file);
            if (!File.Exists(path))
                return null;
            File.Delete(path);
            var result = await Task.Run(Extract, CancellationToken.None);
            return new DocumentWrite(file, null, await SyncAsync(result, [file], CancellationToken.None), []);
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    /// <summary>Copies into a hidden file of the same folder, then moves it over <paramref name="path"/>: the document is never half-written.</summary>
    private static async Task WriteWholeAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.upload");
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                await content.CopyToAsync(target, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void Restore(string path, byte[]? previous)
    {
        if (previous is null) File.Delete(path);
        else File.WriteAllBytes(path, previous);
    }

    private IngestResult Extract() =>
        CorpusLoader.LoadDirectory(Folder, options: IngestOptions.Default with { Gazetteer = CorpusGraphLoader.LoadGazetteer(options.Value, environment) });

    /// <summary>As <c>policygraph load --data</c> without pruning: loaded files follow the folder, unreadable ones and
    /// documents loaded from elsewhere keep what the store holds; only <paramref name="removed"/> files go.</summary>
    private async Task<IReadOnlyList<DocumentSyncChange>> SyncAsync(IngestResult result, IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        var loaded = result.Documents.Where(d => d.Loaded).Select(d => d.SourceFile).ToHashSet(StringComparer.Ordinal);
        var present = DocumentFolder.Select(Folder, IngestOptions.Default.SearchPatterns).Files.Select(Path.GetFileName).OfType<string>()
            .Concat(result.Documents.Select(d => d.SourceFile)).ToHashSet(StringComparer.Ordinal);
        // Search reads the full-text index; a store the app starts empty has none yet (idempotent when it has).
        await backend.ApplySchemaAsync(cancellationToken);
        var report = await DocumentSync.RunAsync((EmbeddedGraphBackend)backend, result.Graph, new SyncScope(present, loaded, Prune: false) { RemovedFiles = removed.ToHashSet(StringComparer.Ordinal) },
            cancellationToken: cancellationToken);
        // Document facts and source lines are served from the workspace's list of documents: it must see this change.
        await workspace.RefreshAsync();
        return report.Changes;
    }
}
