namespace PolicyGraph.Embedded.Storage;

// Drafted nodes by indexed property value, kept up to date on every write, so index lookups inside a write
// transaction (MERGE in an UNWIND loop, say) cost O(1) instead of a scan of all drafts.
public sealed partial class GraphTransaction
{
    private readonly Dictionary<(string Key, object Value), HashSet<int>> _draftIndex = [];
    private HashSet<string>? _indexedKeys;

    private HashSet<string> IndexedKeys =>
        _indexedKeys ??= Snapshot.PropertyIndexes.Values.Select(i => i.Definition.Property).ToHashSet(StringComparer.Ordinal);

    /// <summary>Records the indexed values a node draft starts with (all of them for a draft of a committed node).</summary>
    private void IndexDraft(int node, NodeDraft draft)
    {
        foreach (var key in IndexedKeys)
            if (draft.Properties.TryGetValue(key, out var value)) IndexDraftValue(key, value, node, add: true);
    }

    /// <summary>Moves a drafted node's entry when an indexed property changes.</summary>
    private void ReindexDraft(int node, string key, object? before, object? after)
    {
        if (!IndexedKeys.Contains(key)) return;
        IndexDraftValue(key, before, node, add: false);
        IndexDraftValue(key, after, node, add: true);
    }

    private void IndexDraftValue(string key, object? value, int node, bool add)
    {
        if (!IndexKey.TryNormalize(value, out var normalized)) return;
        if (add)
        {
            if (!_draftIndex.TryGetValue((key, normalized), out var ids)) _draftIndex[(key, normalized)] = ids = [];
            ids.Add(node);
        }
        else if (_draftIndex.TryGetValue((key, normalized), out var ids))
        {
            ids.Remove(node);
        }
    }

    /// <summary>Live drafted nodes with the label (any when null) whose indexed property has the value, in id order.</summary>
    private IEnumerable<int> DraftedNodesWith(string? label, string key, object normalized)
    {
        if (!_draftIndex.TryGetValue((key, normalized), out var ids)) return [];
        return ids.Where(id => _nodeDrafts[id] is { Deleted: false } draft && (label is null || draft.Labels.Contains(label))).Order();
    }
}
