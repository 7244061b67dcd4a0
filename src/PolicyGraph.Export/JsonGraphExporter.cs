using Newtonsoft.Json;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>
/// Writes {"nodes":[{"id","labels","properties"}],"relationships":[{"id","type","start","end","properties"}]},
/// nodes and relationships ordered by id and properties by key, so equal graphs give identical files.
/// </summary>
public sealed class JsonGraphExporter : TextGraphExporter
{
    public override ExportFormat Format => ExportFormat.Json;

    /// <summary>Indent for people; leave false for compact output.</summary>
    public bool Indented { get; init; } = true;

    public override void Write(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        using var json = new JsonTextWriter(writer)
        {
            Formatting = Indented ? Formatting.Indented : Formatting.None,
            CloseOutput = false,
        };
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var node in PropertyValues.OrderedNodes(graph))
            WriteNode(json, node);
        json.WriteEndArray();
        json.WritePropertyName("relationships");
        json.WriteStartArray();
        foreach (var rel in PropertyValues.OrderedRelationships(graph))
            WriteRelationship(json, rel);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteNode(JsonTextWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(node.Id);
        json.WritePropertyName("labels");
        json.WriteStartArray();
        foreach (var label in node.Labels)
            json.WriteValue(label);
        json.WriteEndArray();
        WriteProperties(json, node.Properties, $"node '{node.Id}'");
        json.WriteEndObject();
    }

    private static void WriteRelationship(JsonTextWriter json, GraphRelationship rel)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(rel.Id);
        json.WritePropertyName("type");
        json.WriteValue(rel.Type);
        json.WritePropertyName("start");
        json.WriteValue(rel.StartId);
        json.WritePropertyName("end");
        json.WriteValue(rel.EndId);
        WriteProperties(json, rel.Properties, $"relationship '{rel.Id}'");
        json.WriteEndObject();
    }

    private static void WriteProperties(JsonTextWriter json, IReadOnlyDictionary<string, object> properties, string owner)
    {
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var (key, value) in PropertyValues.Ordered(properties))
        {
            json.WritePropertyName(key);
            if (PropertyValues.IsList(value))
            {
                var kind = PropertyValues.KindOf(value, owner, key);
                json.WriteStartArray();
                foreach (var item in PropertyValues.Items(value))
                    WriteScalar(json, item, kind);
                json.WriteEndArray();
            }
            else
            {
                WriteScalar(json, value, PropertyValues.ScalarKind(value, owner, key));
            }
        }
        json.WriteEndObject();
    }

    /// <summary>A point is an object {"srid", "x", "y"[, "z"]}; no other property value is an object.</summary>
    private static void WritePoint(JsonTextWriter json, Core.Querying.SpatialPoint point)
    {
        json.WriteStartObject();
        json.WritePropertyName("srid");
        json.WriteValue(point.Srid);
        json.WritePropertyName("x");
        json.WriteValue(point.X);
        json.WritePropertyName("y");
        json.WriteValue(point.Y);
        if (point.Z is { } z)
        {
            json.WritePropertyName("z");
            json.WriteValue(z);
        }
        json.WriteEndObject();
    }

    private static void WriteScalar(JsonTextWriter json, object value, PropertyValueKind kind)
    {
        switch (kind)
        {
            case PropertyValueKind.Boolean: json.WriteValue((bool)value); break;
            case PropertyValueKind.Long: json.WriteValue(PropertyValues.AsLong(value)); break;
            case PropertyValueKind.Double: json.WriteValue(PropertyValues.AsDouble(value)); break;
            case PropertyValueKind.Point: WritePoint(json, (Core.Querying.SpatialPoint)value); break;
            default: json.WriteValue(value.ToString()); break;
        }
    }
}
