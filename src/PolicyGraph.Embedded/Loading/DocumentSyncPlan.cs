using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Loading;

/// <summary>The graph contract's names the sync keys on: which nodes are documents, and the properties naming a source file and its hash.</summary>
public sealed record DocumentKeys(string DocumentLabel, string SourceProperty, string HashProperty)
{
    public static DocumentKeys Default { get; } = new(NodeLabels.Document, PropertyNames.SourceFile, PropertyNames.Sha256);
}

/// <summary>
/// The files a sync covers: those present in the folder, those of them extracted this run, and whether
/// files absent from the folder are removed from the store.
/// </summary>
public sealed record SyncScope(IReadOnlySet<string> FolderFiles, IReadOnlySet<string> LoadedFiles, bool Prune)
{
    /// <summary>Files whose documents go from the store without pruning anything else (one file removed from a folder
    /// while the store also holds documents loaded from elsewhere).</summary>
    public IReadOnlySet<string> RemovedFiles { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the store's entities of <paramref name="file"/> may go: loaded files follow the folder, removed
    /// ones go, absent ones go when pruning, and a file present but not loaded keeps what the store holds of it.</summary>
    public bool MayRemove(string file) =>
        LoadedFiles.Contains(file) || RemovedFiles.Contains(file) || (Prune && !FolderFiles.Contains(file));
}

/// <summary>What one document's transaction changes; <see cref="SourceFile"/> is null for the shared part (agencies, zones, …).</summary>
internal sealed class ChangeGroup(string? sourceFile)
{
    public string? SourceFile { get; } = sourceFile;
    public List<GraphNode> NodeWrites { get; } = [];
    public List<string> NodeRemovals { get; } = [];
    public List<GraphRelationship> RelationshipWrites { get; } = [];
    public List<string> RelationshipRemovals { get; } = [];

    public bool IsEmpty => NodeWrites.Count + NodeRemovals.Count + RelationshipWrites.Count + RelationshipRemovals.Count == 0;
}

/// <summary>
/// The difference between the store and the graph a folder yields, by stable id, grouped by the source file each
/// entity comes from (its own property, else that of its start or end node). Entities of no file are shared.
/// Entities of files loaded this run follow the folder; those of files present but not loaded (extraction failed)
/// are kept as stored; those of files absent from the folder are removed only when pruning. Shared nodes are
/// removed when nothing refers to them any more.
/// </summary>
internal sealed class DocumentSyncPlan
{
    private readonly DocumentKeys _keys;
    private readonly StoredGraph _stored;
    private readonly PropertyGraph _desired;

    private readonly SyncScope _scope;

    private DocumentSyncPlan(DocumentKeys keys, StoredGraph stored, PropertyGraph desired, SyncScope scope)
    {
        _keys = keys;
        _stored = stored;
        _desired = desired;
        _scope = scope;
    }

    public SortedDictionary<string, ChangeGroup> Documents { get; } = new(StringComparer.Ordinal);

    public ChangeGroup Shared { get; } = new(null);

    public static DocumentSyncPlan Make(GraphTransaction view, PropertyGraph desired, SyncScope scope, DocumentKeys keys)
    {
        var plan = new DocumentSyncPlan(keys, StoredGraph.Read(view), desired, scope);
        plan.PlanNodes();
        plan.PlanRelationships();
        return plan;
    }

    internal StoredGraph Stored => _stored;

    private void PlanNodes()
    {
        foreach (var node in _desired.Nodes)
        {
            if (_stored.Nodes.TryGetValue(node.Id, out var stored) && SameNode(stored, node)) continue;
            Group(FileOf(node.Properties)).NodeWrites.Add(node);
        }
        foreach (var (id, stored) in _stored.Nodes)
        {
            if (_desired.FindNode(id) is not null) continue;
            var file = FileOf(stored.Properties);
            if (file is null || _scope.MayRemove(file)) Group(file).NodeRemovals.Add(id);
        }
    }

    private void PlanRelationships()
    {
        var desiredIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in _desired.Relationships)
        {
            desiredIds.Add(relationship.Id);
            if (_stored.Relationships.TryGetValue(relationship.Id, out var stored) && SameProperties(stored.Properties, relationship.Properties)) continue;
            Group(FileOf(relationship)).RelationshipWrites.Add(relationship);
        }
        foreach (var (id, stored) in _stored.Relationships)
        {
            if (desiredIds.Contains(id)) continue;
            var file = FileOf(stored.Properties) ?? StoredFileOf(stored.StartId) ?? StoredFileOf(stored.EndId);
            if (file is null ? _scope.Prune : _scope.MayRemove(file)) Group(file).RelationshipRemovals.Add(id);
        }
    }

    private ChangeGroup Group(string? file)
    {
        if (file is null) return Shared;
        if (!Documents.TryGetValue(file, out var group)) Documents[file] = group = new ChangeGroup(file);
        return group;
    }

    private string? FileOf(IReadOnlyDictionary<string, object> properties) =>
        properties.GetValueOrDefault(_keys.SourceProperty) as string;

    private string? FileOf(GraphRelationship relationship) =>
        FileOf(relationship.Properties) ?? DesiredFileOf(relationship.StartId) ?? DesiredFileOf(relationship.EndId);

    private string? DesiredFileOf(string nodeId) =>
        _desired.FindNode(nodeId) is { } node ? FileOf(node.Properties) : StoredFileOf(nodeId);

    private string? StoredFileOf(string nodeId) =>
        _stored.Nodes.TryGetValue(nodeId, out var node) ? FileOf(node.Properties) : null;

    private static bool SameNode(StoredGraph.Node stored, GraphNode desired) =>
        stored.Labels.Order(StringComparer.Ordinal).SequenceEqual(desired.Labels.Order(StringComparer.Ordinal), StringComparer.Ordinal) &&
        SameProperties(stored.Properties, desired.Properties);

    /// <summary>Compares in the store's terms (lists as arrays, integers as long), the stable <c>id</c> included on both sides.</summary>
    private static bool SameProperties(IReadOnlyDictionary<string, object> stored, IReadOnlyDictionary<string, object> desired)
    {
        var desiredCount = desired.Count + (desired.ContainsKey(GraphImporter.IdProperty) ? 0 : 1);
        if (stored.Count != desiredCount) return false;
        foreach (var (key, value) in desired)
            if (!stored.TryGetValue(key, out var current) || !GraphImporter.StoredEquals(current, GraphImporter.Normalize(value))) return false;
        return true;
    }
}

/// <summary>The store's entities that carry a stable <c>id</c>, with their internal ids (which never change while they live).</summary>
internal sealed class StoredGraph
{
    public sealed record Node(int InternalId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object> Properties);

    public sealed record Relationship(int InternalId, string StartId, string EndId, IReadOnlyDictionary<string, object> Properties);

    public Dictionary<string, Node> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Relationship> Relationships { get; } = new(StringComparer.Ordinal);

    public static StoredGraph Read(GraphTransaction view)
    {
        var graph = new StoredGraph();
        var stableIds = new Dictionary<int, string>();
        foreach (var id in view.AllNodes())
        {
            if (view.NodeProperty(id, GraphImporter.IdProperty) is not string stable) continue;
            stableIds[id] = stable;
            graph.Nodes.TryAdd(stable, new Node(id, view.Labels(id), NonNull(view.NodeProperties(id))));
        }
        foreach (var id in view.AllRelationships())
        {
            if (view.RelationshipProperty(id, GraphImporter.IdProperty) is not string stable) continue;
            if (!stableIds.TryGetValue(view.StartNode(id), out var start) || !stableIds.TryGetValue(view.EndNode(id), out var end)) continue;
            graph.Relationships.TryAdd(stable, new Relationship(id, start, end, NonNull(view.RelationshipProperties(id))));
        }
        return graph;
    }

    private static Dictionary<string, object> NonNull(IReadOnlyDictionary<string, object?> properties)
    {
        var map = new Dictionary<string, object>(properties.Count, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
            if (value is not null) map[key] = value;
        return map;
    }
}
