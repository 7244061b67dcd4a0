using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Loading;

/// <summary>What one transaction of a sync did. <see cref="Kind"/>: added, replaced, removed, relinked (only links to other documents changed) or shared.</summary>
public sealed record DocumentSyncChange(string? SourceFile, string Kind, int NodesWritten, int NodesRemoved, int RelationshipsWritten, int RelationshipsRemoved);

/// <summary>The transactions a sync committed, in order, and how many documents needed none.</summary>
public sealed record DocumentSyncReport(IReadOnlyList<DocumentSyncChange> Changes, int UnchangedDocuments)
{
    public bool NothingChanged => Changes.Count == 0;
}

/// <summary>
/// Brings a store in line with the graph extracted from a folder, one transaction per document that changed
/// (so a reader, or a crash, sees each document whole or not at all), then one for what documents share.
/// Relationships whose other end belongs to a later document wait for that document's transaction.
/// </summary>
public static class DocumentSync
{
    public static async Task<DocumentSyncReport> RunAsync(
        EmbeddedGraphBackend backend, PropertyGraph desired, SyncScope scope,
        Action<DocumentSyncChange>? committed = null, DocumentKeys? keys = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(scope);
        var loadedFiles = scope.LoadedFiles;
        keys ??= DocumentKeys.Default;
        var storedHashes = StoredHashes(backend.CurrentSnapshot, keys);
        var plan = DocumentSyncPlan.Make(new GraphTransaction(backend.CurrentSnapshot, null), desired, scope, keys);
        var writer = new SyncWriter(plan);
        var directory = backend.OpenReport?.Directory;
        if (directory is not null) SyncMarker.Set(directory);
        var changes = new List<DocumentSyncChange>();
        foreach (var group in plan.Documents.Values)
        {
            var kind = KindOf(group.SourceFile!, storedHashes, desired, loadedFiles, keys);
            var change = await backend.WriteAsync(t => writer.Apply(t, group, kind), cancellationToken).ConfigureAwait(false);
            changes.Add(change);
            committed?.Invoke(change);
        }
        if (!plan.Shared.IsEmpty || writer.HasPending)
        {
            var change = await backend.WriteAsync(t => writer.ApplyShared(t), cancellationToken).ConfigureAwait(false);
            if (change.NodesWritten + change.NodesRemoved + change.RelationshipsWritten + change.RelationshipsRemoved > 0)
            {
                changes.Add(change);
                committed?.Invoke(change);
            }
        }
        if (directory is not null) SyncMarker.Clear(directory);
        var unchanged = loadedFiles.Count(f => !plan.Documents.ContainsKey(f));
        return new DocumentSyncReport(changes, unchanged);
    }

    /// <summary>Whether an earlier sync into this store stopped before its last transaction (its hashes may be final while links are not).</summary>
    public static bool Interrupted(EmbeddedGraphBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return backend.OpenReport?.Directory is { } directory && SyncMarker.IsSet(directory);
    }

    /// <summary>Source file → content hash of every document node in the snapshot that has both.</summary>
    public static Dictionary<string, string> StoredHashes(GraphSnapshot snapshot, DocumentKeys? keys = null)
    {
        keys ??= DocumentKeys.Default;
        var view = new GraphTransaction(snapshot, null);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in view.NodesWithLabel(keys.DocumentLabel))
        {
            if (view.NodeProperty(id, keys.SourceProperty) is string file && view.NodeProperty(id, keys.HashProperty) is string hash)
                hashes[file] = hash;
        }
        return hashes;
    }

    private static string KindOf(string file, Dictionary<string, string> storedHashes, PropertyGraph desired, IReadOnlySet<string> loadedFiles, DocumentKeys keys)
    {
        if (!storedHashes.TryGetValue(file, out var before)) return "added";
        if (!loadedFiles.Contains(file)) return "removed";
        var after = desired.Nodes.FirstOrDefault(n => n.HasLabel(keys.DocumentLabel) && Equals(n[keys.SourceProperty], file))?[keys.HashProperty];
        return Equals(after, before) ? "relinked" : "replaced";
    }
}
