using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Builds the snapshot of a store being opened from its snapshot file's columns and the indexes written beside them
/// (<see cref="SnapshotIndexes"/>: adjacency in compressed sparse rows, label and type indexes, counts); label bitsets
/// are made here from the label index. Records are made a chunk at a time on first read
/// (<see cref="ChunkedArray{T}.Deferred"/>), decoding their values then, and property indexes on first lookup.
/// </summary>
internal static class SnapshotBuilder
{
    public static GraphSnapshot Build(
        SnapshotColumns columns, SnapshotIndexes.Stored stored, SchemaCatalog schema, long version, InternPool pool, PhaseClock clock, SnapshotLineage lineage)
    {
        var names = columns.Names.Select(pool.Name).ToArray();
        var sets = columns.NameSets.Select(set => pool.NameSet(set.Select(i => names[i]).ToArray())).ToArray();
        var opened = stored.Resolve(names);
        var records = new RecordReader(columns, names, sets, pool, opened.Adjacency);
        var nodesLength = columns.NodeLabelSet.Length;
        var relationshipsLength = columns.RelationshipType.Length;
        var nodes = ChunkedArray<NodeRecord>.Deferred(nodesLength,
            new LazyChunks<NodeRecord>(nodesLength, records.NodeChunk, id => columns.NodeLabelSet[id] != SnapshotColumns.Absent,
                new FileColumnReader(columns, sets, pool).ReadChunk, id => columns.NodeLabelSet[id] is var set && set != SnapshotColumns.Absent ? sets[set] : null,
                records.NodeSummaryChunk, records.NodeValue, records.Adjacency, summariseOne: records.NodeSummaryOf));
        var relationships = ChunkedArray<RelationshipRecord>.Deferred(relationshipsLength,
            new LazyChunks<RelationshipRecord>(relationshipsLength, records.RelationshipChunk, id => columns.RelationshipType[id] != SnapshotColumns.Absent,
                head: id => columns.RelationshipType[id] is var type && type != SnapshotColumns.Absent ? names[type] : null,
                readValue: records.RelationshipValue));
        var indexes = IndexBuilder.Definitions(schema).ToDictionary(
            d => d.Name, d => new PropertyIndex(d, () => IndexBuilder.Entries(d, records.IndexedValues(d))), StringComparer.Ordinal);
        var labelBits = LabelBits(opened.NodesByLabel);
        clock.Mark("name the indexes, make label bitsets");
        return new GraphSnapshot(
            nodes, relationships, opened.NodesByLabel, labelBits, opened.RelationshipsByType, schema, indexes,
            opened.NodeCount, opened.RelationshipCount, version,
            EntityBoxes.Deferred(EntityBoxes.NoNodes, nodesLength), EntityBoxes.Unkept(EntityBoxes.NoRelationships, relationshipsLength),
            NodePropertyColumns.KeysOfFile(columns, names)) { Lineage = lineage };
    }

    private static Dictionary<string, ulong[]> LabelBits(Dictionary<string, int[]> nodesByLabel)
    {
        var bits = new Dictionary<string, ulong[]>(nodesByLabel.Count, StringComparer.Ordinal);
        foreach (var (label, ids) in nodesByLabel)
        {
            var set = new ulong[(ids[^1] >> 6) + 1];
            foreach (var id in ids) set[id >> 6] |= 1UL << (id & 63);
            bits[label] = set;
        }
        return bits;
    }
}
