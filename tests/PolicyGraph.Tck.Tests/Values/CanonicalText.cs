using System.Globalization;

namespace PolicyGraph.Tck.Tests.Values;

/// <summary>
/// Renders a value as text that is equal for equal values: map keys and labels sorted, integers and floats kept
/// apart (1 vs 1.0), NaN equal only to NaN, and, when asked, list elements sorted so lists compare as bags.
/// </summary>
public static class CanonicalText
{
    public static string Of(TckValue value, bool ignoreListOrder = false) => value switch
    {
        TckNull => "null",
        TckBoolean b => b.Value ? "true" : "false",
        TckInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
        TckFloat f => Float(f.Value),
        TckString s => Quote(s.Value),
        TckList list => List(list, ignoreListOrder),
        TckMap map => Map(map, ignoreListOrder),
        TckNode node => Node(node, ignoreListOrder),
        TckRelationship rel => Relationship(rel, ignoreListOrder),
        TckPath path => Path(path, ignoreListOrder),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown TCK value"),
    };

    public static string Float(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Inf";
        if (double.IsNegativeInfinity(value)) return "-Inf";
        if (value == 0) return "0.0";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static string Quote(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static string List(TckList list, bool ignoreOrder)
    {
        var items = list.Items.Select(item => Of(item, ignoreOrder));
        if (ignoreOrder) items = items.Order(StringComparer.Ordinal);
        return "[" + string.Join(", ", items) + "]";
    }

    private static string Map(TckMap map, bool ignoreListOrder) =>
        "{" + string.Join(", ", map.Entries
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}: {Of(e.Value, ignoreListOrder)}")) + "}";

    private static string Node(TckNode node, bool ignoreListOrder)
    {
        var labels = string.Concat(node.Labels.Distinct().Order(StringComparer.Ordinal).Select(l => ":" + l));
        var properties = node.Properties.Entries.Count == 0 ? "" : " " + Map(node.Properties, ignoreListOrder);
        return $"({labels}{properties})";
    }

    private static string Relationship(TckRelationship rel, bool ignoreListOrder)
    {
        var properties = rel.Properties.Entries.Count == 0 ? "" : " " + Map(rel.Properties, ignoreListOrder);
        return $"[:{rel.Type}{properties}]";
    }

    private static string Path(TckPath path, bool ignoreListOrder)
    {
        var text = new System.Text.StringBuilder("<").Append(Node(path.Start, ignoreListOrder));
        foreach (var hop in path.Hops)
        {
            var rel = Relationship(hop.Relationship, ignoreListOrder);
            text.Append(hop.Forward ? $"-{rel}->" : $"<-{rel}-").Append(Node(hop.Node, ignoreListOrder));
        }
        return text.Append('>').ToString();
    }
}
