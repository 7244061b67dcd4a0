using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;
using PolicyGraph.Export.Csv;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>One typed column of a Kuzu table.</summary>
public sealed record KuzuColumn(string Name, CsvValueKind Kind, bool IsList)
{
    /// <summary>Kuzu's type name: INT64, DOUBLE, BOOLEAN, STRING, or the same with [] for a list.</summary>
    public string TypeName => (Kind switch
    {
        CsvValueKind.Long => "INT64",
        CsvValueKind.Double => "DOUBLE",
        CsvValueKind.Boolean => "BOOLEAN",
        _ => "STRING",
    }) + (IsList ? "[]" : "");
}

/// <summary>
/// A node table: the nodes whose first label is <see cref="Label"/>. Their other labels become BOOLEAN columns
/// (<see cref="KuzuSchema.LabelColumn"/>), since a Kuzu node belongs to exactly one table.
/// </summary>
public sealed record KuzuNodeTable(string Label, IReadOnlyList<string> ExtraLabels, IReadOnlyList<KuzuColumn> Properties);

/// <summary>A relationship table: one type, every (start table, end table) pair it connects, and its properties.</summary>
public sealed record KuzuRelTable(string Type, IReadOnlyList<(string From, string To)> Pairs, IReadOnlyList<KuzuColumn> Properties);

/// <summary>
/// The typed schema Kuzu needs for a property graph: a node table per first label (primary key <c>id</c>), a
/// relationship table per type. Property types are derived from the values as the neo4j-admin CSV writer does
/// (long and double mix as DOUBLE, other mixes as STRING).
/// </summary>
public sealed record KuzuSchema(IReadOnlyList<KuzuNodeTable> NodeTables, IReadOnlyList<KuzuRelTable> RelTables)
{
    private const string IdKey = PropertyNames.Id;

    /// <summary>The BOOLEAN column that stands for a node's extra label: <c>label_Innovation</c>.</summary>
    public static string LabelColumn(string label) => "label_" + label;

    public static KuzuSchema Of(PropertyGraph graph)
    {
        var nodeTables = graph.Nodes.GroupBy(TableOf).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KuzuNodeTable(g.Key,
                g.SelectMany(n => n.Labels.Skip(1)).Distinct().Where(l => l != g.Key).Order(StringComparer.Ordinal).ToArray(),
                Columns(g.Select(n => n.Properties))))
            .ToArray();
        var relTables = graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KuzuRelTable(g.Key,
                g.Select(r => (TableOf(graph.FindNode(r.StartId)!), TableOf(graph.FindNode(r.EndId)!))).Distinct()
                    .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToArray(),
                Columns(g.Select(r => r.Properties))))
            .ToArray();
        return new KuzuSchema(nodeTables, relTables);
    }

    /// <summary>The node table a node goes to: its first label (a node without labels cannot be placed).</summary>
    public static string TableOf(GraphNode node) => node.Labels.Count > 0
        ? node.Labels[0]
        : throw new ArgumentException($"Node '{node.Id}' has no label; every Kuzu node needs a table.");

    /// <summary>The statements that create the tables, in order (node tables first).</summary>
    public IEnumerable<string> CreateStatements()
    {
        foreach (var table in NodeTables)
        {
            var columns = new[] { $"{Quote(IdKey)} STRING" }
                .Concat(table.ExtraLabels.Select(l => $"{Quote(LabelColumn(l))} BOOLEAN"))
                .Concat(table.Properties.Select(c => $"{Quote(c.Name)} {c.TypeName}"));
            yield return $"CREATE NODE TABLE {Quote(table.Label)}({string.Join(", ", columns)}, PRIMARY KEY({Quote(IdKey)}))";
        }
        foreach (var table in RelTables)
        {
            var parts = table.Pairs.Select(p => $"FROM {Quote(p.From)} TO {Quote(p.To)}")
                .Append($"{Quote(IdKey)} STRING")
                .Concat(table.Properties.Select(c => $"{Quote(c.Name)} {c.TypeName}"));
            yield return $"CREATE REL TABLE {Quote(table.Type)}({string.Join(", ", parts)})";
        }
    }

    /// <summary>A Kuzu identifier in backquotes, so property names such as <c>order</c> are not read as keywords.</summary>
    public static string Quote(string identifier) => identifier.Contains('`', StringComparison.Ordinal)
        ? throw new ArgumentException($"The name '{identifier}' contains a backquote, which a Kuzu identifier cannot hold.")
        : $"`{identifier}`";

    private static KuzuColumn[] Columns(IEnumerable<IReadOnlyDictionary<string, object>> entities)
    {
        var kindsByKey = new SortedDictionary<string, List<(CsvValueKind Kind, bool IsArray)>>(StringComparer.Ordinal);
        foreach (var (key, value) in entities.SelectMany(e => e))
        {
            if (key == IdKey) continue;
            if (!kindsByKey.TryGetValue(key, out var kinds)) kindsByKey[key] = kinds = [];
            var kind = CsvValueCodec.KindOf(value);
            if (kind.Kind == CsvValueKind.Point) throw new ArgumentException($"The property '{key}' holds a point, which this layout does not map to Kuzu.");
            kinds.Add(kind);
        }
        return kindsByKey.Select(p => new KuzuColumn(p.Key, CsvValueCodec.Widest(p.Value.Select(k => k.Kind)), p.Value.Any(k => k.IsArray)))
            .ToArray();
    }
}
