using System.Collections;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>
/// Writes a property graph in the layout Kuzu's <c>COPY … FROM</c> reads: one CSV per node table (<c>id</c>, the
/// extra-label flags, then the properties in schema order) and one per relationship type and (start, end) table pair
/// (start id, end id, <c>id</c>, properties), plus <c>load.json</c>: the statements that create the tables and copy
/// the files in, in order. Lists are written in Kuzu's <c>[a,b]</c> form; Kuzu trims list elements and splits them at
/// commas and brackets, so an element it would read differently is refused rather than silently changed.
/// </summary>
public static class KuzuCsvExport
{
    public const string StatementsFile = "load.json";
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the files into <paramref name="directory"/> and returns the load statements.</summary>
    public static IReadOnlyList<string> Write(PropertyGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var schema = KuzuSchema.Of(graph);
        var statements = schema.CreateStatements().ToList();
        foreach (var table in schema.NodeTables)
        {
            var path = Path.Combine(directory, $"nodes_{table.Label}.csv");
            var nodes = graph.Nodes.Where(n => KuzuSchema.TableOf(n) == table.Label);
            var header = new[] { PropertyNames.Id }.Concat(table.ExtraLabels.Select(KuzuSchema.LabelColumn)).Concat(table.Properties.Select(c => c.Name));
            var multiline = WriteFile(path, header, nodes.Select(n => NodeFields(n, table)));
            statements.Add(Copy(table.Label, path, multiline, null));
        }
        foreach (var table in schema.RelTables)
        {
            foreach (var (from, to) in table.Pairs)
            {
                var path = Path.Combine(directory, $"rels_{table.Type}_{from}_{to}.csv");
                var rels = graph.Relationships.Where(r => r.Type == table.Type
                    && KuzuSchema.TableOf(graph.FindNode(r.StartId)!) == from && KuzuSchema.TableOf(graph.FindNode(r.EndId)!) == to);
                var header = new[] { "from", "to", PropertyNames.Id }.Concat(table.Properties.Select(c => c.Name));
                var multiline = WriteFile(path, header, rels.Select(r => RelationshipFields(r, table)));
                statements.Add(Copy(table.Type, path, multiline, table.Pairs.Count > 1 ? (from, to) : null));
            }
        }
        File.WriteAllText(Path.Combine(directory, StatementsFile),
            new JObject { ["statements"] = new JArray(statements) }.ToString(Formatting.Indented), Utf8NoBom);
        return statements;
    }

    private static string Copy(string table, string path, bool multiline, (string From, string To)? pair)
    {
        var options = new List<string> { "HEADER=true" };
        // Kuzu's parallel CSV reader cannot split a file inside a quoted field that spans lines.
        if (multiline) options.Add("PARALLEL=false");
        if (pair is { } p) options.AddRange([$"from='{p.From}'", $"to='{p.To}'"]);
        return $"COPY {KuzuSchema.Quote(table)} FROM '{path.Replace("'", "\\'", StringComparison.Ordinal)}' ({string.Join(", ", options)})";
    }

    /// <summary>Writes a header line and the records; tells whether any field spans lines.</summary>
    private static bool WriteFile(string path, IEnumerable<string> header, IEnumerable<IReadOnlyList<CsvField>> records)
    {
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        Rfc4180.Write(writer, header.Select(name => new CsvField(name, Quoted: false)));
        var multiline = false;
        foreach (var record in records)
        {
            multiline |= record.Any(f => f.Text.AsSpan().IndexOfAny('\r', '\n') >= 0);
            Rfc4180.Write(writer, record);
        }
        return multiline;
    }

    /// <summary>The fields of one node: id, one flag per extra label of its table, then each property (empty when absent).</summary>
    public static IReadOnlyList<CsvField> NodeFields(GraphNode node, KuzuNodeTable table)
    {
        var fields = new List<CsvField> { new(node.Id, Quoted: true) };
        fields.AddRange(table.ExtraLabels.Select(l => new CsvField(node.HasLabel(l) ? "true" : "false", Quoted: false)));
        fields.AddRange(table.Properties.Select(c => Field(node.Properties, c, node.Id)));
        return fields;
    }

    public static IReadOnlyList<CsvField> RelationshipFields(GraphRelationship rel, KuzuRelTable table)
    {
        var fields = new List<CsvField> { new(rel.StartId, true), new(rel.EndId, true), new(rel.Id, true) };
        fields.AddRange(table.Properties.Select(c => Field(rel.Properties, c, rel.Id)));
        return fields;
    }

    private static CsvField Field(IReadOnlyDictionary<string, object> properties, KuzuColumn column, string owner)
    {
        if (!properties.TryGetValue(column.Name, out var value)) return new CsvField("", Quoted: false);
        if (!column.IsList) return new CsvField(Scalar(value, column.Kind), Quoted: true);
        var items = value is string or not IEnumerable ? [value] : ((IEnumerable)value).Cast<object>();
        return new CsvField("[" + string.Join(",", items.Select(item => ListElement(item, column, owner))) + "]", Quoted: true);
    }

    private static string ListElement(object item, KuzuColumn column, string owner)
    {
        var text = Scalar(item, column.Kind);
        if (text.Length == 0 || text.Trim() != text || text.AsSpan().IndexOfAny(",[]{}\"'\\") >= 0)
            throw new ArgumentException($"'{owner}': the list '{column.Name}' holds the element \"{text}\", which Kuzu's CSV list syntax would read differently.");
        return text;
    }

    private static string Scalar(object value, CsvValueKind kind) =>
        CsvValueCodec.Format(value, CsvColumn.Property("value", kind, isArray: false)).Text;
}
