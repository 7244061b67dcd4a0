using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>Nodes, relationships, schema and commit records in the binary format shared by the log and snapshots.</summary>
internal static class RecordCodec
{
    public static void WriteNode(BinaryWriter writer, StoredNode node)
    {
        writer.Write(node.Id);
        WriteNames(writer, node.Labels);
        WriteProperties(writer, node.Keys, node.Values, () => $"node {node.Id}");
    }

    public static StoredNode ReadNode(BinaryReader reader)
    {
        var id = reader.ReadInt32();
        var labels = ReadNames(reader);
        var (keys, values) = ReadProperties(reader);
        return new StoredNode(id, labels, keys, values);
    }

    public static void WriteRelationship(BinaryWriter writer, StoredRelationship relationship)
    {
        writer.Write(relationship.Id);
        writer.Write(relationship.Type);
        writer.Write(relationship.Start);
        writer.Write(relationship.End);
        WriteProperties(writer, relationship.Keys, relationship.Values, () => $"relationship {relationship.Id}");
    }

    public static StoredRelationship ReadRelationship(BinaryReader reader)
    {
        var (id, type, start, end) = (reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        var (keys, values) = ReadProperties(reader);
        return new StoredRelationship(id, type, start, end, keys, values);
    }

    public static void WriteCommit(BinaryWriter writer, CommitRecord commit)
    {
        writer.Write(commit.Version);
        writer.Write(commit.NodesLength);
        writer.Write(commit.RelationshipsLength);
        writer.Write(commit.Schema is not null);
        if (commit.Schema is not null) SchemaCodec.Write(writer, commit.Schema);
        writer.Write(commit.Nodes.Count);
        foreach (var (id, after) in commit.Nodes)
        {
            writer.Write(id);
            writer.Write(after is not null);
            if (after is not null) WriteNode(writer, after);
        }
        writer.Write(commit.Relationships.Count);
        foreach (var (id, after) in commit.Relationships)
        {
            writer.Write(id);
            writer.Write(after is not null);
            if (after is not null) WriteRelationship(writer, after);
        }
    }

    public static CommitRecord ReadCommit(BinaryReader reader)
    {
        var (version, nodesLength, relationshipsLength) = (reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
        var schema = reader.ReadBoolean() ? SchemaCodec.Read(reader) : null;
        var nodes = new List<(int, StoredNode?)>(reader.ReadInt32());
        for (var i = nodes.Capacity; i > 0; i--)
        {
            var id = reader.ReadInt32();
            nodes.Add((id, reader.ReadBoolean() ? ReadNode(reader) : null));
        }
        var relationships = new List<(int, StoredRelationship?)>(reader.ReadInt32());
        for (var i = relationships.Capacity; i > 0; i--)
        {
            var id = reader.ReadInt32();
            relationships.Add((id, reader.ReadBoolean() ? ReadRelationship(reader) : null));
        }
        return new CommitRecord(version, nodesLength, relationshipsLength, schema, nodes, relationships);
    }

    private static void WriteNames(BinaryWriter writer, IReadOnlyList<string> names)
    {
        writer.Write(names.Count);
        foreach (var name in names) writer.Write(name);
    }

    private static string[] ReadNames(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        return names;
    }

    private static void WriteProperties(BinaryWriter writer, string[] keys, object[] values, Func<string> owner)
    {
        WriteNames(writer, keys);
        for (var i = 0; i < keys.Length; i++)
        {
            try
            {
                ValueCodec.Write(writer, values[i], keys[i]);
            }
            catch (StoreException ex) when (ex.Code == StoreErrorCode.UnsupportedValue)
            {
                throw new StoreException(ex.Code, $"{owner()}: {ex.Message}");
            }
        }
    }

    private static (string[] Keys, object[] Values) ReadProperties(BinaryReader reader)
    {
        var keys = ReadNames(reader);
        var values = new object[keys.Length];
        for (var i = 0; i < values.Length; i++) values[i] = ValueCodec.Read(reader);
        return (keys, values);
    }

    /// <summary>Index and constraint definitions, every field of <see cref="IndexDefinition"/>.</summary>
    private static class SchemaCodec
    {
        public static void Write(BinaryWriter writer, SchemaCatalog schema)
        {
            writer.Write(schema.Definitions.Count);
            foreach (var d in schema.Definitions)
            {
                writer.Write(d.Name);
                writer.Write(d.Label);
                writer.Write(d.Property);
                writer.Write(d.Unique);
                writer.Write(d.ServesLookups);
                writer.Write(d.IsText);
                writer.Write(d.FullText is not null);
                if (d.FullText is not { } spec) continue;
                WriteNames(writer, spec.Labels);
                WriteNames(writer, spec.Properties);
                writer.Write(spec.OnRelationships);
                writer.Write(spec.Analyzer);
            }
        }

        public static SchemaCatalog Read(BinaryReader reader)
        {
            var definitions = new IndexDefinition[reader.ReadInt32()];
            for (var i = 0; i < definitions.Length; i++)
            {
                var (name, label, property) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
                var (unique, servesLookups, isText) = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadBoolean());
                var fullText = reader.ReadBoolean()
                    ? new FullTextSpec(ReadNames(reader), ReadNames(reader), reader.ReadBoolean(), reader.ReadString())
                    : null;
                definitions[i] = new IndexDefinition(name, label, property, unique, servesLookups) { IsText = isText, FullText = fullText };
            }
            return new SchemaCatalog(definitions);
        }
    }

    public static void WriteSchema(BinaryWriter writer, SchemaCatalog schema) => SchemaCodec.Write(writer, schema);

    public static SchemaCatalog ReadSchema(BinaryReader reader) => SchemaCodec.Read(reader);
}
