using System.Globalization;
using System.Text;

namespace PolicyGraph.Core.Querying;

/// <summary>
/// Renders result values as Cypher-like text (the notation Neo4j Browser and the openCypher TCK use):
/// strings quoted, nodes as (:Label {k: v}), relationships as [:TYPE {k: v}], paths as &lt;(a)-[r]-&gt;(b)&gt;.
/// </summary>
public static class ResultValueText
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value, 0);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: AppendString(sb, s); break;
            case double d: sb.Append(FormatFloat(d)); break;
            case float f: sb.Append(FormatFloat(f)); break;
            case IFormattable n when value is long or int or short or byte or decimal:
                sb.Append(n.ToString(null, CultureInfo.InvariantCulture));
                break;
            case NodeValue node: AppendNode(sb, node, depth + 1); break;
            case RelationshipValue rel: AppendRelationship(sb, rel, depth + 1); break;
            case PathValue path: AppendPath(sb, path, depth + 1); break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map, depth + 1); break;
            case System.Collections.IEnumerable list: AppendList(sb, list, depth + 1); break;
            case IFormattable other: sb.Append(other.ToString(null, CultureInfo.InvariantCulture)); break;
            default: sb.Append(value); break;
        }
    }

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            if (c is '\'' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('\'');
    }

    private static void AppendList(StringBuilder sb, System.Collections.IEnumerable list, int depth)
    {
        ValueNesting.Check(depth, "printing");
        sb.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, item, depth);
        }
        sb.Append(']');
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map, int depth)
    {
        ValueNesting.Check(depth, "printing");
        sb.Append('{');
        var first = true;
        foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(key).Append(": ");
            Append(sb, item, depth);
        }
        sb.Append('}');
    }

    private static void AppendNode(StringBuilder sb, NodeValue node, int depth)
    {
        sb.Append('(');
        foreach (var label in node.Labels) sb.Append(':').Append(label);
        if (node.Properties.Count > 0)
        {
            if (node.Labels.Count > 0) sb.Append(' ');
            AppendMap(sb, node.Properties, depth + 1);
        }
        sb.Append(')');
    }

    private static void AppendRelationship(StringBuilder sb, RelationshipValue rel, int depth)
    {
        sb.Append("[:").Append(rel.Type);
        if (rel.Properties.Count > 0)
        {
            sb.Append(' ');
            AppendMap(sb, rel.Properties, depth + 1);
        }
        sb.Append(']');
    }

    private static void AppendPath(StringBuilder sb, PathValue path, int depth)
    {
        sb.Append('<');
        AppendNode(sb, path.Nodes[0], depth);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartElementId == path.Nodes[i].ElementId;
            sb.Append(forward ? "-" : "<-");
            AppendRelationship(sb, rel, depth);
            sb.Append(forward ? "->" : "-");
            AppendNode(sb, path.Nodes[i + 1], depth);
        }
        sb.Append('>');
    }
}
