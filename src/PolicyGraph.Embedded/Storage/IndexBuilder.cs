using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Storage;

/// <summary>Brings the property indexes of a snapshot up to date with one commit and enforces uniqueness.</summary>
internal static class IndexBuilder
{
    public static IReadOnlyDictionary<string, PropertyIndex> Update(
        GraphSnapshot previous, SchemaCatalog schema, ChunkedArray<NodeRecord> nodes, IReadOnlyDictionary<int, NodeDraft> drafts)
    {
        var result = new Dictionary<string, PropertyIndex>(StringComparer.Ordinal);
        foreach (var definition in Definitions(schema))
        {
            result[definition.Name] = previous.PropertyIndexes.TryGetValue(definition.Name, out var existing) && existing.Definition == definition
                ? UpdateExisting(existing, drafts)
                : BuildFresh(definition, nodes);
        }
        return result;
    }

    /// <summary>The indexes a snapshot keeps: those of the schema that serve lookups, and the implicit one on <c>id</c>.</summary>
    public static IEnumerable<IndexDefinition> Definitions(SchemaCatalog schema) =>
        schema.Definitions.Where(d => d.ServesLookups).Append(IndexDefinition.ImplicitId);

    /// <summary>Index entries from each covered node's value of the property (null: not indexed), enforcing uniqueness.</summary>
    public static Dictionary<object, int[]> Entries(IndexDefinition definition, IEnumerable<(int Id, object? Value)> values)
    {
        var entries = new Dictionary<object, int[]>();
        foreach (var (id, value) in values) Add(entries, definition, value, id);
        return entries;
    }

    private static PropertyIndex BuildFresh(IndexDefinition definition, ChunkedArray<NodeRecord> nodes) =>
        new(definition, Entries(definition, CoveredValues(definition, nodes)));

    private static IEnumerable<(int Id, object? Value)> CoveredValues(IndexDefinition definition, ChunkedArray<NodeRecord> nodes)
    {
        for (var id = 0; id < nodes.Length; id++)
        {
            var node = nodes[id];
            if (node is null || !definition.AppliesTo(node.Labels)) continue;
            yield return (id, PropertyArrays.Get(node.PropertyKeys, node.PropertyValues, definition.Property));
        }
    }

    private static PropertyIndex UpdateExisting(PropertyIndex index, IReadOnlyDictionary<int, NodeDraft> drafts)
    {
        var definition = index.Definition;
        var relevant = drafts.Where(d => ChangesEntry(d.Value, definition)).ToArray();
        if (relevant.Length == 0) return index;
        var entries = index.CopyEntries();
        foreach (var (id, draft) in relevant)
        {
            if (draft.Original is { } original && definition.AppliesTo(original.Labels))
                Remove(entries, PropertyArrays.Get(original.PropertyKeys, original.PropertyValues, definition.Property), id);
        }
        foreach (var (id, draft) in relevant)
        {
            if (!draft.Deleted && definition.AppliesTo(draft.Labels))
                Add(entries, definition, draft.Properties.GetValueOrDefault(definition.Property), id);
        }
        return new PropertyIndex(definition, entries);
    }

    /// <summary>Whether the draft moves, adds or removes an entry (most edits leave an index untouched, so no copy is made).</summary>
    private static bool ChangesEntry(NodeDraft draft, IndexDefinition definition)
    {
        var before = draft.Original is { } original && definition.AppliesTo(original.Labels)
            ? PropertyArrays.Get(original.PropertyKeys, original.PropertyValues, definition.Property)
            : null;
        var after = !draft.Deleted && definition.AppliesTo(draft.Labels) ? draft.Properties.GetValueOrDefault(definition.Property) : null;
        var hadKey = IndexKey.TryNormalize(before, out var oldKey);
        var hasKey = IndexKey.TryNormalize(after, out var newKey);
        return hadKey != hasKey || (hasKey && !oldKey.Equals(newKey));
    }

    private static void Add(Dictionary<object, int[]> entries, IndexDefinition definition, object? value, int id)
    {
        if (!IndexKey.TryNormalize(value, out var key)) return;
        if (!entries.TryGetValue(key, out var ids))
        {
            entries[key] = [id];
            return;
        }
        if (definition.Unique && ids.Length > 0 && ids[0] != id)
            throw new CypherException("ConstraintValidationFailed", "UniquenessConstraintViolation", QueryPhase.Runtime,
                $"Node({ids[0]}) already exists with label `{definition.Label}` and property `{definition.Property}` = " +
                $"{Describe(value)}, so node {id} violates constraint '{definition.Name}'.");
        if (!ids.Contains(id)) entries[key] = [.. ids, id];
    }

    private static void Remove(Dictionary<object, int[]> entries, object? value, int id)
    {
        if (!IndexKey.TryNormalize(value, out var key) || !entries.TryGetValue(key, out var ids)) return;
        var remaining = ids.Where(existing => existing != id).ToArray();
        if (remaining.Length == 0) entries.Remove(key);
        else entries[key] = remaining;
    }

    private static string Describe(object? value) => value is string s ? $"'{s}'" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
