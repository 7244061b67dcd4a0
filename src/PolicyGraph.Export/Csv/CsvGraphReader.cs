using System.Text;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export.Csv;

/// <summary>
/// Reads neo4j-admin style CSV into a graph. Headers may use <c>name:ID(group)</c>, <c>:START_ID(group)</c>,
/// <c>:LABEL</c>, <c>:TYPE</c>, <c>:IGNORE</c> and typed or untyped (string) property columns. An ID column named
/// other than <c>id</c> also becomes a property, as in neo4j-admin. A relationship's <c>id</c> property is its stable
/// id; without one the id is <c>TYPE:start-&gt;end</c> (plus <c>:n</c> for repeats). Errors name the file and line.
/// </summary>
public static class CsvGraphReader
{
    public static PropertyGraph Read(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles)
    {
        var nodes = new Dictionary<string, (GraphNode Node, string Where)>(StringComparer.Ordinal);
        var idsByGroup = new Dictionary<(string Group, string Key), string>();
        foreach (var file in nodeFiles)
            ReadNodes(file, nodes, idsByGroup);
        var relationships = new List<GraphRelationship>();
        var relationshipIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in relationshipFiles)
            ReadRelationships(file, idsByGroup, relationships, relationshipIds);
        return new PropertyGraph(nodes.Values.Select(v => v.Node), relationships);
    }

    private static void ReadNodes(
        string file,
        Dictionary<string, (GraphNode Node, string Where)> nodes,
        Dictionary<(string Group, string Key), string> idsByGroup)
    {
        var (header, rows) = Open(file);
        var idColumn = header.SingleOrDefault(c => c.Role == CsvColumnRole.Id)
            ?? throw new CsvFormatException(file, 1, "a nodes file needs one ':ID' column");
        foreach (var row in rows)
        {
            var fields = Fields(file, row, header);
            var id = Text(fields[header.IndexOf(idColumn)]);
            if (id.Length == 0) throw new CsvFormatException(file, row.Line, "the ID field is empty");
            var labels = header.Select((c, i) => (c, i)).Where(p => p.c.Role == CsvColumnRole.Label)
                .SelectMany(p => Text(fields[p.i]).Split(CsvValueCodec.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal).ToArray();
            var properties = Properties(file, row.Line, header, fields);
            if (idColumn.Name.Length > 0 && idColumn.Name != "id") properties[idColumn.Name] = id;
            var where = $"{file}:{row.Line}";
            if (!idsByGroup.TryAdd((idColumn.Group ?? "", id), id) || !nodes.TryAdd(id, (new GraphNode(id, labels, properties), where)))
                throw new CsvFormatException(file, row.Line, $"node id '{id}' was already used at {nodes[id].Where}");
        }
    }

    private static void ReadRelationships(
        string file,
        Dictionary<(string Group, string Key), string> idsByGroup,
        List<GraphRelationship> relationships,
        HashSet<string> relationshipIds)
    {
        var (header, rows) = Open(file);
        var start = Required(file, header, CsvColumnRole.StartId);
        var end = Required(file, header, CsvColumnRole.EndId);
        var typeIndex = header.FindIndex(c => c.Role == CsvColumnRole.Type);
        if (typeIndex < 0) throw new CsvFormatException(file, 1, "a relationships file needs a ':TYPE' column");
        foreach (var row in rows)
        {
            var fields = Fields(file, row, header);
            var startId = Resolve(file, row.Line, header[start], Text(fields[start]), idsByGroup);
            var endId = Resolve(file, row.Line, header[end], Text(fields[end]), idsByGroup);
            var type = Text(fields[typeIndex]);
            if (type.Length == 0) throw new CsvFormatException(file, row.Line, "the TYPE field is empty");
            var properties = Properties(file, row.Line, header, fields);
            var id = properties.Remove("id", out var given) && given is string s ? s : GraphRelationship.ComposeId(type, startId, endId);
            for (var n = 2; !relationshipIds.Add(id); n++)
            {
                if (given is string) throw new CsvFormatException(file, row.Line, $"relationship id '{id}' is used twice");
                id = $"{GraphRelationship.ComposeId(type, startId, endId)}:{n}";
            }
            relationships.Add(new GraphRelationship(id, type, startId, endId, properties));
        }
    }

    private static (List<CsvColumn> Header, IEnumerable<CsvRecord> Rows) Open(string file)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"The CSV file '{file}' does not exist.", file);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var all = Rfc4180.Read(reader, file).ToList();
        if (all.Count == 0) throw new CsvFormatException(file, 1, "the file has no header");
        try
        {
            return (all[0].Fields.Select(f => CsvColumn.Parse(f.Text)).ToList(), all.Skip(1));
        }
        catch (FormatException ex)
        {
            throw new CsvFormatException(file, all[0].Line, ex.Message);
        }
    }

    private static int Required(string file, List<CsvColumn> header, CsvColumnRole role)
    {
        var index = header.FindIndex(c => c.Role == role);
        return index >= 0 ? index : throw new CsvFormatException(file, 1, $"a relationships file needs a ':{role}' column");
    }

    private static IReadOnlyList<CsvField> Fields(string file, CsvRecord row, List<CsvColumn> header)
    {
        if (row.Fields.Count > header.Count)
            throw new CsvFormatException(file, row.Line, $"{row.Fields.Count} fields, but the header has {header.Count} columns");
        return row.Fields.Concat(Enumerable.Repeat(new CsvField("", false), header.Count - row.Fields.Count)).ToArray();
    }

    private static string Text(CsvField field) => field.Text;

    private static Dictionary<string, object> Properties(string file, int line, List<CsvColumn> header, IReadOnlyList<CsvField> fields)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Role != CsvColumnRole.Property) continue;
            try
            {
                if (CsvValueCodec.Parse(fields[i], header[i]) is { } value) properties[header[i].Name] = value;
            }
            catch (FormatException ex)
            {
                throw new CsvFormatException(file, line, $"column '{header[i].HeaderText}': {ex.Message}");
            }
        }
        return properties;
    }

    private static string Resolve(string file, int line, CsvColumn column, string key, Dictionary<(string Group, string Key), string> idsByGroup) =>
        idsByGroup.TryGetValue((column.Group ?? "", key), out var id)
            ? id
            : throw new CsvFormatException(file, line,
                $"no node has id '{key}'{(column.Group is null ? "" : $" in group '{column.Group}'")}");
}
