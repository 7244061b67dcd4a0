using System.Collections;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Export.Csv;

/// <summary>
/// Writes a graph as neo4j-admin import CSV (UTF-8 without BOM, RFC 4180): <c>nodes_&lt;Label&gt;.csv</c> per first
/// label with header <c>id:ID,:LABEL,&lt;prop&gt;:&lt;type&gt;,…</c>, and <c>rels_&lt;TYPE&gt;.csv</c> per type with header
/// <c>:START_ID,:END_ID,:TYPE,id:string,&lt;prop&gt;:&lt;type&gt;,…</c>; the relationship's stable id travels as its
/// <c>id</c> property. A key whose values mix long and double is written as double; any other mix as string.
/// </summary>
public static class CsvGraphWriter
{
    private const string IdKey = PropertyNames.Id;
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<string> Write(PropertyGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        foreach (var group in graph.Nodes.GroupBy(n => n.Labels.Count > 0 ? n.Labels[0] : "").OrderBy(g => g.Key, StringComparer.Ordinal))
            files.Add(WriteNodes(Path.Combine(directory, UniqueFileName("nodes", group.Key, names)), group.ToArray()));
        foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            files.Add(WriteRelationships(Path.Combine(directory, UniqueFileName("rels", group.Key, names)), group.ToArray()));
        return files;
    }

    private static string WriteNodes(string path, IReadOnlyList<GraphNode> nodes)
    {
        var properties = PropertyColumns(nodes.Select(n => n.Properties));
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        var header = new[] { new CsvColumn(IdKey, CsvColumnRole.Id, CsvValueKind.String, false, null),
            new CsvColumn("", CsvColumnRole.Label, CsvValueKind.String, true, null) }.Concat(properties);
        Rfc4180.Write(writer, header.Select(c => new CsvField(c.HeaderText, Quoted: false)));
        foreach (var node in nodes)
        {
            if (node.Labels.FirstOrDefault(l => l.Contains(CsvValueCodec.ArrayDelimiter)) is { } bad)
                throw new ArgumentException($"Node '{node.Id}' has the label '{bad}', which cannot be written: ':LABEL' uses ';' between labels.");
            var fixedFields = new[] { new CsvField(node.Id, true), new CsvField(string.Join(CsvValueCodec.ArrayDelimiter, node.Labels), true) };
            Rfc4180.Write(writer, fixedFields.Concat(PropertyFields(node.Properties, properties)));
        }
        return path;
    }

    private static string WriteRelationships(string path, IReadOnlyList<GraphRelationship> relationships)
    {
        var properties = PropertyColumns(relationships.Select(r => r.Properties));
        var idColumn = CsvColumn.Property(IdKey, CsvValueKind.String, isArray: false);
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        var header = new[] { ":START_ID", ":END_ID", ":TYPE", idColumn.HeaderText }.Concat(properties.Select(c => c.HeaderText));
        Rfc4180.Write(writer, header.Select(h => new CsvField(h, Quoted: false)));
        foreach (var rel in relationships)
        {
            var fixedFields = new[] { new CsvField(rel.StartId, true), new CsvField(rel.EndId, true),
                new CsvField(rel.Type, true), new CsvField(rel.Id, true) };
            Rfc4180.Write(writer, fixedFields.Concat(PropertyFields(rel.Properties, properties)));
        }
        return path;
    }

    /// <summary>One typed column per property key (except id, which has its own column), sorted by key.</summary>
    private static IReadOnlyList<CsvColumn> PropertyColumns(IEnumerable<IReadOnlyDictionary<string, object>> entities)
    {
        var kindsByKey = new SortedDictionary<string, List<(CsvValueKind Kind, bool IsArray)>>(StringComparer.Ordinal);
        foreach (var (key, value) in entities.SelectMany(e => e))
        {
            if (key == IdKey) continue;
            if (!kindsByKey.TryGetValue(key, out var kinds)) kindsByKey[key] = kinds = [];
            kinds.Add(CsvValueCodec.KindOf(value));
        }
        return kindsByKey.Select(p => CsvColumn.Property(p.Key,
            CsvValueCodec.Widest(p.Value.Select(k => k.Kind)), isArray: p.Value.Any(k => k.IsArray))).ToArray();
    }

    private static IEnumerable<CsvField> PropertyFields(IReadOnlyDictionary<string, object> properties, IReadOnlyList<CsvColumn> columns) =>
        columns.Select(column => properties.TryGetValue(column.Name, out var value)
            ? CsvValueCodec.Format(column.IsArray && value is string or not IEnumerable ? new[] { value } : value, column)
            : new CsvField("", Quoted: false));

    /// <summary>"nodes_Document.csv"; characters unsafe in file names become '_', clashes get a number.</summary>
    private static string UniqueFileName(string prefix, string name, ISet<string> used)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
        var stem = safe.Length == 0 ? prefix : $"{prefix}_{safe}";
        var candidate = stem + ".csv";
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{stem}_{n}.csv";
        return candidate;
    }
}
