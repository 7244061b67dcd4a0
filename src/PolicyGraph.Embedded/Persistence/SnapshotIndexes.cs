using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// What opening a store needs at once besides the columns, written at checkpoint so that opening reads it instead of
/// building it: the adjacency rows (<see cref="CompactAdjacency"/>), the label and type indexes, and the entity
/// counts. The section follows the columns; each array is its element count (int32) and its bytes. Names are ids into
/// the snapshot's name table. Read through the file into the heap, each array hashed as it is read into the
/// snapshot's check (<see cref="SnapshotFile"/>), so its bytes are read once; lengths are checked against the section
/// before anything is allocated, and nothing read is used before the whole file's hash has matched.
/// </summary>
internal sealed record SnapshotIndexes(
    CompactAdjacency Adjacency, Dictionary<string, int[]> NodesByLabel, Dictionary<string, int[]> RelationshipsByType, int NodeCount, int RelationshipCount)
{
    /// <summary>Writes the section of the graph whose columns were just written.</summary>
    public static void Write(BinaryWriter writer, SnapshotColumns.NameTable names, SnapshotColumns.EntityColumns nodes, SnapshotColumns.EntityColumns relationships)
    {
        var nameArray = names.Names.ToArray();
        var adjacency = CompactAdjacency.Build(nodes.SetOrType.Length, relationships.SetOrType, relationships.Start, relationships.End, nameArray);
        Write(writer, adjacency.TypeNames.Select(type => names.Name(type)).ToArray());
        foreach (var rows in new[] { adjacency.OutgoingRows, adjacency.IncomingRows })
        {
            Write(writer, rows.Offsets);
            Write(writer, rows.Ends);
            Write(writer, rows.NarrowTypes);
            Write(writer, rows.WideTypes);
        }
        WriteGroups(writer, Group(nodes.SetOrType, set => names.Sets[set], nameArray.Length));
        var single = Enumerable.Range(0, nameArray.Length).Select(name => new[] { name }).ToArray();
        WriteGroups(writer, Group(relationships.SetOrType, type => single[type], nameArray.Length));
        Write(writer, new[] { Present(nodes.SetOrType), Present(relationships.SetOrType) });
    }

    /// <summary>
    /// Reads the section from <paramref name="start"/> to <paramref name="end"/> of <paramref name="file"/>, appending
    /// every byte read to <paramref name="hash"/>. What it returns may be used only once the caller's hash has matched
    /// and <see cref="Stored.Check"/> has passed. <paramref name="arrays"/> (for tests) gets where each array's bytes lie.
    /// </summary>
    public static Stored Read(MappedFile file, long start, long end, XxHash3 hash, List<(long Start, long Bytes)>? arrays = null)
    {
        var section = new SectionReader(file, start, end, hash, arrays);
        var typeNames = section.Array<int>();
        var (outgoing, incoming) = (ReadRows(section), ReadRows(section));
        var (labels, labelIds) = ReadGroups(section);
        var (types, typeIds) = ReadGroups(section);
        var counts = section.Array<int>();
        if (section.Position != end) throw new InvalidDataException("the index section does not end where the trailer says");
        return new Stored(typeNames, outgoing, incoming, labels, labelIds, types, typeIds, counts);
    }

    /// <summary>The section's arrays as stored: names as ids into the snapshot's name table.</summary>
    internal sealed record Stored(
        int[] TypeNames, CompactAdjacency.Rows Outgoing, CompactAdjacency.Rows Incoming, int[] Labels, int[][] LabelIds, int[] Types, int[][] TypeIds, int[] Counts)
    {
        /// <summary>
        /// Throws <see cref="InvalidDataException"/> unless the section fits columns of <paramref name="nodes"/> nodes and
        /// <paramref name="relationships"/> relationships and a table of <paramref name="names"/> names: array shapes,
        /// and every id and code within its range (one pass), so a writer's mistake refuses the snapshot instead of
        /// failing a query later.
        /// </summary>
        public void Check(int nodes, int relationships, int names)
        {
            if (Counts.Length != 2 || !Outgoing.Covers(nodes, relationships, TypeNames.Length) || !Incoming.Covers(nodes, relationships, TypeNames.Length)
                || TypeNames.Concat(Labels).Concat(Types).Any(id => (uint)id >= (uint)names)
                || !LabelIds.All(ids => Within(ids, nodes)) || !TypeIds.All(ids => Within(ids, relationships)))
                throw new InvalidDataException("the index section does not match the columns");
        }

        private static bool Within(int[] ids, int length)
        {
            foreach (var id in ids)
                if ((uint)id >= (uint)length) return false;
            return true;
        }

        /// <summary>The indexes named from <paramref name="names"/> (the store's interned copies of the file's name table).</summary>
        public SnapshotIndexes Resolve(string[] names) =>
            new(new CompactAdjacency(Outgoing, Incoming, Array.ConvertAll(TypeNames, id => names[id])),
                Named(names, Labels, LabelIds), Named(names, Types, TypeIds), Counts[0], Counts[1]);

        private static Dictionary<string, int[]> Named(string[] names, int[] keys, int[][] ids)
        {
            var byName = new Dictionary<string, int[]>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++) byName.Add(names[keys[i]], ids[i]);
            return byName;
        }
    }

    private static CompactAdjacency.Rows ReadRows(SectionReader section) =>
        new(section.Array<int>(), section.Array<HopEnd>(), section.Array<ushort>(), section.Array<int>());

    private static (int[] Names, int[][] Ids) ReadGroups(SectionReader section)
    {
        var names = section.Array<int>();
        var ids = new int[names.Length][];
        for (var i = 0; i < ids.Length; i++) ids[i] = section.Array<int>();
        return (names, ids);
    }

    private static void WriteGroups(BinaryWriter writer, List<(int Name, int[] Ids)> groups)
    {
        Write(writer, groups.Select(group => group.Name).ToArray());
        foreach (var (_, ids) in groups) Write(writer, ids);
    }

    // Arrays are written as their bytes in memory (little-endian, as every platform .NET runs this on).
    private static void Write<T>(BinaryWriter writer, T[] array) where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    /// <summary>
    /// Ids (ascending) by name id, from a column of name-set or name ids (counted first, so each array is made once);
    /// names no entity has are left out.
    /// </summary>
    private static List<(int Name, int[] Ids)> Group(int[] column, Func<int, int[]> nameIdsOf, int names)
    {
        var counts = new int[names];
        foreach (var value in column)
            if (value != SnapshotColumns.Absent)
                foreach (var name in nameIdsOf(value)) counts[name]++;
        var groups = counts.Select(count => new int[count]).ToArray();
        var filled = new int[names];
        for (var id = 0; id < column.Length; id++)
            if (column[id] != SnapshotColumns.Absent)
                foreach (var name in nameIdsOf(column[id])) groups[name][filled[name]++] = id;
        return Enumerable.Range(0, names).Where(name => counts[name] > 0).Select(name => (name, groups[name])).ToList();
    }

    private static int Present(int[] column) => column.Length - column.AsSpan().Count(SnapshotColumns.Absent);

    /// <summary>Reads arrays through the file (not the mapping: their pages are not kept mapped), hashing each byte read.</summary>
    private sealed class SectionReader(MappedFile file, long start, long end, XxHash3 hash, List<(long Start, long Bytes)>? arrays)
    {
        public long Position { get; private set; } = start;

        public T[] Array<T>() where T : unmanaged
        {
            Span<byte> lengthBytes = stackalloc byte[sizeof(int)];
            Read(lengthBytes);
            var length = BitConverter.ToInt32(lengthBytes);
            var size = Unsafe.SizeOf<T>();
            if (length < 0 || (long)length * size > end - Position) throw new InvalidDataException("an index array runs past its section");
            var array = new T[length];
            arrays?.Add((Position, (long)length * size));
            Read(MemoryMarshal.AsBytes(array.AsSpan()));
            return array;
        }

        private void Read(Span<byte> destination)
        {
            if (destination.Length > end - Position) throw new InvalidDataException("an index array runs past its section");
            file.ReadExactly(destination, Position);
            hash.Append(destination);
            Position += destination.Length;
        }
    }
}
