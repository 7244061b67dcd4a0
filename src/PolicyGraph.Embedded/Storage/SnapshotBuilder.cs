using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Builds the snapshot of a store being opened from its snapshot file's columns. What every query needs at once is
/// built here from the int columns alone — label and type indexes, label bitsets — and the adjacency in compressed
/// sparse rows beside it on a thread of its own (<see cref="RecordReader"/>: the first walk waits for it); records are made a chunk at a time on first read (<see cref="ChunkedArray{T}.Deferred"/>), decoding
/// their values then, and property indexes on first lookup.
/// </summary>
internal static class SnapshotBuilder
{
    public static GraphSnapshot Build(SnapshotColumns columns, SchemaCatalog schema, long version, InternPool pool, PhaseClock clock, SnapshotLineage lineage)
    {
        var names = columns.Names.Select(pool.Name).ToArray();
        var sets = columns.NameSets.Select(set => pool.NameSet(set.Select(i => names[i]).ToArray())).ToArray();
        var records = new RecordReader(columns, names, sets, pool);
        var fileColumns = new FileColumnReader(columns, sets, pool);
        clock.Mark("name the label sets, start the adjacency rows");
        var nodesLength = columns.NodeLabelSet.Length;
        var relationshipsLength = columns.RelationshipType.Length;
        var nodes = ChunkedArray<NodeRecord>.Deferred(nodesLength,
            new LazyChunks<NodeRecord>(nodesLength, records.NodeChunk, id => columns.NodeLabelSet[id] != SnapshotColumns.Absent,
                fileColumns.ReadChunk, id => columns.NodeLabelSet[id] is var set && set != SnapshotColumns.Absent ? sets[set] : null,
                records.NodeSummaryChunk, records.NodeValue, () => records.Adjacency, summariseOne: records.NodeSummaryOf,
                dropFilePages: () => columns.Values.File.DropResidentPages(), packProperty: fileColumns.TryPackChunk));
        var relationships = ChunkedArray<RelationshipRecord>.Deferred(relationshipsLength,
            new LazyChunks<RelationshipRecord>(relationshipsLength, records.RelationshipChunk, id => columns.RelationshipType[id] != SnapshotColumns.Absent,
                head: id => columns.RelationshipType[id] is var type && type != SnapshotColumns.Absent ? names[type] : null,
                readValue: records.RelationshipValue));
        var nodesByLabel = Group(columns.NodeLabelSet, set => columns.NameSets[set], names);
        var single = Enumerable.Range(0, names.Length).Select(name => new[] { name }).ToArray();
        var relationshipsByType = Group(columns.RelationshipType, type => single[type], names);
        var indexes = IndexBuilder.Definitions(schema).ToDictionary(
            d => d.Name, d => new PropertyIndex(d, () => IndexBuilder.Entries(d, records.IndexedValues(d))), StringComparer.Ordinal);
        clock.Mark("build label and type indexes");
        return new GraphSnapshot(
            nodes, relationships, nodesByLabel, LabelBits(nodesByLabel), relationshipsByType, schema, indexes,
            Count(columns.NodeLabelSet), Count(columns.RelationshipType), version,
            EntityBoxes.Deferred(EntityBoxes.NoNodes, nodesLength), EntityBoxes.Unkept(EntityBoxes.NoRelationships, relationshipsLength),
            NodePropertyColumns.KeysOfFile(columns, names)) { Lineage = lineage };
    }

    /// <summary>
    /// Ids (ascending) by name, from a column of name-set or name ids (counted first, so each array is made once),
    /// read through the file (<see cref="MappedColumn{T}.Blocks"/>).
    /// </summary>
    private static Dictionary<string, int[]> Group(MappedColumn<int> column, Func<int, int[]> nameIdsOf, string[] names)
    {
        var counts = new int[names.Length];
        foreach (var (_, block) in column.Blocks())
            foreach (var value in block)
                if (value != SnapshotColumns.Absent)
                    foreach (var name in nameIdsOf(value)) counts[name]++;
        var groups = counts.Select(count => new int[count]).ToArray();
        var filled = new int[names.Length];
        foreach (var (first, block) in column.Blocks())
            for (var i = 0; i < block.Count; i++)
                if (block[i] != SnapshotColumns.Absent)
                    foreach (var name in nameIdsOf(block[i])) groups[name][filled[name]++] = first + i;
        var byName = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var name = 0; name < names.Length; name++)
            if (counts[name] > 0) byName[names[name]] = groups[name];
        return byName;
    }

    /// <summary>The entities a label-set or type column holds (its ids not <see cref="SnapshotColumns.Absent"/>).</summary>
    private static int Count(MappedColumn<int> column) =>
        column.Length - column.Blocks().Sum(block => block.Values.AsSpan().Count(SnapshotColumns.Absent));

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
